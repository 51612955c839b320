package dev.mlgate.baseline.internal;

import dev.mlgate.engine.internal.check.Check;
import dev.mlgate.engine.internal.check.Evaluation;
import dev.mlgate.engine.internal.check.Evidence;
import dev.mlgate.engine.internal.check.Verdict;
import dev.mlgate.metrics.Resamplable;
import dev.mlgate.metrics.Metric;
import java.util.LinkedHashMap;
import java.util.Map;

/** A comparison gate over all joined rows: the candidate's metric against the baseline's. */
record ComparisonGate(ComparisonMethod method, Requirement requirement) implements Check<BaselineState> {

    @Override
    public Evaluation evaluate(BaselineState state) throws Exception {
        if (state.firstRun()) {
            return firstRun(state, method, requirement, state.candidate(), state.where());
        }
        Estimate estimate = state.wholeRows().estimate(this, state);
        return Judge.judge(estimate, requirement, state.where(), Double.NaN, 0, Map.of());
    }

    /** A pass stating that no baseline existed, with the candidate's own value for the record. */
    static Verdict firstRun(BaselineState state, ComparisonMethod method, Requirement requirement, Resamplable<?> view,
            String where) throws Exception {
        Metric candidate = method.apply(state.estimator().instance(), view);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("firstRun", true);
        if (candidate.isDefined()) {
            details.put("candidate", candidate.value());
        }
        details.put("baseline.file", String.valueOf(state.baselineFile()));
        return Verdict.passed("no baseline existed at " + state.baselineFile() + " (first run): passed without a"
                + " comparison; candidate " + candidate.name() + " = " + (candidate.isDefined()
                ? Numbers.value(candidate.value()) : "undefined") + " on " + where + "; required once a baseline exists: "
                + requirement.describe(), Evidence.of(candidate.name(), candidate.isDefined() ? candidate.value()
                : Double.NaN, requirement.describe()).withDetails(details));
    }
}
