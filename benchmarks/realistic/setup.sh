# Sourced by run.sh and startup.sh, from the repository root with $rows set: builds the benchmarks and the
# report, fetches the JUnit console launcher, and sets $out, $launcher, $classpath (a user's test class
# path: the suite classes, mlgate-engine and mlgate-report with their dependencies) and $data (the
# CustomerData file of $rows rows, generated when absent).
out=benchmarks/target/realistic
mkdir -p "$out"

mvn -B -q package -DskipTests -pl benchmarks,report -am
junit_version=6.1.3
launcher="$out/junit-platform-console-standalone-${junit_version}.jar"
if [ ! -f "$launcher" ]; then
    mvn -B -q dependency:copy -Dartifact="org.junit.platform:junit-platform-console-standalone:${junit_version}" \
        -DoutputDirectory="$out" -Dmdep.stripVersion=false
fi
mvn -B -q -pl report dependency:build-classpath -Dmdep.outputFile="$PWD/$out/report-classpath.txt" -Dmdep.includeScope=runtime
classpath="benchmarks/target/classes:engine/target/classes:$(ls report/target/mlgate-report-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$out/report-classpath.txt")"

data="$out/customers-$rows.csv"
if [ ! -f "$data" ]; then
    java -cp benchmarks/target/benchmarks.jar dev.mlgate.benchmarks.customers.CustomerData "$data" "$rows"
fi
