/**
 * ONNX model files scored with ONNX Runtime's Java API (CPU): the {@link dev.mlgate.spi.ModelRuntime} the
 * engine finds for {@code .onnx} files when {@code dev.mlgate:mlgate-onnx} is on the test class path.
 * Users declare models on {@link dev.mlgate.quality.ModelQuality}; nothing here is called directly.
 */
package dev.mlgate.onnx;
