#!/usr/bin/env bash
# Start-up of the realistic benchmark (issue "Speed"): CustomerContract on a small CustomerData file through
# the JUnit console launcher, as whole processes, with and without an AppCDS archive of the same run.
# StartupTimes (bench.startupTimes=true) prints, per run, wall and process CPU time from JVM start to the plan,
# the first check's result and exit; runs are interleaved so that load from other processes hits both alike.
# Usage: benchmarks/realistic/startup.sh [rounds] [rows]; needs what run.sh needs (hyperfine excepted).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-10}"
rows="${2:-1000}"
source benchmarks/realistic/setup.sh
archive="$PWD/$out/mlgate-startup.jsa"

run() {
    java "$@" -jar "$launcher" execute --class-path "$classpath" --disable-banner --details=none \
        --select-class dev.mlgate.benchmarks.customers.CustomerContract \
        --config "bench.data=$PWD/$data" --config mlgate.today=2026-01-01 --config "mlgate.basedir=$PWD/$out" \
        --config bench.startupTimes=true
}

# The archive: the classes one whole run loads, dumped when it exits (JDK and class path must stay the same).
rm -f "$archive"
run -XX:ArchiveClassesAtExit="$archive" > /dev/null 2>&1 || true
ls -l "$archive"

uptime | tee "$out/startup-load.txt"
for round in $(seq "$rounds"); do
    for variant in plain appcds; do
        options=()
        if [ "$variant" = appcds ]; then
            options=(-XX:SharedArchiveFile="$archive")
        fi
        # One line per run: variant, then wall and CPU milliseconds at the plan, the first result and exit.
        # (exit code 1: some checks fail by design)
        { run "${options[@]}" || true; } 2>&1 >/dev/null | awk -v variant="$variant" '
            /^startup:.*plan discovered/ { plan = $2 " " $5 }
            /^startup:.*first check/ { first = $2 " " $5 }
            /^startup:.*JVM exiting/ { last = $2 " " $5 }
            END { print variant, plan, first, last }'
    done
done | tee "$out/startup-rounds.txt"
# Medians per variant (wall, CPU in ms): to the plan, to the first check's result, to exit.
for variant in plain appcds; do
    printf '%-7s' "$variant"
    for column in 2 3 4 5 6 7; do
        grep "^$variant " "$out/startup-rounds.txt" | awk -v c="$column" '{print $c}' | sort -n \
            | awk '{v[NR] = $1} END {printf " %6d", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
    done
    echo "   (median ms: plan wall, CPU; first result wall, CPU; exit wall, CPU)"
done
uptime | tee -a "$out/startup-load.txt"
