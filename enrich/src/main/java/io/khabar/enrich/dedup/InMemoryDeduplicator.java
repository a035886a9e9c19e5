package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dedup decision without Kafka: the same units, band keys, buckets and {@link BandMatcher} as the topology, with
 * the buckets in one heap map (one epoch, nothing expires). Articles must be added in their order. Used by
 * {@link DedupEval} and the JMH benchmark.
 */
public final class InMemoryDeduplicator {

    private final UnitExtractor extractor;
    private final BandMatcher matcher;
    private final Map<Long, Bucket> buckets = new HashMap<>();

    public InMemoryDeduplicator(UnitExtractor extractor, BandMatcher matcher) {
        this.extractor = extractor;
        this.matcher = matcher;
    }

    /** Adds an article and returns, for each of its units that repeats an earlier one, the earliest match per kind. */
    public List<UnitMatch> add(String articleId, long timestamp, List<String> paragraphs) {
        List<UnitMatch> matches = new ArrayList<>();
        for (TextUnit unit : extractor.units(paragraphs)) {
            UnitRef ref = unit.ref(articleId, timestamp);
            Map<MatchKind, UnitMatch> best = new EnumMap<>(MatchKind.class);
            for (long key : unit.fingerprint().bandKeys()) {
                BandEntry entry = new BandEntry(ref, key, unit.fingerprint().exactHash(), unit.fingerprint().features());
                Bucket bucket = buckets.getOrDefault(key, Bucket.EMPTY);
                boolean known = matcher.compare(entry, bucket, m -> {
                    UnitMatch current = best.get(m.kind());
                    if (current == null || m.match().isBefore(current.match())) {
                        best.put(m.kind(), m);
                    }
                }, m -> { });
                if (!known) {
                    buckets.put(key, matcher.absorb(bucket, entry));
                }
            }
            matches.addAll(best.values());
        }
        return matches;
    }
}
