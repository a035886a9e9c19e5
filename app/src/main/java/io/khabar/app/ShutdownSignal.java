package io.khabar.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT/SIGTERM) into an interrupt of the command's thread, and lets the JVM exit only once that
 * thread has closed what it started (files completed, offsets committed, the broker stopped cleanly) and
 * {@link #close}d this signal, or after a grace period.
 *
 * <p>The hook waits for {@link #close}, not for the thread to end: the thread ends in {@code System.exit}, which
 * blocks while the shutdown hooks run, so a hook joining it waited out the whole grace period (the JVM took a
 * minute to stop after Ctrl-C on {@code run --follow}).
 */
final class ShutdownSignal implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(60);

    private final Thread hook;
    private final CountDownLatch closed = new CountDownLatch(1);

    private ShutdownSignal(Thread worker) {
        this.hook = new Thread(() -> onShutdown(worker), "khabar-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Installs the hook for the calling thread. */
    static ShutdownSignal forCurrentThread() {
        return new ShutdownSignal(Thread.currentThread());
    }

    /** What the hook does: interrupt the worker, unless it is done, and wait for it to close this signal. */
    void onShutdown(Thread worker) {
        if (closed.getCount() == 0) {
            return;
        }
        worker.interrupt();
        try {
            closed.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running and waits for us; it goes on now
        }
    }
}
