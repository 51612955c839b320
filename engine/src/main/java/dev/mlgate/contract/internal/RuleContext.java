package dev.mlgate.contract.internal;

import dev.mlgate.contract.CheckContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** The {@link CheckContext} of one run of one custom rule; keeps the value the rule observed. */
final class RuleContext implements CheckContext {

    private final String rule;
    private final Function<String, String> parameters;
    private final LocalDate today;
    private String observedName;
    private double observedValue = Double.NaN;

    RuleContext(String rule, Function<String, String> parameters, LocalDate today) {
        this.rule = rule;
        this.parameters = parameters;
        this.today = today;
    }

    @Override
    public Optional<String> parameter(String key) {
        return Optional.ofNullable(parameters.apply(key)).map(String::trim).filter(value -> !value.isEmpty());
    }

    @Override
    public String requiredParameter(String key) {
        return parameter(key).orElseThrow(() -> new IllegalStateException(rule + " needs the configuration"
                + " parameter '" + key + "', which is not set (set it with -D" + key + "=... or in"
                + " junit-platform.properties)"));
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public synchronized void observe(String name, double value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(rule + " observed " + value + " under a blank name");
        }
        observedName = name.strip();
        observedValue = value;
    }

    /** The published name, or null when the rule observed nothing. */
    synchronized String observedName() {
        return observedName;
    }

    synchronized double observedValue() {
        return observedValue;
    }
}
