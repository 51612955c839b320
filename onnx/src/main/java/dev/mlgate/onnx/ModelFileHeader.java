package dev.mlgate.onnx;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provenance fields of an ONNX file's top-level {@code ModelProto}, which ONNX Runtime's Java API does
 * not expose: IR version (field 1), producer name and version (2, 3) and the operator sets imported (8,
 * each a domain and a version). Read straight from the protobuf wire format, skipping every other field
 * (the graph included) without loading it.
 *
 * @param irVersion the IR version, or 0 when absent
 * @param producer the producer name and version, space-separated; empty when absent
 * @param opsets version by domain, {@code ""} being the default domain
 */
record ModelFileHeader(long irVersion, String producer, Map<String, Long> opsets) {

    static ModelFileHeader read(Path model) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(model), 1 << 16)) {
            long ir = 0;
            String name = "";
            String version = "";
            Map<String, Long> opsets = new LinkedHashMap<>();
            for (long key = varintOrEnd(in); key >= 0; key = varintOrEnd(in)) {
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                if (field == 1 && wire == 0) {
                    ir = varint(in);
                } else if ((field == 2 || field == 3) && wire == 2) {
                    String text = new String(bytes(in), StandardCharsets.UTF_8);
                    name = field == 2 ? text : name;
                    version = field == 3 ? text : version;
                } else if (field == 8 && wire == 2) {
                    opset(bytes(in), opsets);
                } else {
                    skip(in, wire);
                }
            }
            return new ModelFileHeader(ir, (name + " " + version).trim(), opsets);
        }
    }

    private static void opset(byte[] message, Map<String, Long> opsets) throws IOException {
        InputStream in = new java.io.ByteArrayInputStream(message);
        String domain = "";
        long version = 0;
        for (long key = varintOrEnd(in); key >= 0; key = varintOrEnd(in)) {
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (field == 1 && wire == 2) {
                domain = new String(bytes(in), StandardCharsets.UTF_8);
            } else if (field == 2 && wire == 0) {
                version = varint(in);
            } else {
                skip(in, wire);
            }
        }
        opsets.put(domain, version);
    }

    private static void skip(InputStream in, int wire) throws IOException {
        switch (wire) {
            case 0 -> varint(in);
            case 1 -> in.skipNBytes(8);
            case 2 -> in.skipNBytes(varint(in));
            case 5 -> in.skipNBytes(4);
            default -> throw new IOException("not an ONNX model file: protobuf wire type " + wire);
        }
    }

    private static byte[] bytes(InputStream in) throws IOException {
        long length = varint(in);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("not an ONNX model file: a field of " + length + " bytes");
        }
        return in.readNBytes((int) length);
    }

    private static long varintOrEnd(InputStream in) throws IOException {
        int first = in.read();
        return first < 0 ? -1 : continueVarint(in, first);
    }

    private static long varint(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new EOFException("the model file ends inside a field");
        }
        return continueVarint(in, first);
    }

    private static long continueVarint(InputStream in, int first) throws IOException {
        long value = first & 0x7f;
        int shift = 7;
        for (int b = first; (b & 0x80) != 0; shift += 7) {
            b = in.read();
            if (b < 0 || shift > 63) {
                throw new EOFException("the model file ends inside a number");
            }
            value |= (long) (b & 0x7f) << shift;
        }
        return value;
    }
}
