package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * A custom rule of a data contract: a static {@code void} method taking the dataset as a Tablesaw
 * {@code Table} (then, when the contract names a reference, optionally the reference {@code Table}, and
 * optionally a {@link CheckContext} last) that asserts with AssertJ or mlgate-assertions. A thrown
 * {@code AssertionError} fails the rule. A table is built, in the contract's single pass, only for
 * contracts that declare such a rule, and holds only the columns the rules read (see {@link #columns()}).
 * A value published with {@link CheckContext#observe} is the rule's observed value in the report.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
@Testable
public @interface Check {

    /**
     * The declared columns the rule reads, in the order the table holds them; empty (the default) means
     * every column of the file. Only these are kept in memory, so a rule over two columns of a wide file
     * costs two columns. When several rules of a contract run, one table is built with the union of their
     * columns (in order of first mention; every column if any rule leaves this empty). A name the contract
     * does not declare is a declaration problem.
     */
    String[] columns() default {};
}
