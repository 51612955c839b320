#!/usr/bin/env python3
"""Print scikit-learn's ROC AUC (and log loss) of prediction files with the columns
sample_id, diagnosis, p_malignant, size_band; overall and per size_band.

Usage: /usr/bin/python3 examples/models/roc_auc.py FILE [FILE ...]
"""
import sys

import pandas as pd
from sklearn.metrics import log_loss, roc_auc_score

for path in sys.argv[1:]:
    p = pd.read_csv(path)
    y = (p["diagnosis"] == "malignant").astype(int)
    line = f"{path}: n={len(p)} roc_auc={roc_auc_score(y, p['p_malignant']):.6f} " \
           f"log_loss={log_loss(y, p['p_malignant']):.6f}"
    for band, g in p.groupby("size_band"):
        yb = (g["diagnosis"] == "malignant").astype(int)
        auc = roc_auc_score(yb, g["p_malignant"]) if 0 < yb.sum() < len(yb) else float("nan")
        line += f" | {band}: n={len(g)} pos={yb.sum()} auc={auc:.4f}"
    print(line)
