/**
 * Service-provider interfaces through which optional modules plug into the engine without the engine
 * naming them. A {@link dev.mlgate.spi.ModelRuntime} scores a model file (ONNX Runtime in
 * {@code mlgate-onnx}) so that a quality suite gates the deployed artifact itself; the engine finds
 * runtimes with {@link java.util.ServiceLoader}.
 */
package dev.mlgate.spi;
