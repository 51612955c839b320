#!/usr/bin/env bash
# The Spark benchmarks of issue 13 (results in benchmarks/RESULTS-spark.md):
#   1. mlgate on Spark local[2] versus Deequ 2.0.7 on the 1,000,000-row, 20-column contract, same file,
#      same Spark session, alternating runs after a warm-up, values compared;
#   2. the scale run: 50,000,000 generated rows of Parquet, the contract on Spark local[*], heap -Xmx1g.
# Usage: benchmarks/spark-bench.sh [deequ|scale|all] [work directory]   (from the repository root)
# Builds in this checkout only (never mvn install); needs the Maven repository online once for Spark and Deequ.
set -euo pipefail
what="${1:-all}"
work="${2:-${TMPDIR:-/tmp}/mlgate-spark-bench}"
mkdir -p "$work"
mvn -B -q -pl spark,benchmarks -am package -DskipTests
# the spark module's test class path (Spark, Deequ), this build's engine and spark classes, then the
# benchmarks jar last (it holds BenchContract and ContractData, and its own copies of shared classes)
mvn -B -q -pl spark -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
deps=$(tr ':' '\n' < "$work/cp.txt" | grep -v '/dev/mlgate/' | paste -sd: -)
cp="engine/target/classes:spark/target/classes:spark/target/test-classes:$deps:benchmarks/target/benchmarks.jar"
opens=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' pom.xml)
echo "uptime before: $(uptime)"
if [[ "$what" == deequ || "$what" == all ]]; then
    # shellcheck disable=SC2086
    java $opens -Xmx4g -cp "$cp" dev.mlgate.spark.bench.SparkVersusDeequ "$work/contract-1000000.csv" "${ROUNDS:-3}" "local[2]"
    echo "uptime after Deequ comparison: $(uptime)"
fi
if [[ "$what" == scale || "$what" == all ]]; then
    # shellcheck disable=SC2086
    java $opens -Xmx1g -cp "$cp" dev.mlgate.spark.bench.ScaleRun "$work" "${SCALE_ROWS:-50000000}" "local[*]"
    echo "uptime after scale run: $(uptime)"
fi
