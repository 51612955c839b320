package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column {@code name} stands at {@code position} (1-based) in the file's header: a key column that
 * must come first, say. Repeatable. Great Expectations: {@code expect_column_to_exist(column_index=...)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Repeatable(ColumnAt.List.class)
public @interface ColumnAt {

    /** The 1-based position in the header. */
    int position();

    /** The column's name as in the header. */
    String name();

    /** Holds repeated {@link ColumnAt} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE})
    @interface List {
        ColumnAt[] value();
    }
}
