package dev.mlgate.onnx;

import ai.onnxruntime.MapInfo;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxMap;
import ai.onnxruntime.OnnxSequence;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import dev.mlgate.quality.ModelTask;
import dev.mlgate.spi.OutputRequest;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the output a request reads, checks that it can give what the task needs, and decodes it: a float
 * or double tensor of one value per row ({@code [N]}, {@code [N, 1]}), one column per class ({@code [N, K]};
 * a binary task reads the second of two columns), or a sequence of maps from class label to probability
 * (ZipMap).
 */
final class OutputReader {

    private final Map<String, NodeInfo> outputs;

    OutputReader(Map<String, NodeInfo> outputs) {
        this.outputs = outputs;
    }

    /** The output {@code request} reads: the declared one, else a probability map, else a float tensor. */
    Optional<String> choose(OutputRequest request) {
        if (!request.output().isBlank()) {
            return outputs.containsKey(request.output()) ? Optional.of(request.output()) : Optional.empty();
        }
        List<String> names = new ArrayList<>(outputs.keySet());
        if (request.task() != ModelTask.REGRESSION) {
            Optional<String> map = names.stream().filter(name -> isProbabilityMap(outputs.get(name).getInfo()))
                    .findFirst();
            if (map.isPresent()) {
                return map;
            }
        }
        List<String> tensors = names.stream().filter(name -> isFloatTensor(outputs.get(name).getInfo())).toList();
        if (tensors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request.task() == ModelTask.REGRESSION ? tensors.get(0) : tensors.get(tensors.size() - 1));
    }

    List<String> problems(OutputRequest request) {
        Optional<String> chosen = choose(request);
        if (chosen.isEmpty()) {
            return List.of("output: expected " + (request.output().isBlank()
                    ? "a float tensor" + (request.task() == ModelTask.REGRESSION ? "" : " or a probability map")
                    : "an output '" + request.output() + "'") + ", found the outputs " + describeAll());
        }
        String name = chosen.get();
        ValueInfo info = outputs.get(name).getInfo();
        String at = "output '" + name + "' (" + Signatures.describe(info) + ")";
        if (isProbabilityMap(info)) {
            if (request.task() == ModelTask.REGRESSION) {
                return List.of(at + ": expected a float tensor of predictions, found a probability map");
            }
            MapInfo map = ((SequenceInfo) info).mapInfo;
            List<String> labels = request.task() == ModelTask.BINARY ? List.of(request.positive()) : request.classes();
            if (map.keyType == OnnxJavaType.INT64 && labels.stream().anyMatch(label -> !label.matches("[+-]?\\d+"))) {
                return List.of(at + ": its class labels are int64, found the declared labels " + labels);
            }
            return List.of();
        }
        if (!isFloatTensor(info)) {
            return List.of(at + ": expected " + (request.task() == ModelTask.REGRESSION ? "predictions"
                    : "probabilities") + " as a float or double tensor, found " + Signatures.describe(info));
        }
        long[] shape = ((TensorInfo) info).getShape();
        long columns = shape.length == 1 ? 1 : shape.length == 2 ? shape[1] : -2;
        if (columns == -2) {
            return List.of(at + ": expected rank 1 [N] or 2 [N, values], found rank " + shape.length);
        }
        boolean fits = columns < 0 || switch (request.task()) {
            case BINARY -> columns == 1 || columns == 2;
            case MULTICLASS -> columns == request.classes().size();
            case REGRESSION -> columns == 1;
        };
        return fits ? List.of() : List.of(at + ": expected " + (request.task() == ModelTask.BINARY ? "1 or 2"
                : Integer.toString(request.width())) + " values per row, found " + columns);
    }

    /** {@code rows * request.width()} values from {@code value}, the chosen output of a batch of {@code rows}. */
    static double[] decode(OnnxValue value, OutputRequest request, int rows) throws OrtException {
        double[] out = new double[rows * request.width()];
        if (value instanceof OnnxTensor tensor) {
            double[] all = values(tensor);
            int perRow = all.length / Math.max(1, rows);
            int column = request.task() == ModelTask.BINARY && perRow == 2 ? 1 : 0;
            if (perRow != request.width() && !(request.task() == ModelTask.BINARY && perRow == 2)) {
                throw new IllegalStateException("the output gives " + perRow + " values per row, expected "
                        + request.width());
            }
            for (int row = 0; row < rows; row++) {
                for (int c = 0; c < request.width(); c++) {
                    out[row * request.width() + c] = all[row * perRow + column + c];
                }
            }
            return out;
        }
        List<? extends OnnxValue> maps = ((OnnxSequence) value).getValue();
        List<String> labels = request.task() == ModelTask.BINARY ? List.of(request.positive()) : request.classes();
        for (int row = 0; row < rows; row++) {
            Map<?, ?> probabilities = ((OnnxMap) maps.get(row)).getValue();
            for (int c = 0; c < labels.size(); c++) {
                Object key = probabilities.keySet().iterator().next() instanceof Long
                        ? (Object) Long.valueOf(labels.get(c)) : labels.get(c);
                Object probability = probabilities.get(key);
                if (!(probability instanceof Number number)) {
                    throw new IllegalStateException("the probability map of row " + (row + 1) + " has no class '"
                            + labels.get(c) + "'; its classes are " + probabilities.keySet());
                }
                out[row * labels.size() + c] = number.doubleValue();
            }
        }
        return out;
    }

    private static double[] values(OnnxTensor tensor) {
        if (tensor.getInfo().type == OnnxJavaType.DOUBLE) {
            DoubleBuffer buffer = tensor.getDoubleBuffer();
            double[] values = new double[buffer.remaining()];
            buffer.get(values);
            return values;
        }
        FloatBuffer buffer = tensor.getFloatBuffer();
        double[] values = new double[buffer.remaining()];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.get(i);
        }
        return values;
    }

    private String describeAll() {
        List<String> all = new ArrayList<>();
        outputs.forEach((name, node) -> all.add(name + " " + Signatures.describe(node.getInfo())));
        return all.toString();
    }

    private static boolean isProbabilityMap(ValueInfo info) {
        return info instanceof SequenceInfo sequence && sequence.isSequenceOfMaps()
                && (sequence.mapInfo.valueType == OnnxJavaType.FLOAT || sequence.mapInfo.valueType == OnnxJavaType.DOUBLE);
    }

    private static boolean isFloatTensor(ValueInfo info) {
        return info instanceof TensorInfo tensor && (tensor.type == OnnxJavaType.FLOAT || tensor.type == OnnxJavaType.DOUBLE);
    }
}
