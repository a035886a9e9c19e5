package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dedup decision without Kafka: the same units, band keys, buckets and {@link BandMatcher} as the topology, with
 * the state in heap maps (nothing expires). Articles must be added in their order. Used by {@link DedupEval}.
 */
public final class InMemoryDeduplicator {

    private final UnitExtractor extractor;
    private final BandMatcher matcher;
    private final InMemoryBandState state = new InMemoryBandState();
    private long latestTimestamp = Long.MIN_VALUE;

    public InMemoryDeduplicator(UnitExtractor extractor, BandMatcher matcher) {
        this.extractor = extractor;
        this.matcher = matcher;
    }

    /** Adds an article and returns, for each of its units that repeats an earlier one, the earliest match per kind. */
    public List<UnitMatch> add(String articleId, long timestamp, List<String> paragraphs) {
        List<UnitMatch> matches = new ArrayList<>();
        boolean latest = timestamp > latestTimestamp;
        latestTimestamp = Math.max(latestTimestamp, timestamp);
        for (TextUnit unit : extractor.units(paragraphs)) {
            Map<MatchKind, UnitMatch> best = new EnumMap<>(MatchKind.class);
            Fingerprint f = unit.fingerprint();
            matcher.match(new BandUnit(unit.ref(articleId, timestamp), f.exactHash(), f.features(), f.bandKeys(), f.sketch()),
                    state, latest ? BandMatcher.NO_LATER_COPIES : null, m -> {
                        UnitMatch current = best.get(m.kind());
                        if (current == null || m.match().isBefore(current.match())) {
                            best.put(m.kind(), m);
                        }
                    }, m -> { });
            matches.addAll(best.values());
        }
        return matches;
    }
}
