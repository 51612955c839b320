#!/usr/bin/env python3
"""Builds the ONNX models and data the mlgate-onnx tests score, and the predictions they must give.

Run from this directory with Debian's python3-onnx (onnx 1.12) and numpy:

    /usr/bin/python3 make_models.py

Every graph is written by hand with onnx.helper (no converter), every weight comes from a seeded
numpy generator, and every expected prediction is computed here with numpy in float64 from the
float32 inputs the model sees -- never by ONNX Runtime -- so the tests compare the runtime against an
independent computation. The outputs are committed; the build never runs Python.
"""
import csv

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

RNG = np.random.default_rng(20240601)
OPSET = [helper.make_opsetid("", 13)]
ML_OPSET = [helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 1)]


def save(graph, name, opsets=OPSET):
    model = helper.make_model(graph, opset_imports=opsets, producer_name="mlgate make_models.py",
                              producer_version="1")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, name)


def write_csv(name, header, rows):
    with open(name, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def f32(values):
    """The float32 value a model input holds, back in float64 for the reference computation."""
    return np.asarray(values, dtype=np.float32).astype(np.float64)


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def fmt(x):
    return repr(float(x))


# --- binary logistic regression: MatMul + Add + Sigmoid, dynamic batch dimension "N" ----------------------
n = 200
X = np.round(RNG.normal(size=(n, 3)), 4)
W = np.round(RNG.normal(size=(3, 1)), 4)
b = np.float64(0.25)
p = sigmoid(f32(X) @ f32(W) + f32([b]))[:, 0]
y = (RNG.uniform(size=n) < p).astype(int)
write_csv("binary.csv", ["id", "a", "b", "c", "label"],
          [[i + 1, *map(fmt, X[i]), y[i]] for i in range(n)])
write_csv("binary_expected.csv", ["id", "p"], [[i + 1, fmt(p[i])] for i in range(n)])


def logistic_graph(batch):
    x = helper.make_tensor_value_info("float_input", TensorProto.FLOAT, [batch, 3])
    out = helper.make_tensor_value_info("probability", TensorProto.FLOAT, [batch, 1])
    nodes = [helper.make_node("MatMul", ["float_input", "W"], ["z0"]),
             helper.make_node("Add", ["z0", "B"], ["z"]),
             helper.make_node("Sigmoid", ["z"], ["probability"])]
    inits = [numpy_helper.from_array(W.astype(np.float32), "W"),
             numpy_helper.from_array(np.array([b], dtype=np.float32), "B")]
    return helper.make_graph(nodes, "logistic", [x], [out], inits)


save(logistic_graph("N"), "binary_logreg.onnx")
# The same model with its batch dimension fixed at 8 rows per call (200 rows: the last call is padded).
save(logistic_graph(8), "binary_fixed_batch.onnx")
# A broken export: the same graph with the sign of one weight flipped (a preprocessing/export mismatch).
W_good = W.copy()
W[1, 0] = -W[1, 0]
save(logistic_graph("N"), "binary_bad_export.onnx")
W = W_good

# --- multiclass softmax: MatMul + Add + Softmax --------------------------------------------------------------
n = 150
X = np.round(RNG.normal(size=(n, 4)), 4)
W3 = np.round(RNG.normal(size=(4, 3)), 4)
B3 = np.round(RNG.normal(size=3), 4)
P = softmax(f32(X) @ f32(W3) + f32(B3))
classes = ["red", "green", "blue"]
y = [classes[int(np.argmax(RNG.multinomial(1, P[i])))] for i in range(n)]
write_csv("multiclass.csv", ["id", "f1", "f2", "f3", "f4", "colour"],
          [[i + 1, *map(fmt, X[i]), y[i]] for i in range(n)])
write_csv("multiclass_expected.csv", ["id", "p_red", "p_green", "p_blue"],
          [[i + 1, *map(fmt, P[i])] for i in range(n)])
x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 4])
out = helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 3])
save(helper.make_graph([helper.make_node("MatMul", ["x", "W"], ["z0"]),
                        helper.make_node("Add", ["z0", "B"], ["z"]),
                        helper.make_node("Softmax", ["z"], ["probabilities"], axis=1)],
                       "softmax", [x], [out],
                       [numpy_helper.from_array(W3.astype(np.float32), "W"),
                        numpy_helper.from_array(B3.astype(np.float32), "B")]),
     "multiclass_softmax.onnx")

# --- linear regression over three named inputs: float [N, 1], float [N] (rank 1), int64 [N, 1] --------------
n = 120
x1 = np.round(RNG.normal(10, 3, size=n), 3)
x2 = np.round(RNG.normal(size=n), 3)
count = RNG.integers(0, 20, size=n)
coef = np.array([1.5, -2.25, 0.5])
intercept = 3.0
pred = f32(x1) * 1.5 + f32(x2) * -2.25 + count.astype(np.float64) * 0.5 + intercept
target = np.round(pred + RNG.normal(0, 1.0, size=n), 3)
write_csv("regression.csv", ["id", "size", "x2", "count", "target"],
          [[i + 1, fmt(x1[i]), fmt(x2[i]), int(count[i]), fmt(target[i])] for i in range(n)])
# The same rows with a decimal where the int64 input 'count' needs a whole number (row 5): a wrong element type.
write_csv("regression_decimal_count.csv", ["id", "size", "x2", "count", "target"],
          [[i + 1, fmt(x1[i]), fmt(x2[i]), "2.5" if i == 4 else int(count[i]), fmt(target[i])] for i in range(n)])
