"""Reference values for dev.mlgate.metrics tests.

Run with Debian's interpreter:  /usr/bin/python3 metrics_reference.py
The printed numbers are pasted into the Java tests, which name the input and the function used.
Integer sample weights are also checked against replicated rows (np.repeat), which is the meaning
mlgate gives them.
"""
import numpy as np
import sklearn
from sklearn import metrics as M

print("sklearn", sklearn.__version__, "numpy", np.__version__)


def show(name, value):
    print(f"{name} = {float(value)!r}")


def show_array(name, values):
    print(f"{name} = {{{', '.join(repr(float(v)) for v in values)}}}")


# ---------------------------------------------------------------- binary inputs
INPUT_A_SCORES = np.array([0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.4, 0.3, 0.2, 0.2, 0.1])
INPUT_A_LABELS = np.array([1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0])
WEIGHTS_A = np.array([1, 2, 0, 1, 3, 1, 1, 0, 2, 1, 1, 4])
EQUAL_SCORES = np.array([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
EQUAL_LABELS = np.array([1, 0, 1, 0, 0, 1])
PERFECT_SCORES = np.array([0.9, 0.8, 0.3, 0.1])
PERFECT_LABELS = np.array([1, 1, 0, 0])
EXTREME_SCORES = np.array([0.0, 1.0, 1.0, 0.0, 0.5, 1e-20])
EXTREME_LABELS = np.array([0, 1, 0, 1, 1, 0])
ONE_CLASS_SCORES = np.array([0.2, 0.4, 0.6])
ONE_CLASS_LABELS = np.array([0, 0, 0])
CAL_SCORES = np.array([0.0, 0.05, 0.1, 0.15, 0.3, 0.3, 0.55, 0.6, 0.7, 0.72, 0.95, 1.0, 0.99, 0.45])
CAL_LABELS = np.array([0, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0])
CAL_WEIGHTS = np.array([2, 1, 1, 3, 0, 1, 1, 2, 1, 1, 1, 2, 1, 1])


def replicate(w, *arrays):
    return [np.repeat(a, w, axis=0) for a in arrays]


def ece(scores, labels, bins=10, weights=None):
    """ECE = sum_b (n_b/n) |mean score_b - positive rate_b|; edges are the doubles i/bins,
    bin i holds edge_i <= p < edge_(i+1), the last bin also holds p = 1."""
    w = np.ones_like(scores) if weights is None else np.asarray(weights, dtype=float)
    edges = np.arange(bins + 1) / bins
    idx = np.minimum(np.searchsorted(edges, scores, side="right") - 1, bins - 1)
    total, out = w.sum(), 0.0
    for b in range(bins):
        m = idx == b
        nb = w[m].sum()
        if nb > 0:
            out += nb / total * abs(np.sum(w[m] * scores[m]) / nb - np.sum(w[m] * labels[m]) / nb)
    return out


def calibration_bins(scores, labels, bins, weights=None):
    w = np.ones_like(scores) if weights is None else np.asarray(weights, dtype=float)
    edges = np.arange(bins + 1) / bins
    idx = np.minimum(np.searchsorted(edges, scores, side="right") - 1, bins - 1)
    for b in range(bins):
        m = idx == b
        nb = w[m].sum()
        if nb > 0:
            print(f"  bin {b}: mean={np.sum(w[m]*scores[m])/nb!r} rate={np.sum(w[m]*labels[m])/nb!r} count={nb!r}")


def binary_block(tag, s, y, w=None):
    print(f"--- {tag}")
    kw = {} if w is None else {"sample_weight": w}
    if len(np.unique(y if w is None else y[w > 0])) == 2:
        show("roc_auc_score", M.roc_auc_score(y, s, **kw))
        fpr, tpr, thr = M.roc_curve(y, s, drop_intermediate=False, **kw)
        show_array("roc_curve fpr", fpr)
        show_array("roc_curve tpr", tpr)
        show_array("roc_curve thresholds", thr)
    show("average_precision_score", M.average_precision_score(y, s, **kw))
    p, r, t = M.precision_recall_curve(y, s, **kw)
    show("auc(recall, precision)", M.auc(r, p))
    show_array("precision_recall_curve precision", p)
    show_array("precision_recall_curve recall", r)
    show_array("precision_recall_curve thresholds", t)
    if s.min() >= 0 and s.max() <= 1:
        show("log_loss(labels=[0,1])", M.log_loss(y, s, labels=[0, 1], **kw))
        show("brier_score_loss", M.brier_score_loss(y, s, **kw))
        show("ece(10 bins, numpy)", ece(s, y, 10, w))
    if w is not None:
        rs, ry = replicate(w, s, y)
        show("replicated roc_auc_score", M.roc_auc_score(ry, rs))
        show("replicated average_precision_score", M.average_precision_score(ry, rs))
        show("replicated log_loss", M.log_loss(ry, rs, labels=[0, 1]))


binary_block("INPUT_A", INPUT_A_SCORES, INPUT_A_LABELS)
binary_block("INPUT_A with WEIGHTS_A", INPUT_A_SCORES, INPUT_A_LABELS, WEIGHTS_A)
binary_block("EQUAL (all scores 0.5)", EQUAL_SCORES, EQUAL_LABELS)
binary_block("PERFECT", PERFECT_SCORES, PERFECT_LABELS)
binary_block("EXTREME (clipping)", EXTREME_SCORES, EXTREME_LABELS)
print("--- ONE_CLASS")
show("log_loss(labels=[0,1])", M.log_loss(ONE_CLASS_LABELS, ONE_CLASS_SCORES, labels=[0, 1]))
show("brier_score_loss", M.brier_score_loss(ONE_CLASS_LABELS, ONE_CLASS_SCORES))
print("--- CAL")
show("ece(10 bins)", ece(CAL_SCORES, CAL_LABELS, 10))
show("ece(4 bins)", ece(CAL_SCORES, CAL_LABELS, 4))
show("ece(10 bins, CAL_WEIGHTS)", ece(CAL_SCORES, CAL_LABELS, 10, CAL_WEIGHTS))
rs, ry = replicate(CAL_WEIGHTS, CAL_SCORES, CAL_LABELS)
show("ece(10 bins, replicated)", ece(rs, ry, 10))
print("calibration bins (10):")
calibration_bins(CAL_SCORES, CAL_LABELS, 10)
print("calibration bins (10, CAL_WEIGHTS):")
calibration_bins(CAL_SCORES, CAL_LABELS, 10, CAL_WEIGHTS)

# ---------------------------------------------------------------- thresholds
print("=== threshold metrics (y_pred = score >= t)")


def threshold_block(tag, s, y, t, w=None):
    kw = {} if w is None else {"sample_weight": w}
    pred = (s >= t).astype(int)
    print(f"--- {tag} at {t}")
    show("accuracy_score", M.accuracy_score(y, pred, **kw))
    show("balanced_accuracy_score", M.balanced_accuracy_score(y, pred, **kw))
    show("matthews_corrcoef", M.matthews_corrcoef(y, pred, **kw))
    for zd in (0, 1):
        show(f"precision_score(zero_division={zd})", M.precision_score(y, pred, zero_division=zd, **kw))
        show(f"recall_score(zero_division={zd})", M.recall_score(y, pred, zero_division=zd, **kw))
        show(f"specificity = recall_score(pos_label=0, zero_division={zd})",
             M.recall_score(y, pred, pos_label=0, zero_division=zd, **kw))
        show(f"f1_score(zero_division={zd})", M.f1_score(y, pred, zero_division=zd, **kw))
        show(f"fbeta_score(beta=2, zero_division={zd})", M.fbeta_score(y, pred, beta=2, zero_division=zd, **kw))
        show(f"fbeta_score(beta=0.5, zero_division={zd})", M.fbeta_score(y, pred, beta=0.5, zero_division=zd, **kw))


import warnings
warnings.simplefilter("ignore")
threshold_block("INPUT_A", INPUT_A_SCORES, INPUT_A_LABELS, 0.6)
threshold_block("INPUT_A with WEIGHTS_A", INPUT_A_SCORES, INPUT_A_LABELS, 0.6, WEIGHTS_A)
threshold_block("INPUT_A (nothing predicted positive)", INPUT_A_SCORES, INPUT_A_LABELS, 0.95)
threshold_block("ONE_CLASS (no positives, some predicted)", ONE_CLASS_SCORES, ONE_CLASS_LABELS, 0.3)
threshold_block("ONE_CLASS (no positives, none predicted)", ONE_CLASS_SCORES, ONE_CLASS_LABELS, 0.9)
threshold_block("PERFECT", PERFECT_SCORES, PERFECT_LABELS, 0.5)

# ---------------------------------------------------------------- multiclass
print("=== multiclass (labels=[0, 1, 2])")
MC_LABELS = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 0])
MC_PROBS = np.array([
    [0.7, 0.2, 0.1],
    [0.4, 0.4, 0.2],   # tie between 0 and 1, true class 1
    [0.25, 0.25, 0.5],
    [0.4, 0.4, 0.2],   # tie between 0 and 1, true class 0
    [0.1, 0.8, 0.1],
    [0.3, 0.5, 0.2],
    [1.0, 0.0, 0.0],
    [0.0, 0.0, 1.0],   # confidently wrong: clipping matters
    [0.2, 0.2, 0.6],
    [0.5, 0.3, 0.2],
    [0.6, 0.3, 0.1],
    [0.2, 0.3, 0.5],
])
MC_WEIGHTS = np.array([1, 2, 0, 1, 1, 3, 1, 0, 2, 1, 1, 1])
LABELS3 = [0, 1, 2]


