package dev.mlgate.assertions.error;

import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;

/** A table lacked columns, or did not have exactly the expected ones. */
public class ShouldHaveColumns extends MlErrorMessageFactory {

    /**
     * @param table the table, described
     * @param expected the columns it should have
     * @param notFound the expected columns it lacks
     * @param actual its columns
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveColumns(String table, List<String> expected, List<String> notFound,
            List<String> actual) {
        return new ShouldHaveColumns("%nExpecting actual:%n  %s%nto have columns:%n  %s%nbut could not find:%n  %s%n"
                + "in:%n  %s", table, Render.names(expected), Render.names(notFound), Render.names(actual));
    }

    /**
     * @param table the table, described
     * @param expected the columns it should have, in order
     * @param actual its columns
     * @param notFound expected columns it lacks
     * @param unexpected columns it has that were not expected
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveExactlyColumns(String table, List<String> expected,
            List<String> actual, List<String> notFound, List<String> unexpected) {
        return new ShouldHaveColumns("%nExpecting actual:%n  %s%nto have exactly these columns, in this order:%n  %s%n"
                + "but had:%n  %s%ncolumns not found: %s%nunexpected columns: %s", table, Render.names(expected),
                Render.names(actual), Render.names(notFound), Render.names(unexpected));
    }

    private ShouldHaveColumns(String format, String... arguments) {
        super(format, arguments);
    }
}
