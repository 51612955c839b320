# Writes the regression and multiclass comparison fixtures and prints the reference values the tests pin.
# Run with Debian's python3 (scipy 1.10.1, scikit-learn 1.2.1, numpy 1.24.2):
#   cd engine/src/test/resources && /usr/bin/python3 reference/comparison_views_reference.py
import numpy as np
from scipy import stats
from sklearn.metrics import mean_squared_error, accuracy_score, log_loss

rng = np.random.default_rng(7)
n = 40
ids = np.arange(501, 501 + n)
region = np.where(np.arange(n) % 2 == 0, "north", "south")
y = np.round(rng.normal(100, 20, n), 2)
cand = np.round(y + rng.normal(1, 5, n), 2)
prod = np.round(y + rng.normal(3, 9, n), 2)
order = rng.permutation(n)
with open("fixtures/baseline/regression/candidate.csv", "w") as f:
    f.write("id,target,predicted,region\n")
    for i in range(n):
        f.write(f"{ids[i]},{y[i]},{cand[i]},{region[i]}\n")
with open("fixtures/baseline/regression/production.csv", "w") as f:
    f.write("id,target,predicted\n")
    for i in order:
        f.write(f"{ids[i]},{y[i]},{prod[i]}\n")
with open("fixtures/baseline/regression/two-predictions.csv", "w") as f:
    f.write("id,target,predicted,predicted_prod,region\n")
    for i in range(n):
        f.write(f"{ids[i]},{y[i]},{cand[i]},{prod[i]},{region[i]}\n")
print("rmse", mean_squared_error(y, cand, squared=False), mean_squared_error(y, prod, squared=False))
print("mse", mean_squared_error(y, cand), mean_squared_error(y, prod))
sq = (cand - y) ** 2 - (prod - y) ** 2
ab = np.abs(cand - y) - np.abs(prod - y)
print("ttest_rel squared", stats.ttest_rel((cand - y) ** 2, (prod - y) ** 2))
print("wilcoxon absolute", stats.wilcoxon(ab), "(one tie among |d|: mlgate takes method='approx')",
      stats.wilcoxon(ab, method="approx"))
print("wilcoxon squared", stats.wilcoxon(sq))
for r in ["north", "south"]:
    m = region == r
    print(r, "ttest_rel squared", m.sum(), "rows", stats.ttest_rel((cand[m] - y[m]) ** 2, (prod[m] - y[m]) ** 2))

classes = ["cat", "dog", "bird"]
m = 36
label = rng.integers(0, 3, m)
def probs(skill):
    logits = rng.normal(0, 1, (m, 3))
    logits[np.arange(m), label] += skill
    p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    p = np.round(p, 4)
    p[:, 2] = np.round(1 - p[:, 0] - p[:, 1], 4)
    return p
pc, pp = probs(2.0), probs(0.7)
with open("fixtures/baseline/multiclass/candidate.csv", "w") as f:
    f.write("id,animal,p_cat,p_dog,p_bird,predicted,predicted_prod\n")
    for i in range(m):
        f.write(f"{i+1},{classes[label[i]]},{pc[i,0]},{pc[i,1]},{pc[i,2]},{classes[pc[i].argmax()]},{classes[pp[i].argmax()]}\n")
with open("fixtures/baseline/multiclass/production.csv", "w") as f:
    f.write("id,animal,p_cat,p_dog,p_bird\n")
    for i in reversed(range(m)):
        f.write(f"{i+1},{classes[label[i]]},{pp[i,0]},{pp[i,1]},{pp[i,2]}\n")
ca, pa = pc.argmax(1) == label, pp.argmax(1) == label
b, c = int((ca & ~pa).sum()), int((~ca & pa).sum())
print("accuracy", accuracy_score(label, pc.argmax(1)), accuracy_score(label, pp.argmax(1)))
print("mcnemar exact b c", b, c, stats.binomtest(min(b, c), b + c, 0.5).pvalue)
print("log_loss", log_loss(label, pc, labels=[0, 1, 2]), log_loss(label, pp, labels=[0, 1, 2]))
print("holm", np.minimum(1, np.maximum.accumulate(np.sort([stats.ttest_rel((cand[region == r] - y[region == r]) ** 2,
      (prod[region == r] - y[region == r]) ** 2).pvalue for r in ["north", "south"]]) * np.array([2, 1]))))
