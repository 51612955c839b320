package dev.mlgate.maven.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which decision the build requires: PROMOTE, or ANY finished, fresh, complete and consistent report. */
public enum RequiredDecision {
    PROMOTE,
    ANY;

    /** Parses the option's value, case-insensitively; an unknown value is an {@link InvalidOption}. */
    public static RequiredDecision parse(String value) {
        String word = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(decision -> decision.name().equals(word)).findFirst()
                .orElseThrow(() -> new InvalidOption("requiredDecision", "mlgate.requiredDecision", value,
                        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
