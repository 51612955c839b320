package dev.mlgate.contract.internal;

import static dev.mlgate.engine.internal.check.Declarations.problem;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.contract.AllNull;
import dev.mlgate.contract.Between;
import dev.mlgate.contract.Completeness;
import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.DateRange;
import dev.mlgate.contract.Decreasing;
import dev.mlgate.contract.DistinctCount;
import dev.mlgate.contract.DistinctShare;
import dev.mlgate.contract.DistinctValues;
import dev.mlgate.contract.DriftScale;
import dev.mlgate.contract.Increasing;
import dev.mlgate.contract.Length;
import dev.mlgate.contract.Matches;
import dev.mlgate.contract.MatchesAny;
import dev.mlgate.contract.MatchesDateTimePattern;
import dev.mlgate.contract.Maximum;
import dev.mlgate.contract.Mean;
import dev.mlgate.contract.Median;
import dev.mlgate.contract.Minimum;
import dev.mlgate.contract.MostCommonIn;
import dev.mlgate.contract.Mostly;
import dev.mlgate.contract.NewestWithin;
import dev.mlgate.contract.NoDrift;
import dev.mlgate.contract.NonNegative;
import dev.mlgate.contract.NoneOf;
import dev.mlgate.contract.NotInFuture;
import dev.mlgate.contract.NotMatches;
import dev.mlgate.contract.OldestAtLeast;
import dev.mlgate.contract.OneOf;
import dev.mlgate.contract.ParsesAsJson;
import dev.mlgate.contract.Positive;
import dev.mlgate.contract.Quantile;
import dev.mlgate.contract.StandardDeviation;
import dev.mlgate.contract.Sum;
import dev.mlgate.contract.TrueRate;
import dev.mlgate.contract.Unique;
import dev.mlgate.contract.WithinLast;
import dev.mlgate.data.ValueKind;
import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.Declarations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;

/**
 * Turns a column's type, nullability and constraint annotations into checks, validating each
 * declaration: a mistake becomes a problem naming the class and component, and that check is left out.
 */
final class ColumnConstraints {

    private final Class<?> type;
    private final DataContract contract;
    private final ColumnSpec column;
    private final List<DeclarationProblem> problems;
    private final TestSource source;
    private final Set<String> tags;
    private final boolean blocking;
    private final double defaultMostly;
    private final List<ContractCheck> checks = new ArrayList<>();

    private ColumnConstraints(Class<?> type, DataContract contract, ColumnSpec column, List<DeclarationProblem> problems) {
        this.type = type;
        this.contract = contract;
        this.column = column;
        this.problems = problems;
        this.source = column.accessor().map(accessor -> Declarations.source(type, accessor))
                .orElse(Declarations.source(type));
        this.tags = Declarations.tags(column.annotations(), where(), source, problems);
        this.blocking = Declarations.blocking(column.annotations(), type);
        this.defaultMostly = find(Mostly.class).map(this::defaultMostly).orElse(1.0);
    }

    /** A valid {@code @Mostly}, else a problem, and every constraint keeps its own (strict) tolerance. */
    private double defaultMostly(Mostly mostly) {
        if (mostly.value() > 0 && mostly.value() <= 1) {
            return mostly.value();
        }
        problems.add(problem(where() + ": @Mostly(" + mostly.value() + ") must lie in (0, 1]: it is the smallest"
                + " share of non-null values that must conform", source));
        return 1.0;
    }

    /** The column being planned. */
    ColumnSpec column() {
        return column;
    }

    /** Records a declaration mistake of this component, at its source. */
    void reject(String message) {
        problems.add(problem(message, source));
    }

    static List<ContractCheck> plan(Class<?> type, DataContract contract, ColumnSpec column,
            List<DeclarationProblem> problems) {
        ColumnConstraints constraints = new ColumnConstraints(type, contract, column, problems);
        constraints.planAll();
        return constraints.checks;
    }

