package dev.mlgate.quality;

import static dev.mlgate.quality.QualityTestSupport.gate;
import static dev.mlgate.quality.QualityTestSupport.message;
import static dev.mlgate.quality.QualityTestSupport.mlgate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mlgate.quality.fixtures.InfiniteGates;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/** A gate method returning an infinite value is inconclusive with the reason, never a pass. */
class NonFiniteMetricTests {

    private static final Events EVENTS = mlgate(selectClass(InfiniteGates.class)).execute().allEvents();

    private static String outcome(String method) {
        return message(EVENTS, gate(InfiniteGates.class, method));
    }

    @Test
    void positive_infinity_does_not_pass_at_least() {
        assertThat(outcome("positiveInfinity")).isEqualTo("Inconclusive: positiveInfinity is undefined on"
                + " binary.csv, 300 rows: positiveInfinity() returned Infinity, which is not a finite number");
    }

    @Test
    void negative_infinity_does_not_pass_at_most() {
        assertThat(outcome("negativeInfinity")).isEqualTo("Inconclusive: loss is undefined on binary.csv,"
                + " 300 rows: negativeInfinity() returned -Infinity, which is not a finite number");
    }

    @Test
    void an_infinite_estimate_has_no_interval() {
        assertThat(outcome("intervalOfInfinity")).isEqualTo("Inconclusive: intervalOfInfinity is undefined"
                + " on binary.csv, 300 rows: intervalOfInfinity() returned Infinity, which is not a finite number");
    }

    @Test
    void an_infinite_slice_is_inconclusive_while_the_others_are_judged() {
        String perSlice = gate(InfiniteGates.class, "infiniteOnRetail");

        assertThat(message(EVENTS, perSlice + "/[slice:segment=retail]")).isEqualTo("Inconclusive:"
                + " infiniteOnRetail is undefined on slice segment=retail of binary.csv, 160 rows: infiniteOnRetail()"
                + " returned Infinity, which is not a finite number");
        assertThat(message(EVENTS, perSlice + "/[slice:segment=enterprise]")).isNull();
    }

    @Test
    void an_infinite_slice_takes_no_part_in_a_gap() {
        assertThat(outcome("gapWithInfiniteRetail")).isEqualTo("Inconclusive: gapWithInfiniteRetail gap"
                + " across slices of 'segment' needs at least two slices with a defined value, found [enterprise] in"
                + " binary.csv, 300 rows; excluded: retail (gapWithInfiniteRetail() returned Infinity, which is not a"
                + " finite number), smb (20 rows, fewer than the minimum slice size 30)");
    }
}
