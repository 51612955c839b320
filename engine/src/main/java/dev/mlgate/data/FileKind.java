package dev.mlgate.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The layout of an artifact's content, told by its file name: delimited text or JSON Lines.
 *
 * <p>A trailing {@code .gz} is looked through ({@code scores.jsonl.gz} is JSON Lines); see
 * {@link Compression}. Names with no known extension are read as CSV with the format's delimiter.
 * Formats the engine cannot read, such as a plain JSON document, are refused by name so that the error says
 * so instead of reporting garbage; Parquet is read by the mlgate-parquet module (a
 * {@link dev.mlgate.spi.FormatProvider}), and refused with that advice when the module is absent.
 */
public enum FileKind {
    /** Delimited text with the format's delimiter: {@code .csv}, {@code .gz} and unknown extensions. */
    CSV,
    /** Tab-separated text: {@code .tsv}; the tab replaces the format's delimiter. */
    TSV,
    /** One JSON object per line: {@code .jsonl} or {@code .ndjson}. */
    JSON_LINES;

    private static final Map<String, String> UNSUPPORTED = Map.of(
            "parquet", "is Parquet; reading Parquet needs the mlgate-parquet module: add"
                    + " dev.mlgate:mlgate-parquet as a test dependency",
            "json", "a .json file is one JSON document; mlgate reads JSON Lines (.jsonl, one object per line)",
            "xlsx", "spreadsheets are not supported; export the sheet as CSV",
            "xls", "spreadsheets are not supported; export the sheet as CSV",
            "avro", "Avro is not supported; export the data as CSV or JSON Lines",
            "orc", "ORC is not supported; export the data as CSV or JSON Lines",
            "feather", "Feather/Arrow is not supported; export the data as CSV or JSON Lines",
            "arrow", "Feather/Arrow is not supported; export the data as CSV or JSON Lines",
            "pkl", "pickled Python objects are not supported; export the data as CSV or JSON Lines",
            "zip", "zip archives are not supported; use a single .csv.gz file");

    /**
     * Tells the kind of a file by its name.
     *
     * @throws ArtifactException if the name says a format mlgate cannot read
     */
    public static FileKind of(Path file) {
        String extension = extension(file);
        String refusal = UNSUPPORTED.get(extension);
        if (refusal != null) {
            throw ArtifactException.of(file, refusal);
        }
        return switch (extension) {
            case "tsv" -> TSV;
            case "jsonl", "ndjson" -> JSON_LINES;
            default -> CSV;
        };
    }

    /** The lower-case extension after looking through a trailing {@code .gz}; empty if there is none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? "" : lower.substring(dot + 1);
    }
}
