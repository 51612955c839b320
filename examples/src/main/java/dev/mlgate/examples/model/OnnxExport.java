package dev.mlgate.examples.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXInitializer;
import org.tribuo.util.onnx.ONNXNode;
import org.tribuo.util.onnx.ONNXOperators;
import org.tribuo.util.onnx.ONNXPlaceholder;
import org.tribuo.util.onnx.ONNXRef;

/**
 * Exports the trained {@link TumourModel} to ONNX with Tribuo's own exporter, as a service would deploy it:
 * one {@code [N, 1]} float input per feature column, named as the column (so mlgate maps the data by name),
 * the standardiser as {@code Sub} and {@code Div} nodes, Tribuo's graph of the linear model (softmax over
 * the two labels), and the malignant column gathered into the output {@code p_malignant [N, 1]}.
 *
 * <p>{@code --without-standardizer} writes the same model without its preprocessing: the broken export a
 * pipeline produces when it forgets that the model was trained on z-scores. It loads and scores; only
 * comparing its predictions with the Java model's reveals it.
 */
public final class OnnxExport {

    private OnnxExport() {
    }

    /** Writes the ONNX file of {@code model} to {@code out}, with or without the standardiser. */
    public static void write(TumourModel model, Path out, boolean standardize) throws IOException {
        ONNXContext context = new ONNXContext();
        context.setName("tumour");
        // Tribuo numbers features by name, not in the data's order: concatenate the columns in its order.
        List<String> order = new ArrayList<>();
        for (int id = 0; id < model.tribuoModel().getFeatureIDMap().size(); id++) {
            order.add(model.tribuoModel().getFeatureIDMap().get(id).getName());
        }
        List<ONNXRef<?>> columns = new ArrayList<>();
        for (String feature : order) {
            columns.add(context.floatInput(feature, 1));
        }
        ONNXRef<?> features = context.operation(ONNXOperators.CONCAT, columns, "features", Map.of("axis", 1));
        if (standardize) {
            Map<String, double[]> parameters = model.standardizer().parameters();
            float[] means = new float[order.size()];
            float[] sds = new float[order.size()];
            for (int j = 0; j < means.length; j++) {
                double[] meanAndSd = parameters.get(order.get(j));
                means[j] = (float) meanAndSd[0];
                sds[j] = (float) meanAndSd[1];
            }
            ONNXInitializer mean = context.array("feature_means", means);
            ONNXInitializer sd = context.array("feature_sds", sds);
            features = features.apply(ONNXOperators.SUB, mean).apply(ONNXOperators.DIV, sd);
        }
        ONNXNode probabilities = ((ONNXExportable) model.tribuoModel()).writeONNXGraph(features);
        int malignant = model.tribuoModel().getOutputIDInfo().getID(new Label(Features.MALIGNANT));
        ONNXInitializer column = context.array("malignant_column", new long[] {malignant});
        ONNXNode probability = probabilities.apply(ONNXOperators.GATHER, column, Map.of("axis", 1));
        ONNXPlaceholder output = context.floatOutput("p_malignant", 1);
        probability.assignTo(output);
        byte[] bytes = ONNXExportable.buildModel(context, "dev.mlgate.examples", 1, model.tribuoModel()).toByteArray();
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(out.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Trains as the build's candidate and exports it. Arguments: {@code TRAIN_CSV SEED OUT_ONNX
     * [--without-standardizer]}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 && !(args.length == 4 && "--without-standardizer".equals(args[3]))) {
            throw new IllegalArgumentException("usage: OnnxExport TRAIN_CSV SEED OUT_ONNX [--without-standardizer]");
        }
        TumourModel model = TumourModel.train(Path.of(args[0]), Long.parseLong(args[1]));
        write(model, Path.of(args[2]), args.length == 3);
    }
}
