package io.khabar.app;

import java.time.Duration;

/**
 * Turns Ctrl-C (SIGINT/SIGTERM) into an interrupt of the command's thread, and lets the JVM exit only once that
 * thread has closed what it started: files completed, offsets committed, the broker stopped cleanly.
 */
final class ShutdownSignal implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(60);

    private final Thread hook;
    private volatile boolean finished;

    private ShutdownSignal(Thread worker) {
        this.hook = new Thread(() -> {
            if (!finished) {
                worker.interrupt();
                try {
                    worker.join(GRACE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "khabar-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Installs the hook for the calling thread. */
    static ShutdownSignal forCurrentThread() {
        return new ShutdownSignal(Thread.currentThread());
    }

    @Override
    public void close() {
        finished = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running and waits for us; nothing to undo
        }
    }
}