    private void planAll() {
        TextConstraints text = new TextConstraints(this);
        TimeConstraints time = new TimeConstraints(this);
        if (column.kind() != ValueKind.STRING) {
            violations("type", "type " + column.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    new MetricRequest.UnreadableValues(), "cannot be read as " + column.width().description(column.kind()),
                    Tolerance.STRICT);
        }
        if (!column.nullable()) {
            violations("notNull", "not null", new MetricRequest.NullCount(), "are null", Tolerance.STRICT);
        }
        if (!column.allowedValues().isEmpty()) {
            violations("oneOf", "one of " + column.allowedValues(), new MetricRequest.NotInSet(column.allowedValues()),
                    "are not one of " + column.allowedValues(), Tolerance.STRICT);
        }
        find(Completeness.class).ifPresent(this::completeness);
        find(Unique.class).ifPresent(unique -> tolerance("@Unique", unique.mostly(), unique.allowedViolations())
                .ifPresent(tolerance -> violations("unique", "unique", new MetricRequest.RepeatedValues(true),
                        "hold a value that occurs more than once", tolerance)));
        find(Between.class).ifPresent(between -> range("between", "@Between", between.min(), between.max(),
                between.minExclusive(), between.maxExclusive(), between.mostly(), between.allowedViolations()));
        find(Positive.class).ifPresent(positive -> range("positive", "@Positive", 0, Double.POSITIVE_INFINITY, true,
                false, positive.mostly(), positive.allowedViolations()));
        find(NonNegative.class).ifPresent(nonNegative -> range("nonNegative", "@NonNegative", 0,
                Double.POSITIVE_INFINITY, false, false, nonNegative.mostly(), nonNegative.allowedViolations()));
        find(OneOf.class).ifPresent(this::oneOf);
        find(NoneOf.class).ifPresent(text::noneOf);
        find(Matches.class).ifPresent(this::matches);
        find(NotMatches.class).ifPresent(text::notMatches);
        find(MatchesAny.class).ifPresent(text::matchesAny);
        find(DistinctValues.class).ifPresent(text::distinctValues);
        find(MostCommonIn.class).ifPresent(mostCommon -> {
            if (mostCommon.value().length == 0) {
                problems.add(problem(where() + ": @MostCommonIn names no value; list the values the most common one"
                        + " must be among", source));
            } else {
                text.valueSet("mostCommonIn", ValueSetCheck.Kind.MOST_COMMON, mostCommon.value());
            }
        });
        find(AllNull.class).ifPresent(text::allNull);
        find(Increasing.class).ifPresent(order -> time.order("increasing", "@Increasing", true, order.strict(),
                order.mostly(), order.allowedViolations()));
        find(Decreasing.class).ifPresent(order -> time.order("decreasing", "@Decreasing", false, order.strict(),
                order.mostly(), order.allowedViolations()));
        find(ParsesAsJson.class).ifPresent(json -> {
            if (require(column.kind() == ValueKind.STRING, "@ParsesAsJson", "a text")) {
                tolerance("@ParsesAsJson", json.mostly(), json.allowedViolations()).ifPresent(tolerance ->
                        violations("parsesAsJson", "JSON", new MetricRequest.NotJson(), "are not one JSON document",
                                tolerance));
            }
        });
        find(MatchesDateTimePattern.class).ifPresent(text::dateTimePattern);
        find(Length.class).ifPresent(this::length);
        find(DistinctCount.class).ifPresent(distinct -> statistic("distinctCount", "@DistinctCount",
                new Statistic.DistinctCount(), new ConfiguredBounds(distinct.min(),
                distinct.max() == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : distinct.max(), distinct.minFrom(),
                distinct.maxFrom())));
        find(DistinctShare.class).ifPresent(share -> statistic("distinctShare", "@DistinctShare",
                new Statistic.DistinctShare(), share.min(), share.max()));
        numericStatistics();
        find(NotInFuture.class).ifPresent(this::notInFuture);
        find(WithinLast.class).ifPresent(time::withinLast);
        find(NewestWithin.class).ifPresent(time::newestWithin);
        find(OldestAtLeast.class).ifPresent(time::oldestAtLeast);
        find(DateRange.class).ifPresent(this::dateRange);
        find(TrueRate.class).ifPresent(rate -> {
            if (require(column.kind() == ValueKind.BOOLEAN, "@TrueRate", "a boolean")) {
                statistic("trueRate", "@TrueRate", new Statistic.FromMoments("true rate", Statistic.FromMoments.Kind.MEAN),
                        new ConfiguredBounds(rate.min(), rate.max(), rate.minFrom(), rate.maxFrom()));
            }
        });
        find(NoDrift.class).ifPresent(this::drift);
    }

