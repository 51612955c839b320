"""The quality-suite benchmark's reference (issue "Speed"): what QualitySuite and ComparisonSuite compute,
done the way a Python team would, from the same CSV file, imports and load included.

Point metrics with scikit-learn, DeLong's test for correlated ROC AUCs in numpy (Sun and Xu's fast
midrank algorithm), McNemar's test with statsmodels. No bootstrap: the script is the reference for the
point metrics and the two tests. Prints one JSON object of every value, keyed like mlgate's report entries.

Usage: /usr/bin/python3 sklearn_suite.py <predictions.csv> [out.json]
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy.stats import norm
from sklearn.metrics import (accuracy_score, average_precision_score, brier_score_loss, f1_score, log_loss,
                             precision_score, recall_score, roc_auc_score)
from statsmodels.stats.contingency_tables import mcnemar


def midrank(x):
    """1-based ranks with ties given the mean of their ranks."""
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    new_group = np.r_[True, xs[1:] != xs[:-1]]
    starts = np.flatnonzero(new_group)
    ends = np.r_[starts[1:], len(x)]
    ranks = np.empty(len(x))
    ranks[order] = ((starts + 1 + ends) / 2.0)[np.cumsum(new_group) - 1]
    return ranks


def delong(y, a, b):
    """DeLong's test of two correlated ROC AUCs: (auc_a, auc_b, z, p)."""
    pos, neg = a[y == 1], a[y == 0]
    m, n = len(pos), len(neg)
    v01, v10, aucs = [], [], []
    for s in (a, b):
        sp, sn = s[y == 1], s[y == 0]
        tx, ty, tz = midrank(sp), midrank(sn), midrank(np.r_[sp, sn])
        aucs.append((tz[:m].sum() - m * (m + 1) / 2.0) / (m * n))
        v01.append((tz[:m] - tx) / n)
        v10.append(1.0 - (tz[m:] - ty) / m)
    sx, sy = np.cov(np.array(v01)), np.cov(np.array(v10))
    s = sx / m + sy / n
    z = (aucs[0] - aucs[1]) / np.sqrt(s[0, 0] + s[1, 1] - 2 * s[0, 1])
    return aucs[0], aucs[1], z, 2 * norm.sf(abs(z))


def mcnemar_test(y, a, b, threshold, exact=True):
    right_a, right_b = (a >= threshold) == (y == 1), (b >= threshold) == (y == 1)
    table = [[np.sum(right_a & right_b), np.sum(right_a & ~right_b)],
             [np.sum(~right_a & right_b), np.sum(~right_a & ~right_b)]]
    result = mcnemar(table, exact=exact, correction=False)
    return float(result.pvalue), table[0][1], table[1][0]


def point_metrics(y, s, prefix, out):
    predicted = (s >= 0.5).astype(int)
    out[prefix + "roc_auc"] = roc_auc_score(y, s)
    out[prefix + "average_precision"] = average_precision_score(y, s)
    out[prefix + "log_loss"] = log_loss(y, s)
    out[prefix + "brier_score"] = brier_score_loss(y, s)
    out[prefix + "precision@0.5"] = precision_score(y, predicted)
    out[prefix + "recall@0.5"] = recall_score(y, predicted)
    out[prefix + "f1@0.5"] = f1_score(y, predicted)
    out[prefix + "accuracy@0.5"] = accuracy_score(y, predicted)
    for t in (0.4, 0.6):
        out[prefix + "accuracy@%s" % t] = accuracy_score(y, (s >= t).astype(int))


def tests(y, a, b, prefix, out):
    """DeLong's z and p; McNemar's p and discordant counts (b: only the candidate right, c: only production)."""
    _, _, out[prefix + "delong.z"], out[prefix + "delong.p"] = delong(y, a, b)
    for name, threshold, exact in (("exact@0.5", 0.5, True), ("exact@0.4", 0.4, True), ("chi2@0.6", 0.6, False)):
        p, b_count, c_count = mcnemar_test(y, a, b, threshold, exact)
        out[prefix + "mcnemar.%s.p" % name] = p
        out[prefix + "mcnemar.%s.b" % name] = b_count
        out[prefix + "mcnemar.%s.c" % name] = c_count


def main():
    frame = pd.read_csv(sys.argv[1], usecols=["label", "segment", "candidate", "production"])
    y = frame["label"].to_numpy()
    a = frame["candidate"].to_numpy()
    b = frame["production"].to_numpy()
    out = {}
    point_metrics(y, a, "candidate.", out)
    point_metrics(y, b, "production.", out)
    tests(y, a, b, "", out)
    for segment, rows in frame.groupby("segment").indices.items():
        ys, sa, sb = y[rows], a[rows], b[rows]
        out["segment=%s.candidate.roc_auc" % segment] = roc_auc_score(ys, sa)
        out["segment=%s.candidate.average_precision" % segment] = average_precision_score(ys, sa)
        out["segment=%s.production.average_precision" % segment] = average_precision_score(ys, sb)
        out["segment=%s.candidate.accuracy@0.5" % segment] = accuracy_score(ys, (sa >= 0.5).astype(int))
        tests(ys, sa, sb, "segment=%s." % segment, out)
    text = json.dumps({k: float(v) for k, v in sorted(out.items())}, indent=1)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as f:
            f.write(text)
    print("%d rows, %d values, candidate roc_auc %.6f" % (len(y), len(out), out["candidate.roc_auc"]))


if __name__ == "__main__":
    main()
