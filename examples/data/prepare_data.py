#!/usr/bin/env python3
"""Prepare the Wisconsin Diagnostic Breast Cancer data for the mlgate examples.

Reads the copy of the UCI WDBC data bundled with scikit-learn and writes, next to this
script: train.csv, eval.csv, reference.csv and broken/train.csv. Every random choice uses
numpy's legacy RandomState with a fixed seed (its stream is frozen by numpy's compatibility
policy), so the output is byte-identical on every run. See README.md for what each step does.

Usage (from the repository root):
    /usr/bin/python3 examples/data/prepare_data.py
"""
import csv
import datetime
import os
import sys

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer

SEED = 20240601
TRAIN_FRACTION = 0.60
EVAL_FRACTION = 0.25
# Reference snapshot: a biased draw from the rows left after train and eval (see README.md).
REFERENCE_FRACTION_OF_POOL = 0.60
REFERENCE_TEXTURE_WEIGHT = 8.0  # weight of a pool row whose mean_texture is below the train median

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(os.path.dirname(sklearn.__file__), "datasets", "data", "breast_cancer.csv")


def snake(name):
    return name.strip().replace(" ", "_")


def read_source():
    """Read the CSV exactly as sklearn.datasets.load_csv_data does: header row
    `n_samples,n_features,<target names...>`, then features and an integer target
    (0 = malignant, 1 = benign)."""
    feature_names = [snake(n) for n in load_breast_cancer().feature_names]
    with open(SOURCE, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        n_samples, n_features = int(header[0]), int(header[1])
        target_names = header[2:]
        assert target_names == ["malignant", "benign"], target_names
        assert n_features == len(feature_names)
        rows = []
        for i, record in enumerate(reader):
            values = [float(v) for v in record[:-1]]
            rows.append({
                "sample_id": i + 1,
                "features": values,
                "diagnosis": target_names[int(record[-1])],
            })
    assert len(rows) == n_samples
    return feature_names, rows


def stratified_split(rows, rng):
    """Per diagnosis class: shuffle, first 60% to train, next 25% to eval, rest to the pool."""
    train, evaluation, pool = [], [], []
    for label in ("malignant", "benign"):
        members = [r for r in rows if r["diagnosis"] == label]
        order = rng.permutation(len(members))
        n_train = int(round(TRAIN_FRACTION * len(members)))
        n_eval = int(round(EVAL_FRACTION * len(members)))
        train += [members[j] for j in order[:n_train]]
        evaluation += [members[j] for j in order[n_train:n_train + n_eval]]
        pool += [members[j] for j in order[n_train + n_eval:]]
    return train, evaluation, pool


def biased_reference(pool, texture_index, texture_median, rng):
    """Weighted draw without replacement (Efraimidis-Spirakis keys u**(1/w)) per diagnosis
    class: rows with mean_texture below the training median get weight
    REFERENCE_TEXTURE_WEIGHT, the others weight 1."""
    reference = []
    for label in ("malignant", "benign"):
        members = [r for r in pool if r["diagnosis"] == label]
        k = int(round(REFERENCE_FRACTION_OF_POOL * len(members)))
        weights = np.array([REFERENCE_TEXTURE_WEIGHT if r["features"][texture_index] < texture_median
                            else 1.0 for r in members])
        keys = rng.random_sample(len(members)) ** (1.0 / weights)
        chosen = np.argsort(-keys, kind="stable")[:k]
        reference += [members[j] for j in chosen]
    return reference


def assign_dates(rows, start, end, rng):
    span = (end - start).days + 1
    for r in rows:
        r["intake_date"] = (start + datetime.timedelta(days=int(rng.randint(span)))).isoformat()


def size_band(radius, cuts):
    if radius <= cuts[0]:
        return "small"
    if radius <= cuts[1]:
        return "medium"
    return "large"


def write(path, feature_names, rows, cuts):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    columns = ["sample_id", "intake_date"] + feature_names + ["size_band", "diagnosis"]
    radius_index = feature_names.index("mean_radius")
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in sorted(rows, key=lambda r: r["sample_id"]):
            w.writerow([r["sample_id"], r["intake_date"]] + [repr(v) for v in r["features"]]
                       + [size_band(r["features"][radius_index], cuts), r["diagnosis"]])


def write_broken(train_path, broken_path):
    """A copy of train.csv with four deliberate defects (documented in README.md)."""
    with open(train_path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    body[4][col["mean_radius"]] = "-" + body[4][col["mean_radius"]]          # impossible value
    body[20][col["diagnosis"]] = ""                                           # missing label
    body[35][col["diagnosis"]] = "suspicious"                                 # unknown label
    duplicate = list(body[50])
    duplicate[col["sample_id"]] = body[49][col["sample_id"]]                  # duplicated id
    body[50] = duplicate
    os.makedirs(os.path.dirname(broken_path), exist_ok=True)
    with open(broken_path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(body)
    return [body[i][col["sample_id"]] for i in (4, 20, 35, 50)]


def main():
    feature_names, rows = read_source()
    rng = np.random.RandomState(SEED)
    train, evaluation, pool = stratified_split(rows, rng)

    radius = np.array([r["features"][feature_names.index("mean_radius")] for r in train])
    cuts = (float(np.quantile(radius, 1 / 3)), float(np.quantile(radius, 2 / 3)))
    texture_index = feature_names.index("mean_texture")
    texture_median = float(np.median([r["features"][texture_index] for r in train]))
    reference = biased_reference(pool, texture_index, texture_median, rng)

    # Synthetic intake dates: reference rows from the earlier period, train and eval from the later one.
    assign_dates(sorted(reference, key=lambda r: r["sample_id"]),
                 datetime.date(2023, 7, 1), datetime.date(2023, 12, 31), rng)
    assign_dates(sorted(train + evaluation, key=lambda r: r["sample_id"]),
                 datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), rng)

    write(os.path.join(HERE, "train.csv"), feature_names, train, cuts)
    write(os.path.join(HERE, "eval.csv"), feature_names, evaluation, cuts)
    write(os.path.join(HERE, "reference.csv"), feature_names, reference, cuts)
    broken_ids = write_broken(os.path.join(HERE, "train.csv"), os.path.join(HERE, "broken", "train.csv"))

    print(f"source: {SOURCE}", file=sys.stderr)
    print(f"rows: train={len(train)} eval={len(evaluation)} pool={len(pool)} reference={len(reference)}",
          file=sys.stderr)
    print(f"size_band cut points (mean_radius, train tertiles): small <= {cuts[0]!r} < medium <= {cuts[1]!r} < large",
          file=sys.stderr)
    print(f"train median mean_texture: {texture_median!r}", file=sys.stderr)
    print(f"broken/train.csv defect rows (sample_id): {broken_ids}", file=sys.stderr)


if __name__ == "__main__":
    main()
