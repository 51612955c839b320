package dev.mlgate.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's distribution in the data has not drifted from the contract's reference dataset
 * ({@link DataContract#reference()}). On a component it checks that column; on the contract class it
 * checks every declared column (each its own result node) and adds a dataset-level gate: the share of
 * drifted columns is at most {@link #maxDriftedShare()}.
 *
 * <p>Nulls and NaN values are left out of both samples and counted in the message. A reference file
 * that cannot be read fails the drift checks alone; a column missing from the reference fails; a
 * column with no value on either side is inconclusive; a constant reference makes the normalised
 * Wasserstein distance undefined, so that method then reports drift exactly when the values differ. A categorical column with more than 1,000 distinct values, or
 * more distinct values than half its reference rows, is not compared (inconclusive): category counts
 * cannot judge drift of identifiers or free text. The binned histograms of both sides are kept for the
 * report.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface NoDrift {

    /** The comparison; by default chosen by column type and reference size. */
    DriftMethod method() default DriftMethod.AUTO;

    /**
     * On a component: read the column as numbers (by its type, the default) or as categories; an integer
     * column of codes compares better by its category counts.
     */
    DriftScale as() default DriftScale.BY_TYPE;

    /** The method's threshold; NaN (the default) takes the method's documented default. */
    double threshold() default Double.NaN;

    /** On the class: the largest share of drifted columns the dataset-level gate accepts. Default 0.5. */
    double maxDriftedShare() default 0.5;

    /**
     * On the class: declared columns left out of the comparison, such as identifiers, dates that move
     * by design, or free text (a categorical column with too many distinct values is reported as not
     * comparable). Default: none.
     */
    String[] ignore() default {};
}
