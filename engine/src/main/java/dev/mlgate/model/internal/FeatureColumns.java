package dev.mlgate.model.internal;

import dev.mlgate.data.Row;
import dev.mlgate.data.RowSource;
import dev.mlgate.data.internal.Texts;
import dev.mlgate.data.internal.ValueParsers;
import dev.mlgate.spi.ElementType;
import dev.mlgate.spi.InputBatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The feature values of every planned input, read in one scan of the data into arrays of each input's
 * element type, so that batches are cut without parsing again. A value the input's type cannot hold is
 * an error naming the model file, the input, the expected type and the value found, at its row.
 */
final class FeatureColumns {

    private final List<PlannedInput> inputs;
    private final List<Object> values;
    private final int rows;

    private FeatureColumns(List<PlannedInput> inputs, List<Object> values, int rows) {
        this.inputs = inputs;
        this.values = values;
        this.rows = rows;
    }

    static FeatureColumns read(Path model, RowSource data, List<PlannedInput> inputs) {
        List<Values> columns = inputs.stream().map(input -> new Values(model, input)).toList();
        int[] rows = {0};
        data.scan(row -> {
            for (Values column : columns) {
                column.add(row);
            }
            rows[0]++;
        });
        List<Object> arrays = new ArrayList<>();
        columns.forEach(column -> arrays.add(column.trimmed()));
        return new FeatureColumns(inputs, arrays, rows[0]);
    }

    int rows() {
        return rows;
    }

    /**
     * Rows {@code [from, from + count)} as a batch of {@code size} rows: when the model's batch dimension is
     * fixed and the data runs out, the last row is repeated to fill it (its outputs are then ignored).
     */
    InputBatch batch(int from, int count, int size) {
        List<InputBatch.InputTensor> tensors = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            PlannedInput input = inputs.get(i);
            int width = input.width();
            Object source = values.get(i);
            Object batch = java.lang.reflect.Array.newInstance(source.getClass().getComponentType(), size * width);
            System.arraycopy(source, from * width, batch, 0, count * width);
            for (int pad = count; pad < size; pad++) {
                System.arraycopy(source, (from + count - 1) * width, batch, pad * width, width);
            }
            tensors.add(new InputBatch.InputTensor(input.spec().name(), input.spec().elementType(), input.shape(size),
                    batch));
        }
        return new InputBatch(size, tensors);
    }

    /** One input's values, growing as rows arrive. */
    private static final class Values {

        private final Path model;
        private final PlannedInput input;
        private final ElementType type;
        private Object array;
        private int size;

        Values(Path model, PlannedInput input) {
            this.model = model;
            this.input = input;
            this.type = input.spec().elementType();
            this.array = switch (type) {
                case FLOAT -> new float[1024];
                case DOUBLE -> new double[1024];
                case INT64 -> new long[1024];
                default -> new int[1024];
            };
        }

        void add(Row row) {
            int capacity = java.lang.reflect.Array.getLength(array);
            if (size + input.width() > capacity) {
                array = grow(array, Math.max(capacity * 2, size + input.width()));
            }
            for (int c : input.indexes()) {
                String raw = row.raw(c);
                if (raw == null) {
                    throw row.error(c, mismatch("a value", "a missing value"));
                }
                switch (type) {
                    case FLOAT -> ((float[]) array)[size++] = (float) decimal(row, c, raw);
                    case DOUBLE -> ((double[]) array)[size++] = decimal(row, c, raw);
                    case INT64 -> ((long[]) array)[size++] = integer(row, c, raw, Long.MIN_VALUE, Long.MAX_VALUE);
                    default -> ((int[]) array)[size++] = (int) integer(row, c, raw, Integer.MIN_VALUE,
                            Integer.MAX_VALUE);
                }
            }
        }

        private double decimal(Row row, int column, String raw) {
            try {
                return ValueParsers.parseDecimal(raw);
            } catch (IllegalArgumentException e) {
                throw row.error(column, mismatch(type.onnxName(), Texts.quote(raw)));
            }
        }

        private long integer(Row row, int column, String raw, long min, long max) {
            try {
                long value = ValueParsers.parseInteger(raw);
                if (value < min || value > max) {
                    throw new IllegalArgumentException("out of range");
                }
                return value;
            } catch (IllegalArgumentException e) {
                throw row.error(column, mismatch(type.onnxName(), Texts.quote(raw)));
            }
        }

        private String mismatch(String expected, String found) {
            return "wrong element type: " + model.getFileName() + " input '" + input.spec().name() + "' expected "
                    + expected + ", found " + found;
        }

        Object trimmed() {
            return grow(array, size);
        }

        private static Object grow(Object array, int length) {
            if (array instanceof float[] floats) {
                return Arrays.copyOf(floats, length);
            }
            if (array instanceof double[] doubles) {
                return Arrays.copyOf(doubles, length);
            }
            if (array instanceof long[] longs) {
                return Arrays.copyOf(longs, length);
            }
            return Arrays.copyOf((int[]) array, length);
        }
    }
}
