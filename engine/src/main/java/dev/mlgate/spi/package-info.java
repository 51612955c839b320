/**
 * Service provider interfaces: what a module on the test class path can contribute to the engine through
 * {@link java.util.ServiceLoader}, such as a reader for another artifact format ({@link dev.mlgate.spi.FormatProvider})
 * or a runtime that scores a model file ({@link dev.mlgate.spi.ModelRuntime}: ONNX Runtime in
 * {@code mlgate-onnx}), so that a quality suite gates the deployed artifact itself.
 */
package dev.mlgate.spi;
