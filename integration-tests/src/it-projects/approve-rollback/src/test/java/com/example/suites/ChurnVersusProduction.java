package com.example.suites;

import dev.mlgate.baseline.BaselineComparison;
import dev.mlgate.baseline.FirstRun;
import dev.mlgate.baseline.NoWorseThanBaseline;
import dev.mlgate.metrics.BinaryScores;
import dev.mlgate.metrics.Metric;

@BaselineComparison(candidate = "data/candidate-${candidate:-v1}.csv", baseline = "manifest:mlgate-baselines/churn",
        joinOn = "id", label = "churned", score = "p_churn", firstRun = FirstRun.PASS)
public class ChurnVersusProduction {

    @NoWorseThanBaseline(margin = 0.1)
    Metric rocAuc(BinaryScores scores) {
        return scores.rocAuc();
    }
}
