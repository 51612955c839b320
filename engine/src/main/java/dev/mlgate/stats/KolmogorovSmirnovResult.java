package dev.mlgate.stats;

/**
 * Outcome of {@link KolmogorovSmirnov#test(double[], double[])}.
 *
 * @param statistic the two-sided statistic {@code D} in [0, 1] (on the lattice {@code h / lcm} when
 *     the exact method was attempted, as SciPy reports it)
 * @param pValue the two-sided p-value in [0, 1]
 * @param method how the p-value was computed
 * @param referenceSize number of reference values
 * @param currentSize number of current values
 */
public record KolmogorovSmirnovResult(
        double statistic, double pValue, Method method, int referenceSize, int currentSize) {

    /** How a Kolmogorov–Smirnov p-value was computed. */
    public enum Method {
        /** Exact null distribution by lattice-path counting. */
        EXACT("exact"),
        /** The one-sample distribution with the effective size {@code n1 n2 / (n1 + n2)}. */
        ASYMPTOTIC("asymptotic");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** {@code "exact"} or {@code "asymptotic"}, as a report prints it. */
        public String label() {
            return label;
        }
    }
}
