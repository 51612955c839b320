package dev.mlgate.contract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link Check} rule may read besides the data, and where it publishes what it measured. A rule
 * receives it by declaring it as its last parameter: {@code static void incomes(Table t, CheckContext c)}.
 * Parameters are the run's JUnit configuration parameters (such as {@code -DminIncome=30000}, or
 * {@code junit-platform.properties}), looked up by their plain key, so thresholds can change without
 * recompiling the contract.
 */
public interface CheckContext {

    /** The configuration parameter {@code key}, trimmed, or empty when it is unset or blank. */
    Optional<String> parameter(String key);

    /**
     * The configuration parameter {@code key}, trimmed.
     *
     * @throws IllegalStateException naming the key when it is unset or blank, which fails the rule
     */
    String requiredParameter(String key);

    /** The run's present: {@code mlgate.today} when set, else today in UTC, as the freshness checks use it. */
    LocalDate today();

    /**
     * Publishes the value the rule measured, such as {@code observe("mean income", 52_000.5)}: the report
     * shows it as the rule's metric and observed value, and the pass or fail message ends with it. A rule
     * publishes one value; a later call replaces an earlier one.
     *
     * @throws IllegalArgumentException when {@code name} is blank
     */
    void observe(String name, double value);
}
