package dev.mlgate.model.internal;

import dev.mlgate.data.internal.ColumnNames;
import dev.mlgate.quality.ModelInput;
import dev.mlgate.spi.ModelSignature;
import dev.mlgate.spi.ValueSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The signature contract, checked before any row is scored: every model input is a numeric tensor of
 * rank 1 ({@code [N]}) or 2 ({@code [N, features]}), filled from the data column of the same name or
 * the columns an {@link ModelInput} maps to it, as many as its last dimension holds. Every mismatch is
 * collected, each naming the input, what the model expects and what the data or declaration gives.
 */
final class InputPlan {

    private InputPlan() {
    }

    /**
     * The inputs and their columns, and the batch size a fixed batch dimension imposes (empty when dynamic).
     *
     * @throws ModelException listing every mismatch
     */
    static Planned plan(Path model, Path data, ModelSignature signature, List<String> header, ModelInput[] declared) {
        List<String> mismatches = new ArrayList<>();
        Map<String, ModelInput> mapped = new LinkedHashMap<>();
        List<String> inputNames = signature.inputs().stream().map(ValueSpec::name).toList();
        for (ModelInput input : declared) {
            if (!inputNames.contains(input.name())) {
                mismatches.add("@ModelInput(name = \"" + input.name() + "\") names no input of the model; its inputs"
                        + " are " + inputNames);
            } else if (mapped.put(input.name(), input) != null) {
                mismatches.add("@ModelInput(name = \"" + input.name() + "\") is declared twice");
            }
        }
        List<PlannedInput> inputs = new ArrayList<>();
        OptionalLong batch = OptionalLong.empty();
        for (ValueSpec spec : signature.inputs()) {
            String at = "input '" + spec.name() + "' (" + spec.type() + (spec.tensor() ? " " + spec.shapeText() : "")
                    + ")";
            List<String> columns = mapped.containsKey(spec.name()) ? List.of(mapped.get(spec.name()).columns())
                    : header.contains(spec.name()) ? List.of(spec.name()) : List.of();
            if (columns.isEmpty()) {
                mismatches.add("missing input: " + at + " expected a column '" + spec.name() + "' or an @ModelInput"
                        + " mapping columns to it, found neither in " + data.getFileName()
                        + ColumnNames.lookAlikes(spec.name(), header));
                continue;
            }
            if (!spec.tensor() || !spec.elementType().isNumeric()) {
                mismatches.add("wrong element type: " + at + " expected a tensor of float, double, int64 or int32"
                        + " filled from numeric columns, found " + spec.type());
                continue;
            }
            if (spec.rank() < 1 || spec.rank() > 2) {
                mismatches.add("wrong rank: " + at + " expected rank 1 [N] or rank 2 [N, features], found rank "
                        + spec.rank() + " " + spec.shapeText());
                continue;
            }
            long features = spec.rank() == 1 ? 1 : spec.shape().get(1);
            if (features >= 0 && features != columns.size()) {
                mismatches.add("wrong width: " + at + " expected " + features + (features == 1 ? " column" : " columns")
                        + ", found " + columns.size() + " " + columns);
                continue;
            }
            List<String> absent = columns.stream().filter(column -> !header.contains(column)).toList();
            if (!absent.isEmpty()) {
                mismatches.add("missing input: " + at + " is mapped to " + absent + ", not columns of "
                        + data.getFileName() + "; the columns are " + ColumnNames.list(header));
                continue;
            }
            long first = spec.shape().get(0);
            if (first > 0) {
                if (batch.isPresent() && batch.getAsLong() != first) {
                    mismatches.add("fixed batch dimensions differ: " + at + " expected " + batch.getAsLong()
                            + " rows per call, found " + first);
                }
                batch = OptionalLong.of(first);
            }
            inputs.add(new PlannedInput(spec, columns, columns.stream().mapToInt(header::indexOf).toArray()));
        }
        if (!mismatches.isEmpty()) {
            throw ModelException.signature(model, mismatches);
        }
        return new Planned(inputs, batch);
    }

    /**
     * The planned inputs.
     *
     * @param inputs each model input with its columns
     * @param fixedBatch the rows of every call, when the model's batch dimension is fixed
     */
    record Planned(List<PlannedInput> inputs, OptionalLong fixedBatch) {
    }
}
