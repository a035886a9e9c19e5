package io.khabar.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the peak. The used heap includes garbage
 * not yet collected (G1 fills a larger heap before it collects), so the peak grows with {@code -Xmx}; {@link
 * #liveBytes()} tells what the process actually holds.
 */
final class HeapWatcher implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean closing;

    HeapWatcher() {
        thread = new Thread(() -> {
            while (!closing) {
                sample();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "khabar-bench-heap");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
    }

    /** Peak used heap so far, bytes. */
    long peakBytes() {
        sample();
        return peak.get();
    }

    /**
     * The heap still used after a full collection, bytes: what the broker, the apps and the sink hold once the run is
     * over (stores open, caches full). Call it after the measurement: the collection stops the process for a moment.
     */
    long liveBytes() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The maximum heap of this JVM (-Xmx), bytes. */
    long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        closing = true;
        thread.interrupt();
    }
}
