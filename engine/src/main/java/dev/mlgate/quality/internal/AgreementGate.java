package dev.mlgate.quality.internal;

import dev.mlgate.backend.Example;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.model.internal.ModelRun;
import dev.mlgate.quality.AgreesWith;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@link AgreesWith}: the model file's predictions equal the predictions file's, row by row in file order,
 * within the tolerance. Reports the largest absolute difference, how many rows exceed the tolerance and,
 * as examples, the rows with the largest differences.
 */
record AgreementGate(double tolerance) implements Check<QualityState> {

    @Override
    public Evaluation evaluate(QualityState state) {
        ModelRun run = state.model().orElseThrow();
        ReferencePredictions reference = state.reference().orElseThrow();
        String expected = "|difference| <= " + Threshold.format(tolerance);
        String between = run.fileName() + " and " + reference.file().getFileName();
        if (reference.columns().size() != run.width()) {
            return Verdict.failed(reference.file().getFileName() + " gives " + reference.columns().size()
                    + " prediction columns " + reference.columns() + ", " + run.fileName() + " " + run.width()
                    + " values per row", run.width() + " columns", reference.columns().size() + " columns",
                    Evidence.of("columns", reference.columns().size(), run.width() + " columns"));
        }
        if (reference.rows() != run.rows()) {
            return Verdict.failed(between + " hold different rows: " + run.rows() + " scored, " + reference.rows()
                    + " in the predictions file", run.rows() + " rows", reference.rows() + " rows",
                    Evidence.of("rows", reference.rows(), run.rows() + " rows"));
        }
        int width = run.width();
        double[] differences = new double[run.rows()];
        for (int i = 0; i < run.outputs().length; i++) {
            differences[i / width] = Math.max(differences[i / width],
                    Math.abs(run.outputs()[i] - reference.values()[i]));
        }
        int[] over = IntStream.range(0, differences.length).filter(row -> differences[row] > tolerance).toArray();
        int largestRow = IntStream.range(0, differences.length).boxed()
                .max(Comparator.comparingDouble(row -> differences[row])).orElse(-1);
        double largest = largestRow < 0 ? 0 : differences[largestRow];
        List<Example> examples = new ArrayList<>();
        IntStream.of(over).boxed().sorted(Comparator.comparingDouble((Integer row) -> -differences[row]))
                .limit(state.maxExamples()).forEach(row -> examples.add(new Example(row + 1,
                        describe(run, reference, row, differences[row]))));
        Map<String, Object> details = new LinkedHashMap<>(ModelDetails.of(run));
        details.put("agreement.rowsOverTolerance", over.length);
        details.put("agreement.largestRow", largestRow + 1);
        details.put("agreement.tolerance", tolerance);
        Evidence evidence = Evidence.of("largest absolute difference", largest, expected).withExamples(examples)
                .withDetails(details);
        String message = "largest |difference| between " + between + " = " + Threshold.format(largest)
                + (largestRow < 0 ? "" : " (row " + (largestRow + 1) + ")") + " over " + run.rows() + " rows; "
                + over.length + (over.length == 1 ? " row exceeds " : " rows exceed ") + "the tolerance "
                + Threshold.format(tolerance);
        if (over.length == 0) {
            return Verdict.passed(message, evidence);
        }
        return Verdict.failed(message + ", the export disagrees with the training-time predictions, e.g. "
                + examples.stream().limit(3).map(e -> "row " + e.row() + ": " + e.value()).toList(),
                expected, Threshold.format(largest), evidence);
    }

    private static String describe(ModelRun run, ReferencePredictions reference, int row, double difference) {
        StringBuilder text = new StringBuilder("model ");
        for (int c = 0; c < run.width(); c++) {
            text.append(c == 0 ? "" : "/").append(format(run.outputs()[row * run.width() + c]));
        }
        text.append(" vs file ");
        for (int c = 0; c < run.width(); c++) {
            text.append(c == 0 ? "" : "/").append(format(reference.values()[row * run.width() + c]));
        }
        return text.append(" (difference ").append(format(difference)).append(')').toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
