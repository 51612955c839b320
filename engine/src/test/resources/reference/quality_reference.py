"""Fixtures and reference values for the model-quality engine tests (dev.mlgate.quality).

Run with Debian's interpreter:   /usr/bin/python3 quality_reference.py [--write]
(scikit-learn 1.2.1, numpy 1.24). With --write it (re)writes the fixture files under
../fixtures/quality/; without it, it only reads them back and prints the reference values, which are
pasted into ModelQualityEngineTests next to the name of the function that produced them. The values
are computed from the files as written (rounded), exactly what the engine reads.

Fairness definitions (fairlearn is not installed, so they are computed by hand with numpy, following
fairlearn 0.8's documentation):
  demographic_parity_difference = max_g selection_rate_g - min_g selection_rate_g,
      selection_rate_g = mean(y_pred == 1) over the rows of group g;
  equal_opportunity_difference  = max_g TPR_g - min_g TPR_g (fairlearn's true_positive_rate_difference),
      TPR_g = recall of y_pred on the rows of group g;
  with y_pred = score >= 0.5 and the groups restricted to those with at least 30 rows.
"""
import csv
import gzip
import json
import os
import sys

import numpy as np
import sklearn
from sklearn import metrics as M
from sklearn.datasets import load_diabetes, load_iris
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import train_test_split

print("sklearn", sklearn.__version__, "numpy", np.__version__)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "fixtures", "quality")
WRITE = "--write" in sys.argv


def show(name, value):
    print(f"{name} = {float(value)!r}")


def write_csv(name, header, rows):
    if WRITE:
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, name), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)


def read_csv(name):
    with open(os.path.join(OUT, name), newline="") as f:
        return list(csv.DictReader(f))


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


# ------------------------------------------------------------------ binary.csv: 300 churn predictions
rng = np.random.RandomState(20240501)
segments = ["retail"] * 160 + ["enterprise"] * 120 + ["smb"] * 20
base_rate = {"retail": 0.35, "enterprise": 0.5, "smb": 0.4}
shift = {"retail": -0.3, "enterprise": 0.4, "smb": 0.0}
rows = []
for i, seg in enumerate(segments):
    y = int(rng.rand() < base_rate[seg])
    s = sigmoid(1.6 * (2 * y - 1) + shift[seg] + rng.normal(0, 1.3))
    rows.append([i + 1, y, f"{s:.4f}", seg])
rows[41][0] = rows[40][0]  # one duplicate id: kept, not an error
order = rng.permutation(len(rows))
rows = [rows[k] for k in order]
write_csv("binary.csv", ["id", "churned", "p_churn", "segment"], rows)
if WRITE:
    with open(os.path.join(OUT, "binary.csv"), "rb") as f, open(os.path.join(OUT, "binary.csv.gz"), "wb") as raw, \
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as g:
        g.write(f.read())

b = read_csv("binary.csv")
y = np.array([int(r["churned"]) for r in b])
s = np.array([float(r["p_churn"]) for r in b])
seg = np.array([r["segment"] for r in b])
print("--- binary.csv", len(b), "rows")
show("roc_auc_score", M.roc_auc_score(y, s))
show("average_precision_score", M.average_precision_score(y, s))
show("log_loss", M.log_loss(y, s, labels=[0, 1]))
show("brier_score_loss", M.brier_score_loss(y, s))
fpr, tpr, _ = M.roc_curve(y, s, drop_intermediate=False)
print("roc_curve(drop_intermediate=False) points =", len(fpr), "first", (fpr[0], tpr[0]), "last", (fpr[-1], tpr[-1]))
p, r, _ = M.precision_recall_curve(y, s)
print("precision_recall_curve points =", len(p))
pred = (s >= 0.5).astype(int)
for g in ["retail", "enterprise", "smb"]:
    m = seg == g
    print(f"  {g}: n={m.sum()} positives={y[m].sum()}")
    show(f"  {g} roc_auc_score", M.roc_auc_score(y[m], s[m]))
    show(f"  {g} selection rate (mean(y_pred))", pred[m].mean())
    show(f"  {g} recall_score", M.recall_score(y[m], pred[m]))
big = [g for g in ["retail", "enterprise", "smb"] if (seg == g).sum() >= 30]
rates = {g: pred[seg == g].mean() for g in big}
tprs = {g: M.recall_score(y[seg == g], pred[seg == g]) for g in big}
show("demographic_parity_difference (groups >= 30 rows)", max(rates.values()) - min(rates.values()))
show("equal_opportunity_difference (groups >= 30 rows)", max(tprs.values()) - min(tprs.values()))
aucs = {g: M.roc_auc_score(y[seg == g], s[seg == g]) for g in big}
show("roc_auc gap (groups >= 30 rows)", max(aucs.values()) - min(aucs.values()))

# ------------------------------------------------------------------ noisy.csv: 40 rows, AUC near 0.8
rng = np.random.RandomState(7)
rows = []
for i in range(40):
    y1 = i % 2
    sc = sigmoid(1.2 * (2 * y1 - 1) + rng.normal(0, 1.2))
    rows.append([i + 1, y1, f"{sc:.4f}"])
write_csv("noisy.csv", ["id", "label", "score"], rows)
n = read_csv("noisy.csv")
ny = np.array([int(r["label"]) for r in n])
ns = np.array([float(r["score"]) for r in n])
print("--- noisy.csv", len(n), "rows")
show("roc_auc_score", M.roc_auc_score(ny, ns))
boot = np.random.RandomState(1)
vals = []
for _ in range(20000):
    idx = boot.randint(0, len(ny), len(ny))
    if len(np.unique(ny[idx])) == 2:
        vals.append(M.roc_auc_score(ny[idx], ns[idx]))
