package dev.mlgate.onnx;

import ai.onnxruntime.MapInfo;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import dev.mlgate.spi.ElementType;
import dev.mlgate.spi.ModelSignature;
import dev.mlgate.spi.ValueSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A session's inputs and outputs in the engine's terms, with the file's provenance from its header. */
final class Signatures {

    private Signatures() {
    }

    static ModelSignature read(Path model, OrtSession session) throws OrtException, IOException {
        ModelFileHeader header = ModelFileHeader.read(model);
        return new ModelSignature(specs(session.getInputInfo()), specs(session.getOutputInfo()), header.producer(),
                header.irVersion(), header.opsets());
    }

    private static List<ValueSpec> specs(Map<String, NodeInfo> nodes) {
        List<ValueSpec> specs = new ArrayList<>();
        nodes.forEach((name, node) -> specs.add(spec(name, node.getInfo())));
        return specs;
    }

    static ValueSpec spec(String name, ValueInfo info) {
        if (info instanceof TensorInfo tensor) {
            return ValueSpec.tensor(name, element(tensor.type),
                    Arrays.stream(tensor.getShape()).boxed().map(d -> d < 0 ? -1L : d).toList());
        }
        return new ValueSpec(name, ElementType.OTHER, List.of(), false, describe(info));
    }

    static ElementType element(OnnxJavaType type) {
        return switch (type) {
            case FLOAT -> ElementType.FLOAT;
            case DOUBLE -> ElementType.DOUBLE;
            case INT64 -> ElementType.INT64;
            case INT32 -> ElementType.INT32;
            case BOOL -> ElementType.BOOL;
            case STRING -> ElementType.STRING;
            default -> ElementType.OTHER;
        };
    }

    /** {@code seq(map(int64,tensor(float)))}, as ONNX writes types. */
    static String describe(ValueInfo info) {
        if (info instanceof SequenceInfo sequence) {
            return "seq(" + (sequence.isSequenceOfMaps() ? describe(sequence.mapInfo)
                    : "tensor(" + name(sequence.sequenceType) + ")") + ")";
        }
        if (info instanceof MapInfo map) {
            return "map(" + name(map.keyType) + ",tensor(" + name(map.valueType) + "))";
        }
        if (info instanceof TensorInfo tensor) {
            return "tensor(" + name(tensor.type) + ")";
        }
        return String.valueOf(info);
    }

    private static String name(OnnxJavaType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
