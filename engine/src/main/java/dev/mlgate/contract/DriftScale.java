package dev.mlgate.contract;

/**
 * How {@link NoDrift} reads a column's values: by the column's type, or as categories. An integer column
 * that holds codes (a product id, a rating from 1 to 5, a zip code) is better compared by its category
 * counts than as a number line.
 */
public enum DriftScale {

    /** Numbers, dates and times as numbers; text, enums and booleans as categories. */
    BY_TYPE,

    /**
     * Each distinct value a category, compared by counts (chi-squared, Jensen–Shannon or PSI). For integer
     * columns; a decimal or time column is a declaration problem (too many distinct values to count).
     */
    CATEGORICAL
}