def multiclass_block(tag, y, proba, w=None):
    kw = {} if w is None else {"sample_weight": w}
    pred = proba.argmax(axis=1)
    print(f"--- {tag}  (argmax predictions {pred.tolist()})")
    show("accuracy_score(argmax)", M.accuracy_score(y, pred, **kw))
    for k in (1, 2, 3):
        show(f"top_k_accuracy_score(k={k})", M.top_k_accuracy_score(y, proba, k=k, labels=LABELS3, **kw))
    for avg in ("macro", "micro", "weighted"):
        for zd in (0, 1):
            show(f"precision_score({avg}, zero_division={zd})", M.precision_score(y, pred, average=avg, zero_division=zd, **kw))
            show(f"recall_score({avg}, zero_division={zd})", M.recall_score(y, pred, average=avg, zero_division=zd, **kw))
            show(f"f1_score({avg}, zero_division={zd})", M.f1_score(y, pred, average=avg, zero_division=zd, **kw))
    show("log_loss(labels=[0,1,2])", M.log_loss(y, proba, labels=LABELS3, **kw))
    show("roc_auc_score(ovr, macro)", M.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=LABELS3, **kw))
    show("roc_auc_score(ovr, weighted)", M.roc_auc_score(y, proba, multi_class="ovr", average="weighted", labels=LABELS3, **kw))
    if w is not None:
        ry, rp = replicate(w, y, proba)
        show("replicated log_loss", M.log_loss(ry, rp, labels=LABELS3))
        show("replicated roc_auc_score(ovr, macro)", M.roc_auc_score(ry, rp, multi_class="ovr", labels=LABELS3))
        show("replicated f1_score(macro)", M.f1_score(ry, rp.argmax(axis=1), average="macro"))


