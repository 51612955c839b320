package dev.mlgate.baseline;

import static dev.mlgate.baseline.BaselineTestSupport.mlgate;
import static dev.mlgate.baseline.BaselineTestSupport.suite;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.baseline.fixtures.InfiniteComparison;
import org.junit.jupiter.api.Test;

/** A comparison of an infinite metric is inconclusive, naming the method and the value, never a pass. */
class NonFiniteComparisonTests {

    private static final String SUITE = suite(InfiniteComparison.class);

    @Test
    void an_infinite_double_or_metric_is_inconclusive() {
        mlgate(selectClass(InfiniteComparison.class)).execute().testEvents().assertThatEvents()
                .haveExactly(1, event(test(uniqueId(SUITE + "/[comparison:infinite]")), abortedWithReason(message(
                        "Inconclusive: infinite on 240 joined rows cannot be compared: the candidate's"
                                + " InfiniteComparison.infinite() returned Infinity, which is not a finite number;"
                                + " required: no worse than baseline by more than 0.005"))))
                .haveExactly(1, event(test(uniqueId(SUITE + "/[comparison:negativeInfinity]")), abortedWithReason(
                        message("Inconclusive: gain on 240 joined rows cannot be compared: the candidate's"
                                + " InfiniteComparison.negativeInfinity() returned -Infinity, which is not a finite"
                                + " number; required: better than baseline, significant at alpha = 0.05"))));
    }
}