show("mean score (numpy mean)", ns.mean())
show("classic bootstrap 95% percentile interval lower (numpy, 20000 resamples)", np.percentile(vals, 2.5))
show("classic bootstrap 95% percentile interval upper (numpy, 20000 resamples)", np.percentile(vals, 97.5))

# ------------------------------------------------------------------ iris: multiclass probabilities
iris = load_iris()
names = list(iris.target_names)
Xtr, Xte, ytr, yte = train_test_split(iris.data, iris.target, test_size=50, random_state=3, stratify=iris.target)
clf = LogisticRegression(C=0.05, max_iter=1000).fit(Xtr, ytr)
proba = clf.predict_proba(Xte)
rows = []
for i in range(len(yte)):
    pr = [round(float(v), 6) for v in proba[i]]
    pr[2] = round(1.0 - pr[0] - pr[1], 6)
    rows.append([i + 1, names[yte[i]]] + [f"{v:.6f}" for v in pr] + [names[int(np.argmax(proba[i]))],
                                                                         "long" if Xte[i][0] >= 5.8 else "short"])
header = ["id", "species", "p_setosa", "p_versicolor", "p_virginica", "predicted", "sepal"]
write_csv("iris.csv", header, rows)
if WRITE:
    with open(os.path.join(OUT, "iris.jsonl"), "w") as f:
        for row in rows:
            f.write(json.dumps({"id": row[0], "species": row[1], "p_setosa": float(row[2]),
                                "p_versicolor": float(row[3]), "p_virginica": float(row[4]),
                                "predicted": row[5], "sepal": row[6]}) + "\n")
ir = read_csv("iris.csv")
iy = np.array([names.index(r["species"]) for r in ir])
ip = np.array([[float(r["p_setosa"]), float(r["p_versicolor"]), float(r["p_virginica"])] for r in ir])
ipred = np.array([names.index(r["predicted"]) for r in ir])
print("--- iris.csv", len(ir), "rows")
show("accuracy_score(y, argmax(proba))", M.accuracy_score(iy, ip.argmax(axis=1)))
show("f1_score(average='macro', argmax(proba))", M.f1_score(iy, ip.argmax(axis=1), average="macro"))
show("log_loss", M.log_loss(iy, ip, labels=[0, 1, 2]))
show("roc_auc_score(multi_class='ovr', average='macro')", M.roc_auc_score(iy, ip, multi_class="ovr"))
show("top_k_accuracy_score(k=2)", M.top_k_accuracy_score(iy, ip, k=2, labels=[0, 1, 2]))
show("accuracy_score(y, predicted column)", M.accuracy_score(iy, ipred))
show("recall_score(average='macro', predicted column)", M.recall_score(iy, ipred, average="macro"))
for g in ["long", "short"]:
    m = np.array([r["sepal"] == g for r in ir])
    print(f"  sepal={g}: n={m.sum()}")
    show(f"  sepal={g} accuracy_score(argmax)", M.accuracy_score(iy[m], ip[m].argmax(axis=1)))

# ------------------------------------------------------------------ diabetes: regression
dia = load_diabetes()
Xtr, Xte, ytr, yte = train_test_split(dia.data, dia.target, test_size=100, random_state=5)
reg = LinearRegression().fit(Xtr, ytr)
pr = reg.predict(Xte)
rows = [[i + 1, f"{yte[i]:.1f}", f"{pr[i]:.3f}", "M" if Xte[i][1] > 0 else "F"] for i in range(len(yte))]
write_csv("diabetes.csv", ["id", "progression", "predicted", "sex"], rows)
d = read_csv("diabetes.csv")
dy = np.array([float(r["progression"]) for r in d])
dp = np.array([float(r["predicted"]) for r in d])
print("--- diabetes.csv", len(d), "rows")
show("mean_squared_error(squared=False)", M.mean_squared_error(dy, dp, squared=False))
show("mean_absolute_error", M.mean_absolute_error(dy, dp))
show("r2_score", M.r2_score(dy, dp))
show("explained_variance_score", M.explained_variance_score(dy, dp))
for g in ["F", "M"]:
    m = np.array([r["sex"] == g for r in d])
    print(f"  sex={g}: n={m.sum()}")
    show(f"  sex={g} r2_score", M.r2_score(dy[m], dp[m]))

# ------------------------------------------------------------------ eval-features.csv: scored in-process
rng = np.random.RandomState(11)
rows = []
for i in range(120):
    x1 = round(rng.normal(0, 1), 3)
    x2 = round(rng.normal(0, 1), 3)
    yy = int(rng.rand() < sigmoid(0.5 + 1.2 * x1 - 1.5 * x2 + rng.normal(0, 1.0)))
    rows.append([i + 1, f"{x1:.3f}", f"{x2:.3f}", yy])
write_csv("eval-features.csv", ["id", "x1", "x2", "default"], rows)
e = read_csv("eval-features.csv")
ex1 = np.array([float(r["x1"]) for r in e])
ex2 = np.array([float(r["x2"]) for r in e])
ey = np.array([int(r["default"]) for r in e])
es = 1.0 / (1.0 + np.exp(-(0.8 + 1.5 * ex1 - 2.0 * ex2)))
print("--- eval-features.csv scored by p = 1 / (1 + exp(-(0.8 + 1.5 x1 - 2.0 x2)))", len(e), "rows")
show("roc_auc_score", M.roc_auc_score(ey, es))
show("log_loss", M.log_loss(ey, es, labels=[0, 1]))
