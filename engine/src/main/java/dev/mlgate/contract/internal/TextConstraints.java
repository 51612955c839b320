package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.contract.AllNull;
import dev.mlgate.contract.DistinctValues;
import dev.mlgate.contract.MatchesAny;
import dev.mlgate.contract.MatchesDateTimePattern;
import dev.mlgate.contract.NoneOf;
import dev.mlgate.contract.NotMatches;
import dev.mlgate.data.ValueKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The constraints on a column's values as text and as a set: forbidden values, lists of patterns, JSON and
 * date/time formats, the set of distinct values, the most common value and an all-null column. Planned for
 * one component by {@link ColumnConstraints}, whose tolerance and reporting rules they share.
 */
final class TextConstraints {

    private final ColumnConstraints c;

    TextConstraints(ColumnConstraints planner) {
        this.c = planner;
    }

    void noneOf(NoneOf noneOf) {
        Set<String> forbidden = new LinkedHashSet<>(List.of(noneOf.value()));
        if (forbidden.isEmpty()) {
            c.reject(c.where() + ": @NoneOf names no value, so it forbids nothing; list the forbidden"
                    + " values, e.g. @NoneOf({\"unknown\", \"n/a\"}), or remove it");
            return;
        }
        c.tolerance("@NoneOf", noneOf.mostly(), noneOf.allowedViolations()).ifPresent(tolerance ->
                c.violations("noneOf", "none of " + forbidden, new MetricRequest.InSet(forbidden),
                        "are one of the forbidden " + forbidden, tolerance));
    }

    void notMatches(NotMatches notMatches) {
        if (patterns("@NotMatches", notMatches.value())) {
            String listed = String.join(" | ", notMatches.value());
            c.tolerance("@NotMatches", notMatches.mostly(), notMatches.allowedViolations()).ifPresent(tolerance ->
                    c.violations("notMatches", "does not match " + listed,
                            new MetricRequest.PatternList(List.of(notMatches.value()), false), "match " + listed,
                            tolerance));
        }
    }

    void matchesAny(MatchesAny matchesAny) {
        if (patterns("@MatchesAny", matchesAny.value())) {
            String listed = String.join(" | ", matchesAny.value());
            c.tolerance("@MatchesAny", matchesAny.mostly(), matchesAny.allowedViolations()).ifPresent(tolerance ->
                    c.violations("matchesAny", "matches " + listed,
                            new MetricRequest.PatternList(List.of(matchesAny.value()), true), "match none of " + listed,
                            tolerance));
        }
    }

    void distinctValues(DistinctValues values) {
        if (values.contain().length + values.within().length + values.equal().length == 0) {
            c.reject(c.where() + ": @DistinctValues names no set; give contain, within or equal");
            return;
        }
        if (values.contain().length > 0) {
            valueSet("distinctValuesContain", ValueSetCheck.Kind.CONTAIN, values.contain());
        }
        if (values.within().length > 0) {
            valueSet("distinctValuesWithin", ValueSetCheck.Kind.WITHIN, values.within());
        }
        if (values.equal().length > 0) {
            valueSet("distinctValuesEqual", ValueSetCheck.Kind.EQUAL, values.equal());
        }
    }

    void valueSet(String key, ValueSetCheck.Kind kind, String[] values) {
        ValueSetCheck check = new ValueSetCheck(c.column().name(), kind, ValueSetCheck.set(values));
        c.add(key, check.describe(), check, Needs.column(c.column().name(), ValueSetCheck.METRIC));
    }

    /** Whether there are patterns and each compiles; else a declaration problem names the fix. */
    boolean patterns(String annotation, String[] regexes) {
        if (regexes.length == 0) {
            c.reject(c.where() + ": " + annotation + " names no pattern; list one or more regular"
                    + " expressions, or remove it");
            return false;
        }
        for (String regex : regexes) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                c.reject(c.where() + ": " + annotation + "(\"" + regex + "\") is not a valid regular"
                        + " expression: " + e.getDescription() + "; write it in java.util.regex syntax");
                return false;
            }
        }
        return true;
    }

    void dateTimePattern(MatchesDateTimePattern declared) {
        if (!c.require(c.column().kind() == ValueKind.STRING, "@MatchesDateTimePattern", "a text")) {
            return;
        }
        try {
            java.time.format.DateTimeFormatter.ofPattern(declared.value());
        } catch (IllegalArgumentException e) {
            c.reject(c.where() + ": @MatchesDateTimePattern(\"" + declared.value() + "\") is not a"
                    + " java.time pattern: " + e.getMessage() + "; see DateTimeFormatter's pattern letters");
            return;
        }
        c.tolerance("@MatchesDateTimePattern", declared.mostly(), declared.allowedViolations()).ifPresent(tolerance ->
                c.violations("dateTimePattern", "date/time " + declared.value(),
                        new MetricRequest.NotDateTimePattern(declared.value()), "are not written as " + declared.value(),
                        tolerance));
    }

    void allNull(AllNull allNull) {
        if (!c.column().nullable()) {
            c.reject(c.where() + ": @AllNull requires every value to be null, but the component is not"
                    + " @Nullable, so its not-null check fails on every row; declare it @Nullable (or use a wrapper"
                    + " type)");
            return;
        }
        c.tolerance("@AllNull", 1.0, allNull.allowedViolations()).ifPresent(tolerance ->
                c.violations("allNull", "all null", new MetricRequest.NonNullValues(), "are not null", tolerance));
    }
}
