package io.khabar.ingest;

import java.time.Clock;

/**
 * Stamps raw records with their arrival time, strictly increasing: the wall clock, or one millisecond after the
 * previous stamp when the clock has not moved on. The deduplicator orders paragraphs by record timestamp (then article
 * id), so this makes "earlier" mean earlier in the input for articles read within the same millisecond. Reading
 * faster than 1,000 articles/s puts the stamps ahead of the clock by up to one millisecond per article until the clock
 * catches up (10,000 articles in a second: about 9 s ahead).
 */
final class ArrivalClock {

    private final Clock clock;
    private long last = Long.MIN_VALUE;

    ArrivalClock(Clock clock) {
        this.clock = clock;
    }

    synchronized long next() {
        last = Math.max(clock.millis(), last + 1);
        return last;
    }
}