    private void completeness(Completeness completeness) {
        if (!(completeness.min() >= 0 && completeness.min() <= 1)) {
            problems.add(problem(where() + ": @Completeness(min = " + completeness.min() + ") must lie in [0, 1]; write"
                    + " the smallest share of non-null values, e.g. @Completeness(min = 0.95)",
                    source));
            return;
        }
        if (!column.nullable()) {
            problems.add(problem(where() + ": @Completeness(min = " + completeness.min() + ") allows nulls, but the"
                    + " component is not @Nullable, so its not-null check fails on any null; declare the component"
                    + " @Nullable (or use a wrapper type), since @Completeness allows nulls", source));
            return;
        }
        statistic("completeness", "@Completeness", new Statistic.Completeness(), completeness.min(), 1.0);
    }

    private void range(String key, String annotation, double min, double max, boolean minExclusive,
            boolean maxExclusive, double mostly, long allowed) {
        if (!require(isNumeric(), annotation, "a numeric")) {
            return;
        }
        if (min > max || Double.isNaN(min) || Double.isNaN(max)) {
            problems.add(problem(where() + ": " + annotation + "(min = " + min + ", max = " + max
                    + ") admits no value; min must not exceed max", source));
            return;
        }
        MetricRequest.OutOfRange range = new MetricRequest.OutOfRange(min, max, minExclusive, maxExclusive);
        String bounds = describe(range);
        tolerance(annotation, mostly, allowed).ifPresent(tolerance ->
                violations(key, bounds, range, "are not " + bounds, tolerance));
    }

    private void oneOf(OneOf oneOf) {
        Set<String> allowed = new LinkedHashSet<>(List.of(oneOf.value()));
        if (allowed.isEmpty()) {
            problems.add(problem(where() + ": @OneOf names no value, so every value would violate it; list the allowed"
                    + " values, e.g. @OneOf({\"DE\", \"FR\"}), or remove it", source));
            return;
        }
        tolerance("@OneOf", oneOf.mostly(), oneOf.allowedViolations()).ifPresent(tolerance ->
                violations("oneOf", "one of " + allowed, new MetricRequest.NotInSet(allowed),
                        "are not one of " + allowed, tolerance));
    }

    private void matches(Matches matches) {
        try {
            Pattern.compile(matches.value());
        } catch (PatternSyntaxException e) {
            problems.add(problem(where() + ": @Matches(\"" + matches.value() + "\") is not a valid regular expression: "
                    + e.getDescription() + "; write it in java.util.regex syntax", source));
            return;
        }
        tolerance("@Matches", matches.mostly(), matches.allowedViolations()).ifPresent(tolerance ->
                violations("matches", "matches " + matches.value(), new MetricRequest.PatternMismatch(matches.value()),
                        "do not match " + matches.value(), tolerance));
    }

    private void length(Length length) {
        if (length.min() < 0 || length.min() > length.max()) {
            problems.add(problem(where() + ": @Length(min = " + length.min() + ", max = " + length.max()
                    + ") admits no length; 0 <= min <= max", source));
            return;
        }
        String bounds = "length " + StatisticCheck.bounds(length.min(),
                length.max() == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : length.max());
        tolerance("@Length", length.mostly(), length.allowedViolations()).ifPresent(tolerance ->
                violations("length", bounds, new MetricRequest.LengthOutOfRange(length.min(), length.max()),
                        "have a length not " + bounds.substring("length ".length()), tolerance));
    }

