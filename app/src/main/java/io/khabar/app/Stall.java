package io.khabar.app;

import java.time.Duration;

/** Tells when a count that should keep moving (articles written, corrections taken in) has stood still too long. */
final class Stall {

    private final Duration limit;
    private long last = -1;
    private long since = System.nanoTime();

    Stall(Duration limit) {
        this.limit = limit;
    }

    /** Whether {@code count} has not changed for longer than the limit; a change starts the clock again. */
    boolean stalled(long count) {
        long now = System.nanoTime();
        if (count != last) {
            last = count;
            since = now;
            return false;
        }
        return Duration.ofNanos(now - since).compareTo(limit) > 0;
    }
}
