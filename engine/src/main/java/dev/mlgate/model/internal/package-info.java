/**
 * Scoring a model file in-process for a quality suite: finding a {@link dev.mlgate.spi.ModelRuntime},
 * checking the model's signature against the data, feeding it the data's columns in batches, and
 * measuring latency and memory on the way. Not for users.
 */
package dev.mlgate.model.internal;