    private void numericStatistics() {
        find(Minimum.class).ifPresent(min -> numericStatistic("minimum", "@Minimum",
                new Statistic.FromMoments("minimum", Statistic.FromMoments.Kind.MIN),
                new ConfiguredBounds(min.min(), min.max(), min.minFrom(), min.maxFrom())));
        find(Maximum.class).ifPresent(max -> numericStatistic("maximum", "@Maximum",
                new Statistic.FromMoments("maximum", Statistic.FromMoments.Kind.MAX),
                new ConfiguredBounds(max.min(), max.max(), max.minFrom(), max.maxFrom())));
        find(Sum.class).ifPresent(sum -> numericStatistic("sum", "@Sum",
                new Statistic.FromMoments("sum", Statistic.FromMoments.Kind.SUM),
                new ConfiguredBounds(sum.min(), sum.max(), sum.minFrom(), sum.maxFrom())));
        find(Mean.class).ifPresent(mean -> numericStatistic("mean", "@Mean",
                new Statistic.FromMoments("mean", Statistic.FromMoments.Kind.MEAN),
                new ConfiguredBounds(mean.min(), mean.max(), mean.minFrom(), mean.maxFrom())));
        find(StandardDeviation.class).ifPresent(sd -> numericStatistic("standardDeviation", "@StandardDeviation",
                new Statistic.StandardDeviation(sd.population() ? 0 : 1),
                new ConfiguredBounds(sd.min(), sd.max(), sd.minFrom(), sd.maxFrom())));
        find(Median.class).ifPresent(median -> numericStatistic("median", "@Median", new Statistic.Quantile(0.5),
                new ConfiguredBounds(median.min(), median.max(), median.minFrom(), median.maxFrom())));
        for (Quantile quantile : AnnotationSupport.findRepeatableAnnotations(column.annotations(), Quantile.class)) {
            if (!(quantile.q() >= 0 && quantile.q() <= 1)) {
                problems.add(problem(where() + ": @Quantile(q = " + quantile.q() + ") must lie in [0, 1]; write the"
                        + " quantile as a share, e.g. q = 0.95 for the 95th percentile", source));
                continue;
            }
            numericStatistic("quantile" + Messages.number(quantile.q()), "@Quantile", new Statistic.Quantile(quantile.q()),
                    new ConfiguredBounds(quantile.min(), quantile.max(), quantile.minFrom(), quantile.maxFrom()));
        }
    }

    private void numericStatistic(String key, String annotation, Statistic statistic, ConfiguredBounds bounds) {
        if (require(isNumeric(), annotation, "a numeric")) {
            statistic(key, annotation, statistic, bounds);
        }
    }

    private void statistic(String key, String annotation, Statistic statistic, double min, double max) {
        statistic(key, annotation, statistic, ConfiguredBounds.of(min, max));
    }

    private void statistic(String key, String annotation, Statistic statistic, ConfiguredBounds bounds) {
        // a bound from configuration is checked when it is read; the written ones are checked now
        boolean bothWritten = bounds.minFrom().isBlank() && bounds.maxFrom().isBlank();
        if (Double.isNaN(bounds.min()) || Double.isNaN(bounds.max()) || bothWritten && bounds.min() > bounds.max()) {
            problems.add(problem(where() + ": " + annotation + "(min = " + bounds.min() + ", max = " + bounds.max()
                    + ") admits no value; min must not exceed max", source));
            return;
        }
        add(key, statistic.name() + " " + bounds.declared(), new StatisticCheck(column.name(), statistic, bounds),
                Needs.column(column.name(), statistic.metric()));
    }

    private void notInFuture(NotInFuture annotation) {
        if (require(isTemporal(), "@NotInFuture", "a date, date-time or instant")) {
            tolerance("@NotInFuture", annotation.mostly(), annotation.allowedViolations()).ifPresent(tolerance ->
                    violations("notInFuture", "not in the future", new MetricRequest.InFuture(), "lie in the future",
                            tolerance));
        }
    }

    private void dateRange(DateRange range) {
        if (!require(isTemporal(), "@DateRange", "a date, date-time or instant")) {
            return;
        }
        if (range.from().isEmpty() && range.to().isEmpty()) {
            problems.add(problem(where() + ": @DateRange names neither from nor to, so it checks nothing; set from,"
                    + " to or both, or remove it", source));
            return;
        }
        Comparable<?> from;
        Comparable<?> to;
        try {
            from = range.from().isEmpty() ? null : (Comparable<?>) column.kind().parse(range.from());
            to = range.to().isEmpty() ? null : (Comparable<?>) column.kind().parse(range.to());
        } catch (IllegalArgumentException e) {
            problems.add(problem(where() + ": @DateRange(from = \"" + range.from() + "\", to = \"" + range.to()
                    + "\") must be written as " + column.kind().description() + ": " + e.getMessage(), source));
            return;
        }
        String bounds = from == null ? "on or before " + range.to()
                : to == null ? "on or after " + range.from() : "between " + range.from() + " and " + range.to();
        tolerance("@DateRange", range.mostly(), range.allowedViolations()).ifPresent(tolerance ->
                violations("dateRange", bounds, new MetricRequest.TemporalOutOfRange(from, to), "are not " + bounds,
                        tolerance));
    }

