#!/usr/bin/env python3
"""Builds the files of the comparison tests from what make_models.py committed (binary.csv, binary_expected.csv).

Run from this directory with numpy and scikit-learn (Debian's python3-sklearn):

    /usr/bin/python3 make_comparison.py

- comparison_candidate.csv: id, label and p, the predictions binary_logreg.onnx must give, as make_models.py
  computed them with numpy -- the predictions file of the same candidate the model-file comparison scores;
- comparison_production.csv: id, label and p_prod, a "production" logistic model with other seeded weights,
  in a shuffled row order so that the comparison must pair rows on id;
- comparison_one_file.csv: binary.csv with the production model's p_prod beside the features, for a comparison
  whose data carries the baseline's predictions;
- comparison_expected.csv: the ROC AUC and Brier score of both, from scikit-learn.
The build never runs Python.
"""
import csv

import numpy as np
from sklearn.metrics import brier_score_loss, roc_auc_score

RNG = np.random.default_rng(20241205)


def read(name):
    with open(name, newline="") as f:
        return list(csv.DictReader(f))


def write_csv(name, header, rows):
    with open(name, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


data = read("binary.csv")
expected = {row["id"]: row["p"] for row in read("binary_expected.csv")}
ids = [row["id"] for row in data]
labels = np.array([int(row["label"]) for row in data])
candidate = np.array([float(expected[i]) for i in ids])
write_csv("comparison_candidate.csv", ["id", "label", "p"],
          [[i, row["label"], expected[i]] for i, row in zip(ids, data)])

X = np.array([[float(row[c]) for c in "abc"] for row in data])
W = np.round(RNG.normal(size=3), 4)
production = 1.0 / (1.0 + np.exp(-(X @ W - 0.1)))
order = RNG.permutation(len(data))
write_csv("comparison_production.csv", ["id", "label", "p_prod"],
          [[ids[k], data[k]["label"], repr(float(production[k]))] for k in order])
write_csv("comparison_one_file.csv", [*data[0].keys(), "p_prod"],
          [[*row.values(), repr(float(production[k]))] for k, row in enumerate(data)])

write_csv("comparison_expected.csv", ["metric", "candidate", "production"],
          [["roc_auc", repr(roc_auc_score(labels, candidate)), repr(roc_auc_score(labels, production))],
           ["brier_score", repr(brier_score_loss(labels, candidate)), repr(brier_score_loss(labels, production))]])
