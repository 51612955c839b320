package dev.mlgate.backend;

/**
 * Computes a {@link ScanPlan}: the local streaming scan is the backend {@code local}; a module such as
 * {@code mlgate-spark} contributes another. Backends are found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/dev.mlgate.backend.Backend} entry naming a public class with a public
 * no-argument constructor) and chosen with the configuration parameter {@code mlgate.backend}.
 *
 * <p>Every backend returns the same results for the same plan and data: checks, verdicts and the report
 * never know which backend ran. Where a backend approximates, it says so in the result it returns.
 */
public interface Backend {

    /** The name {@code mlgate.backend} selects it by: {@code local}, {@code spark}, ... */
    String name();

    /**
     * Computes every request of {@code plan} in as few passes over the data as it can.
     *
     * @param context the run's configuration and local file access
     * @throws Exception naming the dataset and reason when the data cannot be read; it fails the suite
     */
    ScanResults scan(ScanPlan plan, BackendContext context) throws Exception;
}
