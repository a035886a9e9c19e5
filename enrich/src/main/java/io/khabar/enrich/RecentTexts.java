package io.khabar.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

import io.khabar.enrich.dedup.BandMatcher;

/**
 * The texts a band task absorbed lately, by unit timestamp: for a unit that comes in a little out of order (its
 * article's partition a few records behind the others), which texts have a copy later than it. Copies stored
 * before this task started are not here, so units no later than the stream time at the start get no answer, nor
 * units older than the window; they read every candidate text, as before.
 */
final class RecentTexts {

    /** Stream time the window covers: every unit in the state is at most this much later than a unit answered. */
    static final long WINDOW_MS = BandMatcher.LATER_TEXTS_WINDOW_MS;

    /** Text hashes by the timestamp of their copies, to let them go once the window has passed them. */
    private final TreeMap<Long, List<Long>> byTime = new TreeMap<>();
    /** Per text in the window, the timestamp of its latest copy: one lookup answers a question. */
    private final Map<Long, Long> latest = new HashMap<>();
    private boolean started;
    private long start;
    private long clock = Long.MIN_VALUE;

    /**
     * Advances to the time of the batch about to be matched (the clock keeps the latest); the first call, with the
     * stream time, marks the start: no unit stored before it is later than that time.
     */
    void advance(long streamTime) {
        if (!started) {
            started = true;
            start = streamTime;
        }
        clock = Math.max(clock, streamTime);
        Map<Long, List<Long>> passed = byTime.headMap(clock - WINDOW_MS);
        for (Map.Entry<Long, List<Long>> e : passed.entrySet()) {
            for (long hash : e.getValue()) {
                latest.remove(hash, e.getKey()); // unless a later copy of the text is still in the window
            }
        }
        passed.clear();
    }

    /** Whether {@link #advance} was called: the start is marked. */
    boolean started() {
        return started;
    }

    /**
     * Whether a text has a copy at or after {@code timestamp} (never, for a unit later than everything), or null when
     * that cannot be known. The answer reads the window as it is when asked.
     */
    LongPredicate laterThan(long timestamp) {
        if (!started || timestamp <= start || timestamp < clock - WINDOW_MS) {
            return null;
        }
        return hash -> {
            Long last = latest.get(hash);
            return last != null && last >= timestamp;
        };
    }

    /** Remembers that a copy of text {@code hash} at {@code timestamp} was absorbed. */
    void add(long timestamp, long hash) {
        byTime.computeIfAbsent(timestamp, t -> new ArrayList<>()).add(hash);
        latest.merge(hash, timestamp, Math::max);
    }
}
