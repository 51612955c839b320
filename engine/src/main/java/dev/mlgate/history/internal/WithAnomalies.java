package dev.mlgate.history.internal;

import dev.mlgate.engine.internal.MlgateConfiguration;
import dev.mlgate.engine.internal.check.CheckSpec;
import dev.mlgate.engine.internal.check.DeclarationProblem;
import dev.mlgate.engine.internal.check.SuiteDefinition;
import dev.mlgate.history.NoAnomaly;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestSource;

/**
 * A planned suite with its anomaly checks added. Opening it asks the planned suite for what the selected
 * checks need, an anomaly check standing for the check it watches, so that selecting an anomaly check
 * alone (from an IDE) still computes the watched value.
 */
final class WithAnomalies<S> implements SuiteDefinition<S> {

    /** One {@code @NoAnomaly}, the check it watches (null: the row count) and where it is declared. */
    record Watch<S>(NoAnomaly declared, CheckSpec<S> target, TestSource source) {
    }

    private final SuiteDefinition<S> planned;
    private final List<CheckSpec<S>> checks;
    private final List<DeclarationProblem> problems;
    private final Map<CheckSpec<S>, CheckSpec<S>> watched;

    /** {@code watched} maps each anomaly check to the check it watches (row count anomalies are absent). */
    WithAnomalies(SuiteDefinition<S> planned, List<CheckSpec<S>> checks, List<DeclarationProblem> problems,
            Map<CheckSpec<S>, CheckSpec<S>> watched) {
        this.planned = planned;
        this.checks = List.copyOf(checks);
        List<DeclarationProblem> all = new ArrayList<>(planned.problems());
        all.addAll(problems);
        this.problems = List.copyOf(all);
        this.watched = new IdentityHashMap<>(watched);
    }

    @Override
    public Class<?> suiteClass() {
        return planned.suiteClass();
    }

    @Override
    public String kind() {
        return planned.kind();
    }

    @Override
    public List<CheckSpec<S>> checks() {
        return checks;
    }

    @Override
    public List<DeclarationProblem> problems() {
        return problems;
    }

    @Override
    public S open(MlgateConfiguration configuration, List<CheckSpec<S>> selected) throws Exception {
        Set<CheckSpec<S>> needed = new LinkedHashSet<>();
        for (CheckSpec<S> spec : selected) {
            if (!spec.segmentType().equals(AnomalyPlanner.SEGMENT)) {
                needed.add(spec);
            } else if (watched.containsKey(spec)) {
                needed.add(watched.get(spec));
            }
        }
        return planned.open(configuration, List.copyOf(needed));
    }

    @Override
    public Map<String, String> suiteEntries(S state) {
        return planned.suiteEntries(state);
    }
}
