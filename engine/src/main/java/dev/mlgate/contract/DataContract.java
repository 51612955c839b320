package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a data contract: the annotated record (or class) is the schema of a tabular dataset, and
 * the annotations on its components are constraints the data must satisfy. Each constraint is a test;
 * all built-in constraints are answered from one streaming pass over the file.
 *
 * <pre>{@code
 * @DataContract(data = "${data.dir}/customers.csv")
 * @RowCount(min = 10_000)
 * record Customers(@Unique long id, @Between(min = 0, max = 120) int age, @Nullable String email) {}
 * }</pre>
 *
 * <p>A component is a column named after the component (or {@link Column}); its Java type is checked
 * against every value. A primitive, or any component without {@link Nullable}, must hold no nulls.
 * Paths accept {@code ${name}} placeholders and resolve against {@code mlgate.basedir}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface DataContract {

    /** The dataset: CSV (optionally gzip-compressed) or JSON Lines. */
    String data();

    /**
     * A reference snapshot of the same data, for drift checks and two-table custom rules; none by default.
     * {@code manifest:<dir>} reads the reference approved in a baseline store (role {@code reference}, re-blessed
     * with {@code mlgate:approve -Dmlgate.approve.reference=...}), checked against its recorded SHA-256.
     */
    String reference() default "";

    /** Whether the data may hold columns the schema does not declare. Default true. */
    boolean allowExtraColumns() default true;
}
