package dev.mlgate.history;

import dev.mlgate.history.internal.FileRepository;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Opens the metrics repository the configuration names: the built-in file one, or a provider's. */
public final class MetricsRepositories {

    private MetricsRepositories() {
    }

    /** Opens the repository of {@code settings}: {@code file:} here, any other scheme through its provider. */
    public static MetricsRepository open(RepositorySettings settings) {
        if (settings.scheme().equals("file")) {
            Path path = settings.basedir().resolve(settings.location().substring("file:".length())).normalize();
            return new FileRepository(path);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (MetricsRepositoryProvider provider : ServiceLoader.load(MetricsRepositoryProvider.class,
                loader == null ? MetricsRepositories.class.getClassLoader() : loader)) {
            if (provider.scheme().equals(settings.scheme())) {
                return provider.open(settings);
            }
        }
        throw new MetricsRepositoryException(RepositorySettings.LOCATION + " = '" + redacted(settings.location())
                + "': no metrics repository for the scheme '" + settings.scheme() + "'"
                + (settings.scheme().equals("jdbc") ? "; add dev.mlgate:mlgate-history-jdbc to the test classpath" : "")
                + " (built in: file:<path>)");
    }

    /** Reads the settings from configuration parameters and the environment, then opens the repository. */
    public static MetricsRepository open(Function<String, String> parameters, Path basedir) {
        return open(RepositorySettings.read(parameters, System::getenv, basedir));
    }

    /** A location with any {@code password=...} query parameter masked, for messages. */
    public static String redacted(String location) {
        return location.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
