package dev.mlgate.spi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One input or output of a model: its name, element type and shape when it is a tensor, and its type
 * in the runtime's words otherwise (such as {@code seq(map(int64,tensor(float)))}).
 *
 * @param name the name in the model's graph
 * @param elementType the tensor's element type; {@link ElementType#OTHER} for a non-tensor value
 * @param shape the tensor's dimensions, {@code -1} for a dynamic one (such as the batch); empty for a non-tensor
 * @param tensor whether the value is a tensor
 * @param type the type in words, as the report shows it
 */
public record ValueSpec(String name, ElementType elementType, List<Long> shape, boolean tensor, String type) {

    public ValueSpec {
        shape = List.copyOf(shape);
    }

    /** A tensor of {@code elementType} with {@code shape}. */
    public static ValueSpec tensor(String name, ElementType elementType, List<Long> shape) {
        return new ValueSpec(name, elementType, shape, true, "tensor(" + elementType.onnxName() + ")");
    }

    /** The number of dimensions of a tensor. */
    public int rank() {
        return shape.size();
    }

    /** {@code x: tensor(float) [N, 4]}: the value as messages and the report show it, a dynamic dimension as N. */
    public String describe() {
        return name + ": " + type + (tensor ? " " + shapeText() : "");
    }

    /** {@code [N, 4]}. */
    public String shapeText() {
        return shape.stream().map(d -> d < 0 ? "N" : Long.toString(d)).collect(Collectors.joining(", ", "[", "]"));
    }
}
