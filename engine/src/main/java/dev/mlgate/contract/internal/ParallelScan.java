package dev.mlgate.contract.internal;

import dev.mlgate.data.ScanSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A contract's single pass on several threads, with results identical to the single-threaded pass bit
 * for bit: the calling thread reads the file and copies the fields the scan needs into batches of rows;
 * worker threads each own whole {@link ScanUnit}s (a column with its accumulators, the row rules, a row
 * metric) and see every batch in order, so every accumulator sees every row in row order and nothing is
 * merged. When units fail, the failure the single-threaded scan would have thrown (the first in row order)
 * is thrown; workers never block the reader once they fail, so a failure never hangs the scan.
 */
final class ParallelScan {

    /**
     * Rows per batch. Small on purpose: the fields a worker reads were just made on the reading thread, and
     * while the batches in flight fit in the processor's caches the parallel scan costs no more processor
     * time than the single-threaded one; with 1,024-row batches and 8 queued, it cost 20 to 45% more
     * (measured with ThreadsRatioRun in the benchmarks).
     */
    static final int BATCH_ROWS = 128;
    /** Batches a worker may lag behind the reader, bounding memory and the data in flight. */
    private static final int QUEUED_BATCHES = 4;

    private ParallelScan() {
    }

    /** Runs {@code scan} with up to {@code threads} worker threads while the calling thread reads. */
    static ScanSummary run(ContractScan scan, int threads) {
        ScanUnits layout = new ScanUnits(scan);
        ScanFailures failures = new ScanFailures();
        List<Worker> workers = deal(layout.units, threads, failures);
        if (workers.isEmpty()) {
            return scan.source.scan(row -> { });
        }
        workers.forEach(Worker::start);
        Reader reader = new Reader(scan, layout, workers, failures);
        Throwable readerFailure = null;
        ScanSummary summary = null;
        try {
            summary = scan.source.scan(reader::visit);
            reader.flush();
        } catch (Throwable e) {
            readerFailure = e;
            if (e != Reader.STOP && !(e instanceof Reader.Interrupted)) {
                // rows read before the failure may hold an earlier failure of a unit, which then comes first
                reader.flushQuietly();
            }
        } finally {
            finish(workers, readerFailure instanceof Reader.Interrupted);
        }
        Throwable failure = failures.first() != null ? failures.first() : readerFailure;
        if (failure != null) {
            throw ParallelScan.<RuntimeException>sneaky(failure);
        }
        scan.parallelSamples = new LinkedHashMap<>();
        layout.units.stream().sorted(Comparator.comparingInt(ScanUnit::order))
                .forEach(unit -> unit.work().publish());
        return summary;
    }

    /** Deals the units to at most {@code threads} workers, costliest first to the least loaded. */
    private static List<Worker> deal(List<ScanUnit> units, int threads, ScanFailures failures) {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(threads, units.size()); i++) {
            workers.add(new Worker(i, failures));
        }
        units.stream().sorted(Comparator.comparingInt(ScanUnit::cost).reversed().thenComparingInt(ScanUnit::order))
                .forEach(unit -> workers.stream().min(Comparator.comparingLong(Worker::load)).orElseThrow().add(unit));
        return workers;
    }

    /** Ends every worker and waits for it: with the end of the rows, or by interruption. */
    private static void finish(List<Worker> workers, boolean interrupt) {
        boolean interrupted = interrupt;
        for (Worker worker : workers) {
            if (interrupt) {
                worker.thread.interrupt();
                continue;
            }
            try {
                worker.queue.put(Batch.END);
            } catch (InterruptedException e) {
                interrupted = true;
                worker.thread.interrupt();
            }
        }
        for (Worker worker : workers) {
            while (worker.thread.isAlive()) {
                try {
                    worker.thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable failure) throws T {
        throw (T) failure;
    }

    /** A thread that feeds each batch to its units, in order. */
    static final class Worker implements Runnable {

        final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        final Thread thread;
        private final List<ScanUnit> units = new ArrayList<>();
        private final List<Boolean> failed = new ArrayList<>();
        private final ScanFailures failures;
        private long load;

        Worker(int number, ScanFailures failures) {
            this.failures = failures;
            this.thread = new Thread(this, "mlgate-scan-" + number);
            thread.setDaemon(true);
        }

        void add(ScanUnit unit) {
            units.add(unit);
            failed.add(false);
            load += unit.cost();
        }

        long load() {
            return load;
        }

        void start() {
            units.sort(Comparator.comparingInt(ScanUnit::order));
            thread.start();
        }

        @Override
        public void run() {
            for (int u = 0; u < units.size(); u++) {
                try {
                    units.get(u).work().prepare();
                } catch (Throwable e) {
                    failed.set(u, true);
                    failures.add(0, -1, units.get(u).order(), e);
                }
            }
            try {
                for (Batch batch = queue.take(); batch != Batch.END; batch = queue.take()) {
                    if (!failures.after(batch.index)) {
                        feed(batch);
                    }
                }
            } catch (InterruptedException e) {
                // the reader was interrupted and ends the scan; nothing is left to compute
                return;
            }
            finish();
        }

        /** Completes each unit that did not fail, after the last row (a failure here comes after every row's). */
        private void finish() {
            for (int u = 0; u < units.size(); u++) {
                if (failed.get(u) || failures.any()) {
                    continue;
                }
                try {
                    units.get(u).work().finish();
                } catch (Throwable e) {
                    failed.set(u, true);
                    failures.add(Long.MAX_VALUE - 1, 0, units.get(u).order(), e);
                }
            }
        }

        private void feed(Batch batch) {
            for (int u = 0; u < units.size(); u++) {
                if (failed.get(u)) {
                    continue;
                }
                ScanUnit.Work work = units.get(u).work();
                int r = 0;
                try {
                    for (; r < batch.size; r++) {
                        work.accept(batch, r);
                    }
                } catch (Throwable e) {
                    failed.set(u, true);
                    failures.add(batch.index, r, units.get(u).order(), e);
                }
            }
        }
    }
}
