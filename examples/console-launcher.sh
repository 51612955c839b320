#!/usr/bin/env bash
# Runs the example suites with the JUnit console launcher (junit-platform-console-standalone, fetched
# by Maven), passing every argument through: --select-method, --select-unique-id, --select-class, ...
# Needs the modules installed (the README's main-job command does that) and the examples compiled.
set -euo pipefail
cd "$(dirname "$0")"

junit_version=6.1.3
launcher="target/junit-platform-console-standalone-${junit_version}.jar"
if [ ! -f "$launcher" ]; then
    mvn -B -q dependency:copy -Dartifact="org.junit.platform:junit-platform-console-standalone:${junit_version}" \
        -DoutputDirectory=target -Dmdep.stripVersion=false
fi
if [ ! -f target/test-classpath.txt ] || [ pom.xml -nt target/test-classpath.txt ]; then
    mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
        -Dmdep.includeScope=test
fi
if [ ! -f target/eval/candidate-predictions.csv ]; then
    mvn -B -q process-test-classes
fi

exec java -jar "$launcher" execute \
    --class-path "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    --disable-banner --details=tree "$@"
