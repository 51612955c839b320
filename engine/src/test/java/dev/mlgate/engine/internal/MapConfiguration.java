package dev.mlgate.engine.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;

/** Configuration parameters from a map, for tests that read a configuration without a launcher. */
public final class MapConfiguration {

    private MapConfiguration() {
    }

    /** The engine's configuration read from {@code values}. */
    public static MlgateConfiguration read(Map<String, String> values) {
        return MlgateConfiguration.read(parameters(values));
    }

    /** {@code values} as JUnit configuration parameters. */
    public static ConfigurationParameters parameters(Map<String, String> values) {
        return new ConfigurationParameters() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(values.get(name));
            }

            @Override
            public Optional<Boolean> getBoolean(String name) {
                return get(name).map(Boolean::parseBoolean);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }
}
