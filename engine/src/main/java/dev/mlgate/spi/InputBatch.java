package dev.mlgate.spi;

import java.util.List;

/**
 * The rows of one scoring call: one tensor per model input, each holding {@code rows} rows.
 *
 * @param rows the number of rows in every tensor
 * @param tensors one tensor per model input
 */
public record InputBatch(int rows, List<InputTensor> tensors) {

    public InputBatch {
        tensors = List.copyOf(tensors);
    }

    /**
     * One input's values, row after row, in an array of the input's element type: {@code float[]},
     * {@code double[]}, {@code long[]} or {@code int[]}. The array may be longer than the batch (it is
     * reused between batches); only the first {@code rows * width} values count.
     *
     * @param name the model input
     * @param elementType the element type, which fixes the array's type
     * @param shape the tensor's shape for this batch, the batch dimension first
     * @param values the values
     */
    public record InputTensor(String name, ElementType elementType, long[] shape, Object values) {
    }
}
