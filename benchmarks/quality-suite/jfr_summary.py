"""Where a quality-suite run's time goes, from its JFR execution samples (RESULTS-quality-suite.md).

Usage: jfr print --json --events jdk.ExecutionSample --stack-depth 64 profile.jfr > samples.json
       python3 jfr_summary.py samples.json
Prints the innermost frames that hold the most samples, and the share of samples whose stack passes
through each of a few named stages (a sample counts in every stage on its stack).
"""
import collections
import json
import sys

STAGES = {
    "reading the CSV": "dev.mlgate.quality.internal.PredictionsReader.read|dev.mlgate.baseline.internal.PredictionsReader.read",
    "sorting scores (BinaryData.sort)": "dev.mlgate.metrics.internal.BinaryData.sort",
    "bootstrap resamples (ResampleRunner)": "dev.mlgate.metrics.internal.ResampleRunner",
    "  drawing Poisson weights": "dev.mlgate.metrics.PoissonWeights.draw",
    "  re-weighting views (withWeights)": "withWeights",
    "  ranking metrics (AUC, AP)": "dev.mlgate.metrics.internal.RankingMetrics",
    "  probability metrics (log loss, Brier)": "dev.mlgate.metrics.internal.ProbabilityMetrics",
    "  threshold metrics (BinaryScores.at)": "dev.mlgate.metrics.BinaryScores.at",
    "DeLong": "dev.mlgate.stats.DeLong",
    "McNemar": "dev.mlgate.stats.McNemar",
    "report (mlgate-report)": "dev.mlgate.report",
}


def frames(event):
    return ["%s.%s" % (f["method"]["type"]["name"].replace("/", "."), f["method"]["name"])
            for f in event["values"]["stackTrace"]["frames"]]


def main():
    events = json.load(open(sys.argv[1]))["recording"]["events"]
    top = collections.Counter()
    stages = collections.Counter()
    for event in events:
        stack = frames(event)
        if not stack:
            continue
        top[stack[0]] += 1
        text = " ".join(stack)
        for stage, needles in STAGES.items():
            if any(needle in text for needle in needles.split("|")):
                stages[stage] += 1
    total = sum(top.values())
    print("%d execution samples" % total)
    print("\nStages (share of samples with the stage on the stack):")
    for stage in STAGES:
        print("  %-45s %5.1f%%" % (stage, 100.0 * stages[stage] / total))
    print("\nTop innermost frames:")
    for frame, count in top.most_common(12):
        print("  %5.1f%%  %s" % (100.0 * count / total, frame))


if __name__ == "__main__":
    main()
