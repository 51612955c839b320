/**
 * The example repository's own model: a Tribuo logistic regression that predicts whether a
 * breast-tumour sample (Wisconsin Diagnostic Breast Cancer data) is malignant, trained
 * deterministically inside the Maven build so that mlgate suites always gate fresh predictions.
 */
package dev.mlgate.examples.model;
