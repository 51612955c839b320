package dev.mlgate.history.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mlgate.history.NoAnomaly.Strategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

// Reference values: engine/src/test/python/anomaly_reference.py (numpy 1.24.2, scipy 1.10.1, statsmodels 0.13.5),
// which computes each strategy from its definition independently of this code; its output is
// anomaly-reference.txt.
class AnomalyReferenceTest {

    /** One line of the reference file. */
    record Case(String name, Strategy strategy, Map<String, Double> parameters, double[] history, double current,
            boolean anomalous, double lower, double upper) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                AnomalyReferenceTest.class.getResourceAsStream("/dev/mlgate/history/anomaly-reference.txt"),
                StandardCharsets.UTF_8))) {
            return lines.lines().map(AnomalyReferenceTest::parse).toList().stream();
        }
    }

    private static Case parse(String line) {
        String[] fields = line.split("\\|", -1);
        Map<String, Double> parameters = new HashMap<>();
        for (String pair : fields[2].split(",")) {
            String[] parts = pair.split("=");
            parameters.put(parts[0], parts[1].equals("true") ? 1.0 : parts[1].equals("false") ? 0.0
                    : number(parts[1]));
        }
        double[] history = fields[3].isEmpty() ? new double[0]
                : Arrays.stream(fields[3].split(" ")).mapToDouble(AnomalyReferenceTest::number).toArray();
        return new Case(fields[0], Strategy.valueOf(fields[1]), parameters, history, number(fields[4]),
                Boolean.parseBoolean(fields[5]), number(fields[6]), number(fields[7]));
    }

    private static double number(String text) {
        return text.equals("inf") ? Double.POSITIVE_INFINITY : text.equals("-inf") ? Double.NEGATIVE_INFINITY
                : Double.parseDouble(text);
    }

    private static Detector detector(Case reference) {
        Map<String, Double> p = reference.parameters();
        return Detectors.of(reference.strategy(), p.getOrDefault("lower", Double.NEGATIVE_INFINITY),
                p.getOrDefault("upper", Double.POSITIVE_INFINITY), p.getOrDefault("order", 1.0).intValue(),
                p.getOrDefault("lowerFactor", 3.0), p.getOrDefault("upperFactor", 3.0),
                p.getOrDefault("ignoreAnomalies", 1.0) == 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_strategy_gives_the_reference_verdict_and_accepted_range(Case reference) {
        Detection detection = detector(reference).detect(reference.history(), reference.current());

        assertThat(detection.anomalous()).as("anomalous").isEqualTo(reference.anomalous());
        // Holt-Winters: scipy's L-BFGS-B and BOBYQA reach the same minimum to about 1e-6 in the parameters
        double tolerance = reference.strategy() == Strategy.HOLT_WINTERS_WEEKLY ? 1e-4 : 1e-9;
        assertClose(detection.lower(), reference.lower(), tolerance);
        assertClose(detection.upper(), reference.upper(), tolerance);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holtWintersCases")
    void holt_winters_finds_the_same_smoothing_parameters_as_scipy(Case reference) {
        HoltWintersFit.Parameters fit = HoltWintersFit.fit(reference.history(), HoltWinters.WEEK);
        double squaredError = HoltWinters.model(reference.history(), HoltWinters.WEEK, 1, fit).squaredError();

        assertThat(squaredError).isLessThanOrEqualTo(reference.parameters().get("sse") * (1 + 1e-9));
        assertThat(List.of(fit.alpha(), fit.beta(), fit.gamma())).satisfies(values -> {
            assertThat(values.get(0)).isCloseTo(reference.parameters().get("alpha"), within(1e-4));
            assertThat(values.get(1)).isCloseTo(reference.parameters().get("beta"), within(1e-4));
            assertThat(values.get(2)).isCloseTo(reference.parameters().get("gamma"), within(1e-4));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holtWintersCases")
    void holt_winters_with_scipy_parameters_forecasts_what_statsmodels_ets_forecasts(Case reference) {
        Map<String, Double> p = reference.parameters();
        HoltWinters.Model model = HoltWinters.model(reference.history(), HoltWinters.WEEK, 1,
                new HoltWintersFit.Parameters(p.get("alpha"), p.get("beta"), p.get("gamma")));

        assertThat(model.forecasts()[0]).isCloseTo(p.get("statsmodelsForecast"), within(1e-9));
        assertThat(model.squaredError()).isCloseTo(p.get("sse"), within(1e-9));
    }

    static Stream<Case> holtWintersCases() throws IOException {
        return cases().filter(reference -> reference.strategy() == Strategy.HOLT_WINTERS_WEEKLY);
    }

    private static void assertClose(double actual, double expected, double relative) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).isEqualTo(expected);
        } else {
            assertThat(actual).isCloseTo(expected, within(relative * Math.max(1, Math.abs(expected))));
        }
    }
}