multiclass_block("MC", MC_LABELS, MC_PROBS)
multiclass_block("MC with MC_WEIGHTS", MC_LABELS, MC_PROBS, MC_WEIGHTS)


def predicted_block(tag, y, pred):
    print(f"--- {tag}")
    show("accuracy_score", M.accuracy_score(y, pred))
    for avg in ("macro", "micro", "weighted"):
        for zd in (0, 1):
            show(f"precision_score({avg}, zero_division={zd})", M.precision_score(y, pred, average=avg, zero_division=zd))
            show(f"recall_score({avg}, zero_division={zd})", M.recall_score(y, pred, average=avg, zero_division=zd))
            show(f"f1_score({avg}, zero_division={zd})", M.f1_score(y, pred, average=avg, zero_division=zd))


predicted_block("NEVER_PREDICTED: class 2 never predicted", np.array([0, 0, 1, 1, 2, 2]), np.array([0, 0, 0, 1, 1, 1]))
predicted_block("NEVER_TRUE: class 2 predicted but never true", np.array([0, 0, 1, 1]), np.array([0, 2, 1, 1]))
predicted_block("PERFECT_MC", np.array([0, 1, 2, 2]), np.array([0, 1, 2, 2]))

print("--- TWO_CLASS top_k (binary path: class 1 predicted when p1 > 0.5)")
TWO_LABELS = np.array([1, 0, 1, 0])
TWO_P1 = np.array([0.5, 0.5, 0.9, 0.2])
show("top_k_accuracy_score(k=1)", M.top_k_accuracy_score(TWO_LABELS, TWO_P1, k=1, labels=[0, 1]))

