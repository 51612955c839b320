package dev.mlgate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JUnit Platform tag on a suite or on one of its checks, for {@code --include-tag} /
 * {@code --exclude-tag} and Surefire's {@code groups}. A check carries its own tags and its suite's.
 *
 * <p>The value must be a valid JUnit Platform tag (no blanks, commas, parentheses, {@code & | !});
 * an invalid one is reported as a discovery issue.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Repeatable(Tags.class)
public @interface Tag {

    /** The tag name. */
    String value();
}
