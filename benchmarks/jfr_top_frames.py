"""Where a contract scan's time goes, from JFR execution samples (benchmarks/RESULTS-parquet.md).

Usage: jfr print --json --events jdk.ExecutionSample --stack-depth 96 run.jfr > samples.json
       python3 jfr_top_frames.py samples.json SCAN [MODE]
SCAN is the source's scan method, e.g. dev/mlgate/parquet/internal/ParquetSource.scan or
dev/mlgate/data/internal/CsvSource.scan; only samples whose stack passes through it count. MODE picks the
samples of one-thread scans ("sequential", the default: no mlgate-scan worker thread was sampled within
half a second) or of the reading thread of multi-threaded scans ("parallel"). Prints the top innermost
frames, and shares by what the scan was doing: decoding Parquet, turning typed values into text,
tokenizing CSV, or the contract's own work.
"""
import bisect
import collections
import json
import sys
from datetime import datetime

data = json.load(open(sys.argv[1]))
scan = sys.argv[2]
parallel = len(sys.argv) > 3 and sys.argv[3] == 'parallel'


def seconds(event):
    return datetime.fromisoformat(event['values']['startTime'][:26].rstrip('Z')).timestamp()


workers = sorted(seconds(e) for e in data['recording']['events']
                 if e['values']['sampledThread']['javaName'].startswith('mlgate-scan-'))


def near_worker(t):
    i = bisect.bisect_left(workers, t - 0.5)
    return i < len(workers) and workers[i] <= t + 0.5


def stacks():
    for event in data['recording']['events']:
        trace = event['values'].get('stackTrace')
        names = [f['method']['type']['name'] + '.' + f['method']['name'] for f in trace['frames']] if trace else []
        if any(scan in name for name in names) and near_worker(seconds(event)) == parallel:
            yield names


def share(names):
    """What a sample was doing; names[0] is the innermost frame."""
    text = next((i for i, name in enumerate(names) if 'ColumnCursor.text' in name), None)
    if text is not None:
        inner = names[:text]
        if any('toStringUsingUTF8' in n for n in inner):
            return 'typed value -> text: UTF-8 bytes -> String'
        if any(n.startswith('org/apache/parquet') for n in inner):
            return 'Parquet decoding: the value (ColumnReaderImpl.getDouble/getLong/getBinary...)'
        if any('FloatingDecimal' in n or 'Double.toString' in n for n in inner):
            return 'typed value -> text: Double.toString'
        if any('LocalDateTime' in n or 'Instant' in n or 'Zone' in n or 'ColumnCursor.instant' in n for n in inner):
            return 'typed value -> text: TIMESTAMP -> LocalDateTime -> text'
        if any('LocalDate' in n for n in inner):
            return 'typed value -> text: DATE -> text'
        return 'typed value -> text: int, long, boolean'
    if any('ColumnCursor.moveTo' in n or 'RowGroupChunks' in n for n in names):
        return 'Parquet decoding: levels and pages (ColumnCursor.moveTo, chunk reads, Snappy)'
    if any('CsvTokenizer' in n for n in names):
        return 'CSV tokenizer'
    return "the contract's own work (parsing text, accumulators, checks)"


samples = list(stacks())
n = max(len(samples), 1)
print(scan, 'parallel' if parallel else 'sequential', 'samples', len(samples))
print('top innermost frames:')
for name, count in collections.Counter(s[0] for s in samples if s).most_common(20):
    print(f'  {100 * count / n:5.1f}%  {name}')
print('shares:')
for name, count in collections.Counter(share(s) for s in samples).most_common():
    print(f'  {100 * count / n:5.1f}%  {name}')
