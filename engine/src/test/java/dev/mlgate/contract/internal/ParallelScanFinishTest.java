package dev.mlgate.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workers complete their units after the last row, on their own thread, and report a completion's failure. */
class ParallelScanFinishTest {

    /** Records the thread each step ran on; fails on finishing when asked to. */
    private static final class Recording implements ScanUnit.Work {

        final List<String> steps = new ArrayList<>();
        private final RuntimeException failure;

        Recording(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public void accept(Batch batch, int r) {
            steps.add("row");
        }

        @Override
        public void finish() {
            steps.add("finish on " + Thread.currentThread().getName());
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static ScanFailures run(Recording... works) throws InterruptedException {
        ScanFailures failures = new ScanFailures();
        ParallelScan.Worker worker = new ParallelScan.Worker(3, failures);
        for (int i = 0; i < works.length; i++) {
            worker.add(new ScanUnit(i, 1, works[i]));
        }
        worker.start();
        worker.queue.put(Batch.END);
        worker.thread.join();
        return failures;
    }

    @Test
    void each_unit_is_finished_on_its_worker_after_the_last_row() throws InterruptedException {
        Recording work = new Recording(null);

        ScanFailures failures = run(work);

        assertThat(work.steps).containsExactly("finish on mlgate-scan-3");
        assertThat(failures.any()).isFalse();
    }

    @Test
    void a_failure_to_finish_is_the_scans_failure_and_later_units_are_not_finished() throws InterruptedException {
        IllegalStateException broken = new IllegalStateException("cannot sort");
        Recording first = new Recording(broken);
        Recording second = new Recording(null);

        ScanFailures failures = run(first, second);

        assertThat(failures.first()).isSameAs(broken);
        assertThat(second.steps).isEmpty();
    }
}