# ---------------------------------------------------------------- regression
print("=== regression")
REG_ACTUAL = np.array([3.0, -0.5, 2.0, 7.0, 0.0, 4.5, 1.25, 10.0])
REG_PRED = np.array([2.5, 0.0, 2.0, 8.0, 0.25, 4.0, 1.0, 7.5])
REG_WEIGHTS = np.array([1, 3, 0, 2, 1, 1, 4, 2])


def regression_block(tag, y, p, w=None):
    kw = {} if w is None else {"sample_weight": w}
    print(f"--- {tag}")
    show("mean_squared_error(squared=False)", M.mean_squared_error(y, p, squared=False, **kw))
    show("mean_absolute_error", M.mean_absolute_error(y, p, **kw))
    show("mean_absolute_percentage_error", M.mean_absolute_percentage_error(y, p, **kw))
    show("r2_score", M.r2_score(y, p, **kw))
    show("explained_variance_score", M.explained_variance_score(y, p, **kw))
    show("max_error (rows with weight > 0)", M.max_error(y if w is None else y[w > 0], p if w is None else p[w > 0]))
    if w is None:
        show("median_absolute_error", M.median_absolute_error(y, p))
    else:
        ry, rp = replicate(w, y, p)
        show("median_absolute_error on replicated rows", M.median_absolute_error(ry, rp))
        show("(sklearn sample_weight path, not used) median_absolute_error(sample_weight)",
             M.median_absolute_error(y, p, sample_weight=w))
        show("replicated r2_score", M.r2_score(ry, rp))
        show("replicated mean_absolute_percentage_error", M.mean_absolute_percentage_error(ry, rp))


regression_block("REG", REG_ACTUAL, REG_PRED)
regression_block("REG with REG_WEIGHTS", REG_ACTUAL, REG_PRED, REG_WEIGHTS)
regression_block("REG odd count (first 7 rows)", REG_ACTUAL[:7], REG_PRED[:7])
regression_block("CONSTANT_ACTUAL imperfect", np.array([2.0, 2.0, 2.0, 2.0]), np.array([2.0, 2.5, 1.0, 2.0]))
regression_block("CONSTANT_ACTUAL perfect", np.array([2.0, 2.0, 2.0]), np.array([2.0, 2.0, 2.0]))
regression_block("PERFECT_REG", np.array([1.0, 2.0, 3.5]), np.array([1.0, 2.0, 3.5]))
regression_block("CONSTANT_RESIDUAL", np.array([1.0, 2.0, 4.0]), np.array([0.5, 1.5, 3.5]))
print("--- ONE_ROW")
show("r2_score (warns, NaN)", M.r2_score([1.0], [2.0]))
print("--- MEDIAN (absolute errors 0.1, 0.5, 1.0, 1.5)")
MED_ACTUAL = np.array([1.0, 2.0, 3.0, 4.0])
MED_PRED = np.array([1.1, 2.5, 2.0, 5.5])
show("median_absolute_error", M.median_absolute_error(MED_ACTUAL, MED_PRED))
for w in ([1, 1, 3, 1], [2, 1, 1, 2], [0, 1, 1, 1]):
    ry, rp = replicate(np.array(w), MED_ACTUAL, MED_PRED)
    show(f"median_absolute_error on rows replicated by {w}", M.median_absolute_error(ry, rp))
    show(f"(sklearn sample_weight path, not used) median_absolute_error(sample_weight={w})",
         M.median_absolute_error(MED_ACTUAL, MED_PRED, sample_weight=w))

# ---------------------------------------------------------------- bootstrap helpers
print("=== bootstrap")
show_array("np.percentile([1, 2, 3, 4, 10], [2.5, 97.5])", np.percentile([1, 2, 3, 4, 10], [2.5, 97.5]))
from scipy.stats import binom, norm
show("true AUC of binormal scores with d = 1: Phi(1/sqrt(2))", norm.cdf(1 / np.sqrt(2)))
show("P(covered < 176 of 200 | coverage 0.95)", binom.cdf(175, 200, 0.95))
show("P(covered > 198 of 200 | coverage 0.95)", binom.sf(198, 200, 0.95))
