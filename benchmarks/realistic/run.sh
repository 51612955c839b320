#!/usr/bin/env bash
# The realistic benchmark (issue "Speed"), timed as whole processes the way users run them, in one run:
#   mlgate: a fresh JVM through the JUnit console launcher, CustomerContract on the 22-column CSV,
#           with mlgate-report on the class path (report.json/html, summary.md, promotion.json written);
#   pandas: pandas_checks.py, the same checks on the same file (imports and load included).
# Needs Java 17, Maven, hyperfine and python3-pandas (Debian). Usage: benchmarks/realistic/run.sh [rows] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
runs="${2:-5}"
source benchmarks/realistic/setup.sh

mlgate=(java -jar "$launcher" execute --class-path "$classpath" --disable-banner --details=summary
    --select-class dev.mlgate.benchmarks.customers.CustomerContract
    --config "bench.data=$PWD/$data" --config mlgate.today=2026-01-01 --config "mlgate.basedir=$PWD/$out")
pandas=(/usr/bin/python3 benchmarks/realistic/pandas_checks.py "$data" 2026-01-01)

# Once each, outside the timing: both must run every check (mlgate's exit code is 1: some checks fail by design).
"${mlgate[@]}" > "$out/mlgate-output.txt" 2>&1 || true
grep -E 'tests (successful|failed|aborted|found)' "$out/mlgate-output.txt"
grep -q '0 containers failed' "$out/mlgate-output.txt" || { echo "mlgate: a container failed" >&2; exit 1; }
"${pandas[@]}" > "$out/pandas-output.txt"
tail -1 "$out/pandas-output.txt"

uptime | tee "$out/load.txt"
hyperfine --warmup 1 --runs "$runs" --ignore-failure --export-markdown "$out/hyperfine.md" --export-json "$out/hyperfine.json" \
    -n mlgate "$(printf '%q ' "${mlgate[@]}")" -n pandas "$(printf '%q ' "${pandas[@]}")"
uptime | tee -a "$out/load.txt"

# In-run times, same run: mlgate from the test plan discovered to the last check's result (StartupTimes,
# JVM start and report writing left out) against pandas' read_csv + checks (imports left out).
for i in 1 2 3; do
    "${mlgate[@]}" --config bench.startupTimes=true 2>&1 >/dev/null | grep 'startup:' > "$out/inrun-mlgate-$i.txt" || true
    "${pandas[@]}" 2>&1 >/dev/null | grep 'load and checks' > "$out/inrun-pandas-$i.txt"
done
/usr/bin/python3 - "$out" <<'PY'
import re, statistics, sys
out = sys.argv[1]
def ms(path, label):
    for line in open(path):
        if label in line:
            return int(re.search(r"(\d+) ms wall", line).group(1))
mlgate = [ms(f"{out}/inrun-mlgate-{i}.txt", "last check's result") - ms(f"{out}/inrun-mlgate-{i}.txt", "plan discovered")
          for i in (1, 2, 3)]
pandas = [float(re.search(r"([\d.]+) s", open(f"{out}/inrun-pandas-{i}.txt").read()).group(1)) * 1000 for i in (1, 2, 3)]
m, p = statistics.median(mlgate), statistics.median(pandas)
print(f"in-run (median of 3): mlgate plan discovered -> last result {m:.0f} ms {mlgate}; pandas load + checks {p:.0f} ms {pandas}; ratio {m / p:.2f}")
PY
