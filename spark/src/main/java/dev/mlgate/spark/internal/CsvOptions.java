package dev.mlgate.spark.internal;

import dev.mlgate.data.ArtifactFormat;
import dev.mlgate.engine.Constants;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How Spark reads delimited text: the contract's format (delimiter, quote, null tokens, charset), read
 * from the same configuration keys as the local reader's, and whether a record may span lines.
 *
 * @param multiLine whether quoted fields may hold line breaks ({@value #MULTI_LINE}): then Spark cannot
 *     split a file and one task reads each file; off (the default), files are read in parallel byte ranges
 */
public record CsvOptions(char delimiter, char quote, Set<String> nullTokens, String charset, boolean multiLine) {

    /** Configuration key: whether quoted CSV fields may span lines. Default false. */
    public static final String MULTI_LINE = "mlgate.spark.csv.multi-line";

    public CsvOptions {
        nullTokens = Set.copyOf(nullTokens);
    }

    /** The options the configuration parameters give; the local reader's defaults otherwise. */
    public static CsvOptions from(Function<String, String> parameter) {
        ArtifactFormat defaults = ArtifactFormat.DEFAULT;
        char delimiter = character(parameter.apply(Constants.CSV_DELIMITER), defaults.delimiter());
        char quote = character(parameter.apply(Constants.CSV_QUOTE), defaults.quote());
        String tokens = parameter.apply(Constants.CSV_NULL_TOKENS);
        Set<String> nulls = tokens == null ? defaults.nullTokens() : Arrays.stream(tokens.split(",", -1))
                .map(String::trim).map(token -> token.equals("<empty>") ? "" : token).collect(Collectors.toSet());
        String charset = parameter.apply(Constants.CHARSET);
        return new CsvOptions(delimiter, quote, nulls, charset == null ? defaults.charset().name() : charset,
                Boolean.parseBoolean(parameter.apply(MULTI_LINE)));
    }

    private static char character(String text, char fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        return text.equals("\\t") ? '\t' : text.charAt(0);
    }
}
