package dev.mlgate.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the resamples of a bootstrap on several threads. Each resample's work depends only on its index
 * ({@link ResamplePlan}) and writes only its own result slots, so the results are the same whatever the
 * thread count. When resamples throw, the exception of the lowest-numbered one is rethrown, again
 * independent of the thread count.
 */
public final class ResampleRunner {

    /** The system property giving the number of threads; default: the available processors. */
    public static final String THREADS = "mlgate.threads";

    private ResampleRunner() {
    }

    /** The work of one resample. */
    @FunctionalInterface
    public interface Task {

        /** Does resample {@code index}'s work. */
        void run(int index) throws Exception;
    }

    /** The threads resamples run on: {@code -Dmlgate.threads} when set (at least 1), else the processors. */
    public static int defaultThreads() {
        Integer configured = Integer.getInteger(THREADS);
        return Math.max(1, configured != null ? configured : Runtime.getRuntime().availableProcessors());
    }

    /** Runs {@code task} for every index in {@code [0, count)} on up to {@code threads} threads. */
    public static void run(int count, int threads, Task task) throws Exception {
        int workers = Math.max(1, Math.min(threads, count));
        if (workers == 1) {
            for (int r = 0; r < count; r++) {
                task.run(r);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        Throwable[] failures = new Throwable[count];
        List<Thread> started = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                for (int r = next.getAndIncrement(); r < count && r < firstFailed.get(); r = next.getAndIncrement()) {
                    try {
                        task.run(r);
                    } catch (Throwable t) {
                        failures[r] = t;
                        firstFailed.accumulateAndGet(r, Math::min);
                    }
                }
            }, "mlgate-resample-" + w);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join();
        }
        int failed = firstFailed.get();
        if (failed != Integer.MAX_VALUE) {
            rethrow(failures[failed]);
        }
    }

    private static void rethrow(Throwable failure) throws Exception {
        if (failure instanceof Exception exception) {
            throw exception;
        }
        throw (Error) failure;
    }
}
