/**
 * JMH benchmarks of mlgate, each measuring mlgate against a named reference in the same run (parsing
 * the same file with the same parser, a naive bootstrap, computing two AUCs once), so results are
 * stated as ratios. Build with {@code mvn -B -q install -DskipTests} and run
 * {@code java -jar benchmarks/target/benchmarks.jar <BenchmarkClass>}; see the README.
 */
package dev.mlgate.benchmarks;
