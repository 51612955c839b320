package dev.mlgate.spark.internal;

import java.util.Set;

/**
 * How Spark reads delimited text: the contract's format (delimiter, quote, null tokens, charset) and
 * whether a record may span lines.
 *
 * @param multiLine whether quoted fields may hold line breaks: then Spark cannot split a file, and one
 *     task reads each file; off, files are read in parallel byte ranges
 */
public record CsvOptions(char delimiter, char quote, Set<String> nullTokens, String charset, boolean multiLine) {

    public CsvOptions {
        nullTokens = Set.copyOf(nullTokens);
    }
}
