package dev.mlgate.baseline.internal;

import dev.mlgate.data.ScanSummary;
import dev.mlgate.engine.internal.RowLines;
import java.nio.file.Path;
import java.util.List;

/**
 * What was read from one predictions file, in file order.
 *
 * @param file the file as resolved
 * @param summary what the scan saw: rows, bytes, SHA-256 of the whole file
 * @param ids the id of each row, or null when no id column is declared
 * @param labels the label of each row, {@code true} for the positive class
 * @param scores the score column
 * @param secondScores the baseline score column of a one-file comparison, or null
 * @param sliceValues per slice column, the value of each row ({@link Slice#NULL_VALUE} when missing)
 * @param sliceColumns the slice columns, in declaration order
 * @param lines the physical line of each row, to name rows in messages
 */
record Side(Path file, ScanSummary summary, String[] ids, boolean[] labels, double[] scores, double[] secondScores,
        String[][] sliceValues, List<String> sliceColumns, RowLines lines) {

    int rows() {
        return labels.length;
    }
}
