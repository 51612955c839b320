package dev.mlgate.backend;

import java.util.List;

/**
 * The whole dataset as a Tablesaw table, for custom {@code @Check} rules, which are Java code over a
 * table and so run where the table is: the driver. A backend that cannot bring the requested columns
 * there fails those rules by leaving {@link ScanResults#table()} empty.
 *
 * @param columns the columns the table holds, in order; every column of the dataset when empty
 * @param rules the {@code @Check} methods that read it, as {@code Class#method}, for messages
 */
public record TableRequest(List<String> columns, List<String> rules) {

    public TableRequest {
        columns = List.copyOf(columns);
        rules = List.copyOf(rules);
    }
}
