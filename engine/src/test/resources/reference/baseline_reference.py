#!/usr/bin/env python3
"""Reference values for BaselineComparisonTests and PairedBootstrapTest.

Run from engine/src/test/resources: /usr/bin/python3 reference/baseline_reference.py
(Debian python3-statsmodels 0.13.5, numpy 1.24.2, scikit-learn 1.2.1)
"""
import csv
import numpy as np
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from statsmodels.stats.contingency_tables import mcnemar


def read(path, key):
    with open(path) as f:
        return {row[key]: row for row in csv.DictReader(f)}


cand = read("fixtures/baseline/candidate.csv", "id")
prod = read("fixtures/baseline/production.csv", "id")
ids = list(cand)  # candidate file order
y = np.array([int(cand[i]["churned"]) for i in ids])
pc = np.array([float(cand[i]["p_churn"]) for i in ids])
pb = np.array([float(prod[i]["p_churn"]) for i in ids])

print("// sklearn %s" % __import__("sklearn").__version__)
print("// roc_auc candidate=%r baseline=%r" % (roc_auc_score(y, pc), roc_auc_score(y, pb)))
print("// log_loss candidate=%r baseline=%r" % (log_loss(y, pc, labels=[0, 1]), log_loss(y, pb, labels=[0, 1])))
yc, yb = pc >= 0.5, pb >= 0.5
print("// accuracy@0.5 candidate=%r baseline=%r" % (accuracy_score(y, yc), accuracy_score(y, yb)))
right_c, right_b = yc == (y == 1), yb == (y == 1)
b = int(np.sum(right_c & ~right_b))
c = int(np.sum(~right_c & right_b))
table = [[int(np.sum(right_c & right_b)), b], [c, int(np.sum(~right_c & ~right_b))]]
for name, kwargs in [("exact", dict(exact=True)),
                     ("chi2 corrected", dict(exact=False, correction=True)),
                     ("chi2 uncorrected", dict(exact=False, correction=False))]:
    r = mcnemar(table, **kwargs)
    print("// statsmodels %s mcnemar b=%d c=%d: statistic=%r p=%r" % (name, b, c, r.statistic, r.pvalue))
print("// churn at 0.5: changed=%d negToPos=%d posToNeg=%d of %d" % (
    int(np.sum(yc != yb)), int(np.sum(yc & ~yb)), int(np.sum(~yc & yb)), len(y)))

# PairedBootstrapTest: numpy percentile (default linear) and the stated p-value formula on fixed differences.
d = np.array([0.031, -0.004, 0.012, 0.0, 0.027, 0.019, -0.011, 0.008, 0.022, 0.015, 0.0, 0.041])
lo, hi = np.percentile(d, [2.5, 97.5])
k = min(np.sum(d <= 0), np.sum(d >= 0))
print("// differences percentile 2.5=%r 97.5=%r p=%r" % (lo, hi, min(1.0, 2.0 * (1 + k) / (len(d) + 1))))
