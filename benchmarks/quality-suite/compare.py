"""Checks that mlgate (report.json of QualitySuite and ComparisonSuite) and sklearn_suite.py computed the
same values: point metrics within 1e-9, DeLong's z within 1e-6 relative, McNemar's discordant counts
exactly, p-values within 1e-6 relative where both are above 1e-300 (smaller ones underflow in both tools).

Usage: /usr/bin/python3 compare.py <report.json> <sklearn.json>; exits 1 on a mismatch.
"""
import json
import sys

QUALITY = {"rocAuc": "roc_auc", "averagePrecision": "average_precision", "logLoss": "log_loss",
           "brierScore": "brier_score", "precision": "precision@0.5", "recall": "recall@0.5", "f1": "f1@0.5",
           "accuracy": "accuracy@0.5"}
MCNEMAR = {"accuracy@0.5": "exact@0.5", "accuracy@0.4": "exact@0.4", "accuracy@0.6": "chi2@0.6"}


def mlgate_values(report):
    values = {}
    for suite in report["suites"]:
        for check in suite["checks"]:
            member, metric, details = check.get("member"), check.get("metric"), check.get("details", {})
            prefix = check["slice"] + "." if check.get("slice") else ""
            if suite["class"].endswith("QualitySuite"):
                if member in QUALITY or member == "rocAucPerSegment":
                    values[prefix + "candidate." + metric] = check["observed"]
                continue
            if "candidate" in details:
                values[prefix + "candidate." + metric] = float(details["candidate"])
                values[prefix + "production." + metric] = float(details["baseline"])
            if details.get("test") == "DeLong":
                values[prefix + "delong.z"] = float(details["z"])
                values[prefix + "delong.p"] = check["p"]
            elif details.get("test", "").startswith("McNemar"):
                name = MCNEMAR[metric]
                values[prefix + "mcnemar.%s.p" % name] = check["p"]
                values[prefix + "mcnemar.%s.b" % name] = float(details["b"])
                values[prefix + "mcnemar.%s.c" % name] = float(details["c"])
    return values


def agrees(key, a, b):
    if key.endswith(".p"):
        return (a < 1e-300 and b < 1e-300) or abs(a - b) <= 1e-6 * max(abs(a), abs(b))
    if key.endswith(".z"):
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    return abs(a - b) <= 1e-9


def main():
    with open(sys.argv[1]) as f:
        mine = mlgate_values(json.load(f))
    with open(sys.argv[2]) as f:
        theirs = json.load(f)
    compared = [key for key in sorted(mine) if key in theirs]
    bad = [key for key in compared if not agrees(key, mine[key], theirs[key])]
    worst = max((abs(mine[k] - theirs[k]) for k in compared if not k.endswith((".p", ".z", ".b", ".c"))), default=0)
    for key in bad:
        print("MISMATCH %s: mlgate %r, scikit-learn %r" % (key, mine[key], theirs[key]))
    print("%d values compared (%d mlgate values), %d mismatches, largest point-metric difference %.2e"
          % (len(compared), len(mine), len(bad), worst))
    for key in ("candidate.roc_auc", "production.roc_auc", "delong.z", "delong.p"):
        if key in compared:
            print("  %s: mlgate %r, scikit-learn %r" % (key, mine[key], theirs[key]))
    sys.exit(1 if bad or not compared else 0)


if __name__ == "__main__":
    main()