    private void drift(NoDrift drift) {
        if (contract.reference().isBlank()) {
            problems.add(problem(where() + " is @NoDrift but " + type.getSimpleName()
                    + " names no reference dataset; add @DataContract(reference = ...)", source));
            return;
        }
        boolean countable = switch (column.kind()) {
            case DECIMAL, DATE, DATE_TIME, INSTANT -> false;
            default -> true;
        };
        if (drift.as() == DriftScale.CATEGORICAL && !countable) {
            problems.add(problem(where() + ": @NoDrift(as = CATEGORICAL) compares an integer column by its category"
                    + " counts, but '" + column.name() + "' is " + column.kind().description()
                    + ", whose values are too many to count; remove as = CATEGORICAL (or declare the component with an"
                    + " integer type)",
                    source));
            return;
        }
        if (!DriftMethods.applies(drift.method(), SampleCollector.isNumeric(column))) {
            problems.add(problem(where() + ": @NoDrift(method = " + drift.method() + ") does not apply to "
                    + (SampleCollector.isNumeric(column) ? "a numeric" : "a categorical") + " column; use AUTO or a"
                    + " method for this kind of column (README, Drift)", source));
            return;
        }
        CheckSpec<ContractState> spec = new CheckSpec<>("drift", column.name(),
                column.name() + ": no drift from the reference", source, column.accessor(), tags, blocking, false,
                new DriftCheck(column.name(), drift.method(), drift.threshold()));
        checks.add(new ContractCheck(spec, Needs.drift(Set.of(column.name()))));
    }

    static String describe(MetricRequest.OutOfRange range) {
        boolean hasMin = range.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = range.max() != Double.POSITIVE_INFINITY;
        String min = (range.minExclusive() ? "> " : ">= ") + Messages.number(range.min());
        String max = (range.maxExclusive() ? "< " : "<= ") + Messages.number(range.max());
        if (hasMin && hasMax) {
            String note = range.minExclusive() && range.maxExclusive() ? " (exclusive)"
                    : range.minExclusive() ? " (min exclusive)" : range.maxExclusive() ? " (max exclusive)" : "";
            return "between " + Messages.number(range.min()) + " and " + Messages.number(range.max()) + note;
        }
        return hasMin ? min : hasMax ? max : "a number";
    }

    boolean require(boolean holds, String annotation, String kind) {
        if (!holds) {
            problems.add(problem(where() + ": " + annotation + " needs " + kind + " column, but '" + column.name()
                    + "' is " + column.kind().description() + "; remove it or declare the component with a type it"
                    + " applies to", source));
        }
        return holds;
    }

    boolean isNumeric() {
        return column.kind() == ValueKind.INTEGER || column.kind() == ValueKind.DECIMAL;
    }

    boolean isTemporal() {
        return column.kind() == ValueKind.DATE || column.kind() == ValueKind.DATE_TIME
                || column.kind() == ValueKind.INSTANT;
    }

    Optional<Tolerance> tolerance(String annotation, double mostly, long allowed) {
        // NaN is the annotations' "not set": only then does @Mostly apply, so an explicit 1 stays strict
        double effective = Double.isNaN(mostly) ? defaultMostly : mostly;
        if (!(effective >= 0 && effective <= 1) || allowed < 0) {
            problems.add(problem(where() + ": " + annotation + "(mostly = " + effective + ", allowedViolations = "
                    + allowed + ") is invalid; mostly lies in [0, 1] and allowedViolations is not negative", source));
            return Optional.empty();
        }
        return Optional.of(new Tolerance(effective, allowed));
    }

    void violations(String key, String description, MetricRequest metric, String violation,
            Tolerance tolerance) {
        String population = metric instanceof MetricRequest.NullCount || metric instanceof MetricRequest.NonNullValues
                ? "rows" : "non-null values";
        add(key, description, new ViolationCheck(column.name(), metric, population, violation, tolerance),
                Needs.column(column.name(), metric));
    }

    void add(String key, String description, Check<ContractState> check, Needs needs) {
        CheckSpec<ContractState> spec = new CheckSpec<>("constraint", column.name() + "." + key,
                column.name() + ": " + description, source, column.accessor(), tags, blocking, false, check);
        checks.add(new ContractCheck(spec, needs));
    }

    private <A extends java.lang.annotation.Annotation> Optional<A> find(Class<A> annotation) {
        return AnnotationSupport.findAnnotation(column.annotations(), annotation);
    }

    String where() {
        return type.getName() + "." + column.javaName();
    }
}