write_csv("regression_expected.csv", ["id", "prediction"], [[i + 1, fmt(pred[i])] for i in range(n)])
inputs = [helper.make_tensor_value_info("x1", TensorProto.FLOAT, ["N", 1]),
          helper.make_tensor_value_info("x2", TensorProto.FLOAT, ["N"]),
          helper.make_tensor_value_info("count", TensorProto.INT64, ["N", 1])]
out = helper.make_tensor_value_info("variable", TensorProto.FLOAT, ["N", 1])
save(helper.make_graph([helper.make_node("Unsqueeze", ["x2", "axis"], ["x2c"]),
                        helper.make_node("Cast", ["count"], ["countf"], to=TensorProto.FLOAT),
                        helper.make_node("Concat", ["x1", "x2c", "countf"], ["features"], axis=1),
                        helper.make_node("MatMul", ["features", "W"], ["z0"]),
                        helper.make_node("Add", ["z0", "B"], ["variable"])],
                       "linear", inputs, [out],
                       [numpy_helper.from_array(coef.reshape(3, 1).astype(np.float32), "W"),
                        numpy_helper.from_array(np.array([intercept], dtype=np.float32), "B"),
                        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis")]),
     "linear_regression.onnx")

# --- label + probability map, as scikit-learn's converters emit: LinearClassifier + ZipMap (ai.onnx.ml) ------
# Binary with int64 labels {0, 1}: coefficients of class 0 are the negated ones, so P(1) = sigmoid(w.x + b).
X = np.round(RNG.normal(size=(200, 3)), 4)
w = np.round(RNG.normal(size=3), 4)
b0 = -0.4
p = sigmoid(f32(X) @ f32(w) + f32([b0])[0])
y = (RNG.uniform(size=200) < p).astype(int)
write_csv("zipmap_binary.csv", ["id", "a", "b", "c", "label"],
          [[i + 1, *map(fmt, X[i]), y[i]] for i in range(200)])
write_csv("zipmap_binary_expected.csv", ["id", "p"], [[i + 1, fmt(p[i])] for i in range(200)])


def zipmap_graph(name, coefficients, intercepts, labels, transform):
    x = helper.make_tensor_value_info("float_input", TensorProto.FLOAT, ["N", 3 if name == "binary" else 4])
    label_out = helper.make_tensor_value_info("output_label", TensorProto.INT64 if isinstance(labels[0], int)
                                              else TensorProto.STRING, ["N"])
    key = TensorProto.INT64 if isinstance(labels[0], int) else TensorProto.STRING
    map_type = onnx.TypeProto()  # onnx 1.12's helper has no make_map_type_proto
    map_type.map_type.key_type = key
    map_type.map_type.value_type.CopyFrom(helper.make_tensor_type_proto(TensorProto.FLOAT, None))
    prob_out = helper.make_value_info("output_probability", helper.make_sequence_type_proto(map_type))
    label_attr = {"classlabels_ints": labels} if isinstance(labels[0], int) else {"classlabels_strings": labels}
    zip_attr = {"classlabels_int64s": labels} if isinstance(labels[0], int) else {"classlabels_strings": labels}
    nodes = [helper.make_node("LinearClassifier", ["float_input"], ["output_label", "probs"], domain="ai.onnx.ml",
                              coefficients=[float(v) for v in coefficients], intercepts=[float(v) for v in intercepts],
                              post_transform=transform, **label_attr),
             helper.make_node("ZipMap", ["probs"], ["output_probability"], domain="ai.onnx.ml", **zip_attr)]
    return helper.make_graph(nodes, "zipmap_" + name, [x], [label_out, prob_out])


save(zipmap_graph("binary", np.concatenate([-w, w]), [-b0, b0], [0, 1], "LOGISTIC"),
     "zipmap_binary.onnx", ML_OPSET)

# Multiclass with string labels: softmax over three linear scores.
Xm = np.round(RNG.normal(size=(150, 4)), 4)
Wm = np.round(RNG.normal(size=(3, 4)), 4)
Bm = np.round(RNG.normal(size=3), 4)
Pm = softmax(f32(Xm) @ f32(Wm).T + f32(Bm))
names = ["setosa", "versicolor", "virginica"]
ym = [names[int(np.argmax(RNG.multinomial(1, Pm[i])))] for i in range(150)]
write_csv("zipmap_multiclass.csv", ["id", "f1", "f2", "f3", "f4", "species"],
          [[i + 1, *map(fmt, Xm[i]), ym[i]] for i in range(150)])
write_csv("zipmap_multiclass_expected.csv", ["id", *("p_" + c for c in names)],
          [[i + 1, *map(fmt, Pm[i])] for i in range(150)])
save(zipmap_graph("multiclass", Wm.reshape(-1), Bm, names, "SOFTMAX"), "zipmap_multiclass.onnx", ML_OPSET)

# --- models whose signatures cannot be fed from columns: for the signature-contract tests --------------------
x = helper.make_tensor_value_info("grid", TensorProto.FLOAT, ["N", 2, 2])
out = helper.make_tensor_value_info("total", TensorProto.FLOAT, ["N"])
save(helper.make_graph([helper.make_node("ReduceSum", ["grid", "axes"], ["total"], keepdims=0)],
                       "rank3", [x], [out], [numpy_helper.from_array(np.array([1, 2], dtype=np.int64), "axes")]),
     "rank3_input.onnx")
x = helper.make_tensor_value_info("a", TensorProto.STRING, ["N", 1])
out = helper.make_tensor_value_info("same", TensorProto.STRING, ["N", 1])
save(helper.make_graph([helper.make_node("Identity", ["a"], ["same"])], "strings", [x], [out]),
     "string_input.onnx")
print("models, data and expected predictions written")
