package dev.mlgate.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.mlgate.spi.InputBatch;
import dev.mlgate.spi.ModelSession;
import dev.mlgate.spi.ModelSignature;
import dev.mlgate.spi.OutputRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ONNX Runtime session. Each batch's arrays are copied into direct buffers kept per input and reused
 * between calls, so ONNX Runtime reads them in place; only the output the request reads is computed.
 */
final class OnnxSession implements ModelSession {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final ModelSignature signature;
    private final OutputReader outputs;
    private final Map<String, ByteBuffer> buffers = new HashMap<>();

    OnnxSession(OrtEnvironment environment, OrtSession session, ModelSignature signature) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.signature = signature;
        this.outputs = new OutputReader(session.getOutputInfo());
    }

    @Override
    public ModelSignature signature() {
        return signature;
    }

    @Override
    public List<String> outputProblems(OutputRequest request) {
        return outputs.problems(request);
    }

    @Override
    public double[] score(InputBatch batch, OutputRequest request) throws OrtException {
        String output = outputs.choose(request).orElseThrow(() -> new IllegalStateException(
                "no output fits the request; check outputProblems first"));
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (InputBatch.InputTensor input : batch.tensors()) {
                tensors.put(input.name(), tensor(input));
            }
            try (OrtSession.Result result = session.run(tensors, Set.of(output))) {
                return OutputReader.decode(result.get(0), request, batch.rows());
            }
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(InputBatch.InputTensor input) throws OrtException {
        long count = 1;
        for (long dimension : input.shape()) {
            count *= dimension;
        }
        int elements = (int) count;
        int bytes = elements * switch (input.elementType()) {
            case DOUBLE, INT64 -> 8;
            default -> 4;
        };
        ByteBuffer buffer = buffers.get(input.name());
        if (buffer == null || buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
            buffers.put(input.name(), buffer);
        }
        buffer.clear();
        return switch (input.elementType()) {
            case FLOAT -> OnnxTensor.createTensor(environment,
                    buffer.asFloatBuffer().put((float[]) input.values(), 0, elements).flip(), input.shape());
            case DOUBLE -> OnnxTensor.createTensor(environment,
                    buffer.asDoubleBuffer().put((double[]) input.values(), 0, elements).flip(), input.shape());
            case INT64 -> OnnxTensor.createTensor(environment,
                    buffer.asLongBuffer().put((long[]) input.values(), 0, elements).flip(), input.shape());
            case INT32 -> OnnxTensor.createTensor(environment,
                    buffer.asIntBuffer().put((int[]) input.values(), 0, elements).flip(), input.shape());
            default -> throw new IllegalArgumentException("input '" + input.name() + "' of element type "
                    + input.elementType().onnxName() + " cannot be filled from columns");
        };
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
