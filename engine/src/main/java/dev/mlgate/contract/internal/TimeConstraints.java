package dev.mlgate.contract.internal;

import dev.mlgate.backend.MetricRequest;
import dev.mlgate.contract.NewestWithin;
import dev.mlgate.contract.OldestAtLeast;
import dev.mlgate.contract.WithinLast;
import dev.mlgate.data.ValueKind;

/**
 * The constraints on a column's values in time and in file order: order against the previous value,
 * values within a period of the run's present, and the newest and oldest values' ages. Planned for one
 * component by {@link ColumnConstraints}, whose tolerance and reporting rules they share.
 */
final class TimeConstraints {

    private final ColumnConstraints c;

    TimeConstraints(ColumnConstraints planner) {
        this.c = planner;
    }

    void order(String key, String annotation, boolean increasing, boolean strict, double mostly,
            long allowed) {
        if (!c.require(c.isNumeric() || c.isTemporal(), annotation, "a numeric, date or time")) {
            return;
        }
        String direction = (strict ? "strictly " : "") + (increasing ? "increasing" : "decreasing");
        String against = increasing ? (strict ? "not greater than" : "smaller than")
                : (strict ? "not smaller than" : "greater than");
        c.tolerance(annotation, mostly, allowed).ifPresent(tolerance -> c.violations(key, direction + " in file order",
                new MetricRequest.OutOfOrder(increasing, strict), "are " + against + " the value before them",
                tolerance));
    }

    void withinLast(WithinLast within) {
        if (!c.require(c.isTemporal(), "@WithinLast", "a date, date-time or instant")
                || !age("@WithinLast", within.value())) {
            return;
        }
        boolean dates = c.column().kind() == ValueKind.DATE;
        c.tolerance("@WithinLast", within.mostly(), within.allowedViolations()).ifPresent(tolerance ->
                c.violations("withinLast", "within the last " + within.value(),
                        new MetricRequest.OlderThan(within.value(), dates), "are older than " + within.value(),
                        tolerance));
    }

    void newestWithin(NewestWithin newest) {
        if (!c.require(c.isTemporal(), "@NewestWithin", "a date, date-time or instant") || !age("@NewestWithin",
                newest.value())) {
            return;
        }
        MetricRequest.ExtremeValue metric = new MetricRequest.ExtremeValue(newest.value(),
                c.column().kind() == ValueKind.DATE);
        c.add("newestWithin", "newest value within " + newest.value(), new FreshnessCheck(c.column().name(), metric),
                Needs.column(c.column().name(), metric));
    }

    void oldestAtLeast(OldestAtLeast oldest) {
        if (!c.require(c.isTemporal(), "@OldestAtLeast", "a date, date-time or instant") || !age("@OldestAtLeast",
                oldest.value())) {
            return;
        }
        MetricRequest.ExtremeValue metric = new MetricRequest.ExtremeValue(oldest.value(),
                c.column().kind() == ValueKind.DATE, false);
        c.add("oldestAtLeast", "oldest value at least " + oldest.value() + " old", new FreshnessCheck(c.column().name(),
                metric), Needs.column(c.column().name(), metric));
    }

    /** Whether {@code text} is an age of the column's kind; if not, a declaration problem says what to write. */
    boolean age(String annotation, String text) {
        boolean dates = c.column().kind() == ValueKind.DATE;
        if (Ages.parse(text, dates) != null) {
            return true;
        }
        c.reject(c.where() + ": " + annotation + "(\"" + text + "\") is not an ISO-8601 "
                + (dates ? "period for a date column, such as P30D or P1M" : "duration for a date-time or instant"
                + " column, such as PT6H or P2D"));
        return false;
    }
}
