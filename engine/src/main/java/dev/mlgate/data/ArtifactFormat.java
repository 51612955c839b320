package dev.mlgate.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * How to read a delimited text artifact: field delimiter, quote character, null tokens and charset.
 *
 * <p>The defaults ({@link #DEFAULT}) read the CSV most tools write:
 * <ul>
 *   <li>delimiter {@code ','} (a {@code .tsv} file is always read with a tab instead);</li>
 *   <li>quote {@code '"'}, a quote inside a quoted field written twice, as in RFC 4180;</li>
 *   <li>null tokens {@code ""}, {@code "NA"}, {@code "N/A"}, {@code "null"}, {@code "NULL"}: a field equal to
 *       one of them, quoted or not, is a missing value (as pandas treats its default NA values). Matching is
 *       exact and case-sensitive: {@code "na"} is text. JSON Lines files ignore null tokens: there only JSON
 *       {@code null} and an absent key are missing;</li>
 *   <li>charset UTF-8, decoded strictly: a byte sequence that is not valid in the charset is an error that
 *       names its line, never silently replaced. A leading byte-order mark is skipped.</li>
 * </ul>
 *
 * @param delimiter  the field delimiter
 * @param quote      the quote character
 * @param nullTokens the field values that mean "missing"
 * @param charset    the charset the file is written in
 * @param maxRecordChars the most characters one CSV record may hold (a longer one is an error naming its line)
 */
public record ArtifactFormat(char delimiter, char quote, Set<String> nullTokens, Charset charset, int maxRecordChars) {

    /** The default {@link #maxRecordChars()}: 16 Mi characters. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

    /** The smallest and largest {@link #maxRecordChars()} accepted. */
    public static final int MIN_RECORD_CHARS = 1024;
    public static final int MAX_RECORD_CHARS = 1024 * 1024 * 1024;

    /** The null tokens of {@link #DEFAULT}. */
    public static final Set<String> DEFAULT_NULL_TOKENS = Set.of("", "NA", "N/A", "null", "NULL");

    /** Comma-separated, double-quoted, UTF-8, with {@link #DEFAULT_NULL_TOKENS}. */
    public static final ArtifactFormat DEFAULT =
            new ArtifactFormat(',', '"', DEFAULT_NULL_TOKENS, StandardCharsets.UTF_8, DEFAULT_MAX_RECORD_CHARS);

    /** Validates the parts and copies the null tokens. */
    public ArtifactFormat {
        Objects.requireNonNull(nullTokens, "nullTokens");
        Objects.requireNonNull(charset, "charset");
        requireNotLineBreak(delimiter, "delimiter");
        requireNotLineBreak(quote, "quote");
        if (delimiter == quote) {
            throw new IllegalArgumentException("the delimiter and the quote must differ, both are '" + quote + "'");
        }
        if (maxRecordChars < MIN_RECORD_CHARS || maxRecordChars > MAX_RECORD_CHARS) {
            throw new IllegalArgumentException("the longest record must be from " + MIN_RECORD_CHARS + " to "
                    + MAX_RECORD_CHARS + " characters, not " + maxRecordChars);
        }
        nullTokens = Set.copyOf(nullTokens);
    }

    /** A format with the default {@link #maxRecordChars()}. */
    public ArtifactFormat(char delimiter, char quote, Set<String> nullTokens, Charset charset) {
        this(delimiter, quote, nullTokens, charset, DEFAULT_MAX_RECORD_CHARS);
    }

    /** A copy with another delimiter, such as {@code ';'} or {@code '|'}. */
    public ArtifactFormat withDelimiter(char newDelimiter) {
        return new ArtifactFormat(newDelimiter, quote, nullTokens, charset, maxRecordChars);
    }

    /** A copy with another quote character. */
    public ArtifactFormat withQuote(char newQuote) {
        return new ArtifactFormat(delimiter, newQuote, nullTokens, charset, maxRecordChars);
    }

    /** A copy whose null tokens are exactly the given ones (an empty set: no value is missing). */
    public ArtifactFormat withNullTokens(Set<String> newNullTokens) {
        return new ArtifactFormat(delimiter, quote, newNullTokens, charset, maxRecordChars);
    }

    /** A copy with another charset, such as ISO-8859-1. */
    public ArtifactFormat withCharset(Charset newCharset) {
        return new ArtifactFormat(delimiter, quote, nullTokens, newCharset, maxRecordChars);
    }

    /** A copy whose records may hold up to {@code chars} characters. */
    public ArtifactFormat withMaxRecordChars(int chars) {
        return new ArtifactFormat(delimiter, quote, nullTokens, charset, chars);
    }

    private static void requireNotLineBreak(char c, String what) {
        if (c == '\n' || c == '\r') {
            throw new IllegalArgumentException("the " + what + " must not be a line break");
        }
    }
}
