package dev.mlgate.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to characters and refuses invalid input, after first handing out every character that
 * precedes it.
 *
 * <p>{@link java.io.InputStreamReader} with a reporting decoder throws as soon as a read meets a bad
 * byte and drops the characters it had already decoded in that read, so the caller cannot tell on which
 * line the bad byte is. This reader returns those characters first and throws on the next read; the
 * caller, which counts line breaks, then knows the line exactly.
 */
final class StrictReader extends Reader {

    private static final int BYTES = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException pending;

    StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset && !flushed) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                pending = new InvalidBytesException(describe(result), decoder.charset());
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                flushed = decoder.flush(out).isUnderflow();
            } else if (out.position() == offset) {
                refill();
            }
        }
        int count = out.position() - offset;
        if (count > 0) {
            return count;
        }
        if (pending != null) {
            throw pending;
        }
        return -1;
    }

    private void refill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private String describe(CoderResult result) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
            shown.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i)));
        }
        String what = result.isMalformed() ? "invalid " : "unmappable ";
        return what + decoder.charset().name() + " byte sequence " + shown;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are not text in the declared charset. */
    static final class InvalidBytesException extends CharacterCodingException {

        private static final long serialVersionUID = 1L;
        private final String reason;

        InvalidBytesException(String reason, Charset charset) {
            this.reason = reason + " (is the file really " + charset.name() + "? set the charset of the format)";
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }
}
