package dev.mlgate.history;

/**
 * Opens a kind of metrics repository, found through {@link java.util.ServiceLoader} by the scheme of
 * {@code mlgate.repository} (the part before the first colon, such as {@code jdbc}). A module that
 * brings one (mlgate-history-jdbc) lists its provider in
 * {@code META-INF/services/dev.mlgate.history.MetricsRepositoryProvider}.
 */
public interface MetricsRepositoryProvider {

    /** The scheme this provider opens, such as {@code jdbc}. */
    String scheme();

    /** Opens the repository {@code settings.location()} names. */
    MetricsRepository open(RepositorySettings settings);
}
