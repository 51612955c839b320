package dev.mlgate.contract.internal;

import dev.mlgate.backend.Example;
import dev.mlgate.backend.RuleOutcome;
import dev.mlgate.data.internal.Texts;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/** One row rule's counts during a scan; after its first exception the rule is not evaluated again. */
final class RuleTally {

    private final RowRuleMetric rule;
    private final MethodHandle handle;
    private final int maxExamples;
    private final List<Example> examples = new ArrayList<>();
    private long checked;
    private long violations;
    private long leftOut;
    private String error;

    RuleTally(RowRuleMetric rule, int maxExamples) {
        this.rule = rule;
        this.handle = rule.rule();
        this.maxExamples = maxExamples;
    }

    RowRuleMetric rule() {
        return rule;
    }

    void accept(Object record, long row, long line) {
        if (error != null) {
            return;
        }
        if (record == RecordBuilder.UNFIT) {
            leftOut++;
            return;
        }
        boolean holds;
        try {
            holds = (boolean) handle.invokeExact(record);
        } catch (Throwable e) {
            RowRuleScan.rethrowFatal(e);
            fail("threw on row " + row + " (" + Texts.quote(String.valueOf(record)) + "): " + RowRuleScan.describe(e));
            return;
        }
        checked++;
        if (!holds) {
            violations++;
            if (examples.size() < maxExamples) {
                examples.add(new Example(row, line, String.valueOf(record)));
            }
        }
    }

    void fail(String message) {
        if (error == null) {
            error = message;
        }
    }

    RuleOutcome outcome() {
        return new RuleOutcome(checked, violations, leftOut, examples, error);
    }
}
