package io.khabar.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import io.khabar.enrich.dedup.BandMatcher;

/**
 * The texts a band task absorbed lately, by unit timestamp: for a unit that comes in a little out of order (its
 * article's partition a few records behind the others), the texts that have a copy later than it. Copies stored
 * before this task started are not here, so units no later than the stream time at the start get no answer, nor
 * units older than the window; they read every candidate text, as before.
 */
final class RecentTexts {

    /** Stream time the window covers: every unit in the state is at most this much later than a unit answered. */
    static final long WINDOW_MS = BandMatcher.LATER_TEXTS_WINDOW_MS;

    private final TreeMap<Long, List<Long>> byTime = new TreeMap<>();
    private boolean started;
    private long start;
    private long clock = Long.MIN_VALUE;

    /**
     * Advances to the stream time of the record about to be handled (which counts the record itself); the first call
     * marks the start: no unit stored before it is later than that time.
     */
    void advance(long streamTime) {
        if (!started) {
            started = true;
            start = streamTime;
        }
        clock = Math.max(clock, streamTime);
        byTime.headMap(clock - WINDOW_MS).clear();
    }

    /**
     * The texts with a copy at or after {@code timestamp} (empty for a unit later than everything), or null when they
     * cannot all be known.
     */
    Set<Long> laterThan(long timestamp) {
        if (!started || timestamp <= start || timestamp < clock - WINDOW_MS) {
            return null;
        }
        Set<Long> later = new HashSet<>();
        for (List<Long> hashes : byTime.tailMap(timestamp, true).values()) {
            later.addAll(hashes);
        }
        return later;
    }

    /** Remembers that a copy of text {@code hash} at {@code timestamp} was absorbed. */
    void add(long timestamp, long hash) {
        byTime.computeIfAbsent(timestamp, t -> new ArrayList<>()).add(hash);
    }
}
