package io.khabar.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every few milliseconds on a daemon thread and keeps the peak. */
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
