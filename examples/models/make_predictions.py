#!/usr/bin/env python3
"""Write the two Python-made prediction files of the mlgate examples.

- production/eval-predictions.csv: the model "in production", an earlier and weaker
  logistic regression on the three size measurements only (mean_radius, mean_perimeter,
  mean_area), standardised on train.csv.
- python-gbm/eval-predictions.csv: a candidate "handed over by a Python training job",
  gradient-boosted trees on all 30 features.

Both are trained on examples/data/train.csv and score examples/data/eval.csv. Both are
deterministic (lbfgs has no randomness; the GBM has a fixed random_state), so regenerating
gives byte-identical files with the same scikit-learn version (see README.md).

Usage (from the repository root):
    /usr/bin/python3 examples/models/make_predictions.py
"""
import csv
import os

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
POSITIVE = "malignant"
PRODUCTION_FEATURES = ["mean_radius", "mean_perimeter", "mean_area"]
GBM_RANDOM_STATE = 20240601


def write_predictions(path, evaluation, p_malignant):
    """Columns: sample_id, diagnosis, p_malignant, size_band; rows in sample_id order;
    probabilities in fixed-point notation with 10 decimals (no exponent)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["sample_id", "diagnosis", "p_malignant", "size_band"])
        for (_, row), p in zip(evaluation.iterrows(), p_malignant):
            w.writerow([row["sample_id"], row["diagnosis"], f"{p:.10f}", row["size_band"]])


def main():
    train = pd.read_csv(os.path.join(DATA, "train.csv"))
    evaluation = pd.read_csv(os.path.join(DATA, "eval.csv")).sort_values("sample_id")
    features = [c for c in train.columns if c not in ("sample_id", "intake_date", "size_band", "diagnosis")]
    y = (train["diagnosis"] == POSITIVE).astype(int)

    production = make_pipeline(StandardScaler(), LogisticRegression())
    production.fit(train[PRODUCTION_FEATURES], y)
    write_predictions(os.path.join(HERE, "production", "eval-predictions.csv"), evaluation,
                      production.predict_proba(evaluation[PRODUCTION_FEATURES])[:, 1])

    gbm = GradientBoostingClassifier(random_state=GBM_RANDOM_STATE)
    gbm.fit(train[features], y)
    write_predictions(os.path.join(HERE, "python-gbm", "eval-predictions.csv"), evaluation,
                      gbm.predict_proba(evaluation[features])[:, 1])


if __name__ == "__main__":
    main()
