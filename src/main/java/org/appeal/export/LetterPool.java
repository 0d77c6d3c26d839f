package org.appeal.export;

import org.appeal.compose.Renderer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs one job per letter on a fixed number of threads, each with its own {@link Renderer} (its
 * own PDF converter and font provider; templates and font data are shared), and hands the results
 * to the calling thread in the letters' order. At most twice as many letters as threads are
 * started and not yet taken, so memory holds a few PDFs whatever the number of letters.
 */
final class LetterPool implements AutoCloseable {
    /** One letter's work, done on a pool thread with that thread's renderer. */
    interface Job<T> {
        T run(Renderer renderer, int index) throws Exception;
    }

    /** Told each result in order, on the calling thread. */
    interface Sink<T> {
        void accept(int index, T result) throws Exception;
    }

    private final ExecutorService threads;
    private final int size;
    private final ThreadLocal<Renderer> renderers;

    LetterPool(Renderer renderer, int size) {
        this.size = size;
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "appeal-letter-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(size, factory);
        this.renderers = ThreadLocal.withInitial(renderer::forAnotherThread);
    }

    int size() {
        return size;
    }

    /**
     * Runs {@code job} for letters {@code 0..count-1} and gives each result to {@code sink} in
     * order. Stops taking new letters once {@code cancelled} says so, or a job or the sink failed.
     *
     * @return how many results reached the sink (fewer than {@code count} only when cancelled)
     * @throws Exception the first failure in letter order: a job's, or the sink's
     */
    <T> int run(int count, Job<T> job, Sink<T> sink, BooleanSupplier cancelled) throws Exception {
        // Letters start in order and are taken in order; at most this many are started and not yet
        // taken, which bounds the PDFs held whatever the count while keeping every thread busy.
        int ahead = size * 2;
        Deque<Future<T>> started = new ArrayDeque<>();
        int submitted = 0;
        int delivered = 0;
        try {
            while (delivered < count) {
                if (cancelled.getAsBoolean()) {
                    return delivered;
                }
                while (submitted < count && started.size() < ahead) {
                    int letter = submitted++;
                    started.add(threads.submit(() -> job.run(renderers.get(), letter)));
                }
                T result;
                try {
                    // A short wait, so that a cancel is seen within a tenth of a second.
                    result = started.getFirst().get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    continue;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                started.removeFirst();
                sink.accept(delivered, result);
                delivered++;
            }
            return delivered;
        } finally {
            // Letters started and not taken are dropped; their threads finish them and stop.
            started.forEach(f -> f.cancel(false));
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
