package dev.mlgate.spi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a model file declares about itself: inputs, outputs and provenance, recorded in the report so
 * that a gate's verdict names the exact artifact it judged.
 *
 * @param inputs the graph's inputs, in declaration order (initialisers excluded)
 * @param outputs the graph's outputs, in declaration order
 * @param producer the producing tool and its version, such as {@code skl2onnx 1.16.0}; empty when unset
 * @param irVersion the file format's IR version, or 0 when unknown
 * @param opsets operator set version by domain ({@code ""} is the default ONNX domain)
 */
public record ModelSignature(List<ValueSpec> inputs, List<ValueSpec> outputs, String producer, long irVersion,
        Map<String, Long> opsets) {

    public ModelSignature {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        opsets = Map.copyOf(new TreeMap<>(opsets));
    }

    /** {@code ai.onnx 13, ai.onnx.ml 1}: the operator sets in words, sorted by domain. */
    public String opsetText() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(opsets).forEach((domain, version) -> text.append(text.isEmpty() ? "" : ", ")
                .append(domain.isEmpty() ? "ai.onnx" : domain).append(' ').append(version));
        return text.toString();
    }
}
