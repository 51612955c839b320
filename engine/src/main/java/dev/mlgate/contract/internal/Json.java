package dev.mlgate.contract.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/** The little JSON the engine writes into report entries: arrays of numbers and of strings. */
final class Json {

    private Json() {
    }

    static String numbers(double[] values) {
        return DoubleStream.of(values).mapToObj(Json::number).collect(Collectors.joining(",", "[", "]"));
    }

    static String numbers(long[] values) {
        return LongStream.of(values).mapToObj(Long::toString).collect(Collectors.joining(",", "[", "]"));
    }

    static String strings(List<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "null";
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
