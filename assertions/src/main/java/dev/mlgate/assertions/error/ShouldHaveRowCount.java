package dev.mlgate.assertions.error;

import org.assertj.core.error.ErrorMessageFactory;

/** A table had another number of rows than expected. */
public class ShouldHaveRowCount extends MlErrorMessageFactory {

    /**
     * @param table the table, as {@code MlDescriptions.table} describes it
     * @param actual its number of rows
     * @param expected the expected number
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveRowCount(String table, int actual, int expected) {
        return new ShouldHaveRowCount("%nExpecting actual:%n  %s%nto have %s rows but had %s",
                table, Integer.toString(expected), Integer.toString(actual));
    }

    /**
     * @param table the table, described
     * @param actual its number of rows
     * @param min the least number of rows allowed
     * @param max the largest number of rows allowed
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveRowCountBetween(String table, int actual, int min, int max) {
        return new ShouldHaveRowCount("%nExpecting actual:%n  %s%nto have between %s and %s rows but had %s",
                table, Integer.toString(min), Integer.toString(max), Integer.toString(actual));
    }

    private ShouldHaveRowCount(String format, String... arguments) {
        super(format, arguments);
    }
}
