#!/usr/bin/env bash
# The quality-suite benchmark (issue "Speed"), timed as whole processes the way users run them, in one run,
# at 1,000,000 and 10,000,000 paired predictions:
#   mlgate:       a fresh JVM in the default heap (no -Xmx) through the JUnit console launcher running
#                 QualitySuite and ComparisonSuite, with mlgate-report on the class path;
#   mlgate-point: when the size's resamples exceed 100, the same with the fewest resamples mlgate accepts
#                 (100), so the difference to the full run is what the extra resamples cost;
#   scikit-learn: sklearn_suite.py, the point metrics, DeLong and McNemar on the same file (imports and load
#                 included).
# Each is timed with /usr/bin/time -v (elapsed and peak RSS); compare.py then checks that both computed the
# same values. Needs Java 17, Maven, python3-sklearn, python3-statsmodels (Debian).
# Usage: benchmarks/quality-suite/run.sh [sizes (default "1000000 10000000")] [resamples per size (default "1000 100")]
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=(${1:-1000000 10000000})
resamples=(${2:-1000 100})
out=benchmarks/target/quality-suite
mkdir -p "$out"

mvn -B -q package -DskipTests -pl benchmarks,report -am
junit_version=6.1.3
launcher_dir=benchmarks/target/realistic # shared with realistic/run.sh
launcher="$launcher_dir/junit-platform-console-standalone-${junit_version}.jar"
if [ ! -f "$launcher" ]; then
    mkdir -p "$launcher_dir"
    mvn -B -q dependency:copy -Dartifact="org.junit.platform:junit-platform-console-standalone:${junit_version}" \
        -DoutputDirectory="$launcher_dir" -Dmdep.stripVersion=false
fi
mvn -B -q -pl report dependency:build-classpath -Dmdep.outputFile="$PWD/$out/report-classpath.txt" -Dmdep.includeScope=runtime
classpath="benchmarks/target/classes:engine/target/classes:$(ls report/target/mlgate-report-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$out/report-classpath.txt")"

# /usr/bin/time -v's elapsed seconds, CPU seconds (user + system) and peak RSS (MiB) of a finished run. On a
# machine shared with other jobs the CPU seconds are the comparable figure: elapsed time depends on the load.
measured() {
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]}
        /User time|System time/ {cpu += $2} /Maximum resident set size/ {rss = $2 / 1024}
        END {printf "%.1f s elapsed, %.1f CPU s, %.0f MiB peak RSS", s, cpu, rss}' "$1"
}

uptime | tee "$out/load.txt"
for i in "${!sizes[@]}"; do
    rows=${sizes[$i]}
    r=${resamples[$i]}
    data="$out/predictions-$rows.csv"
    [ -f "$data" ] || java -cp benchmarks/target/classes dev.mlgate.benchmarks.suites.PairedPredictions "$data" "$rows"
    variants=(full)
    [ "$r" -gt 100 ] && variants+=(point) # 100 is the fewest resamples mlgate accepts
    for variant in "${variants[@]}"; do
        n=$([ "$variant" = full ] && echo "$r" || echo 100)
        dir="$PWD/$out/mlgate-$rows-$variant"
        rm -rf "$dir" && mkdir -p "$dir"
        # the full run records a JFR profile (about 1-2% overhead), summarised by benchmarks/jfr_top_frames.py
        jfr=$([ "$variant" = full ] && echo "-XX:StartFlightRecording=filename=$dir/profile.jfr,settings=profile" || true)
        /usr/bin/time -v -o "$dir/time.txt" java $jfr -jar "$launcher" execute --class-path "$classpath" --disable-banner \
            --details=summary --select-class dev.mlgate.benchmarks.suites.QualitySuite \
            --select-class dev.mlgate.benchmarks.suites.ComparisonSuite --config "bench.data=$PWD/$data" \
            --config "mlgate.bootstrap.resamples=$n" --config "mlgate.basedir=$dir" --config "mlgate.report.dir=$dir/report" > "$dir/output.txt" 2>&1 || true
        grep -E 'tests (successful|failed|aborted|found)' "$dir/output.txt" | tr -s ' ' | tr '\n' ' '; echo
        grep -q '0 containers failed' "$dir/output.txt" || { echo "mlgate: a container failed, see $dir/output.txt" >&2; exit 1; }
        echo "mlgate $rows rows, $n resamples ($variant): $(measured "$dir/time.txt")" | tee -a "$out/load.txt"
    done
    /usr/bin/time -v -o "$out/sklearn-$rows-time.txt" /usr/bin/python3 benchmarks/quality-suite/sklearn_suite.py "$data" \
        "$out/sklearn-$rows.json"
    echo "scikit-learn $rows rows: $(measured "$out/sklearn-$rows-time.txt")" | tee -a "$out/load.txt"
    /usr/bin/python3 benchmarks/quality-suite/compare.py "$out/mlgate-$rows-full/report/report.json" \
        "$out/sklearn-$rows.json" | tee "$out/compare-$rows.txt"
done
uptime | tee -a "$out/load.txt"
