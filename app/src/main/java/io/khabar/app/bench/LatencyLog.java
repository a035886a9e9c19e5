package io.khabar.app.bench;

import java.util.Arrays;

/**
 * Latencies (milliseconds) of the records sent at or after a cut-off time; earlier ones (the warm-up) are ignored.
 * Thread-safe.
 */
final class LatencyLog {

    private volatile long fromMillis = Long.MAX_VALUE;
    private long[] values = new long[4096];
    private int size;

    /** Records sent at or after {@code fromMillis} (epoch ms) count from now on; none do before this call. */
    void countFrom(long fromMillis) {
        this.fromMillis = fromMillis;
    }

    void record(long sentMillis, long arrivedMillis) {
        if (sentMillis < fromMillis) {
            return;
        }
        synchronized (this) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = Math.max(0, arrivedMillis - sentMillis);
        }
    }

    synchronized int size() {
        return size;
    }

    /** The {@code q}-quantile (nearest rank), 0 < q ≤ 1; -1 when empty. */
    synchronized long quantile(double q) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }
}
