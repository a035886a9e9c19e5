package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dedup decision without Kafka: the same units, band keys and {@link BandMatcher} as the topology, with the
 * buckets in one heap map. Articles must be added in their order; nothing expires. Used by {@link DedupEval}.
 */
public final class InMemoryDeduplicator {

    private final UnitExtractor extractor;
    private final BandMatcher matcher;
    private final Map<Long, List<BandEntry>> buckets = new HashMap<>();

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
                List<BandEntry> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
                for (BandEntry existing : bucket) {
                    double similarity = matcher.match(entry, existing);
                    if (similarity < 0 || !existing.unit().isBefore(ref)) {
                        continue;
                    }
                    MatchKind kind = MatchKind.of(ref.kind(), existing.unit().kind());
                    UnitMatch current = best.get(kind);
                    if (current == null || existing.unit().isBefore(current.match())) {
                        best.put(kind, new UnitMatch(ref, kind, existing.unit(), similarity));
                    }
                }
                bucket.add(entry);
            }
            matches.addAll(best.values());
        }
        return matches;
    }
}
