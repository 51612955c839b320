/**
 * Service provider interfaces: what a module on the test class path can contribute to the engine through
 * {@link java.util.ServiceLoader}, such as a reader for another artifact format ({@link dev.mlgate.spi.FormatProvider}).
 */
package dev.mlgate.spi;
