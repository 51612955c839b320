package dev.mlgate.engine.internal;

import dev.mlgate.backend.BackendContext;
import dev.mlgate.data.RowSource;
import java.nio.file.Path;
import java.util.Optional;

/** What a backend may use from this run: its configuration parameters and its local reader settings. */
public final class LocalContext implements BackendContext {

    private final MlgateConfiguration configuration;

    public LocalContext(MlgateConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Optional<String> parameter(String key) {
        return Optional.ofNullable(configuration.parameters().apply(key)).map(String::trim)
                .filter(value -> !value.isEmpty());
    }

    @Override
    public RowSource open(Path file) {
        return configuration.open(file);
    }

    @Override
    public int threads() {
        return configuration.threads();
    }
}
