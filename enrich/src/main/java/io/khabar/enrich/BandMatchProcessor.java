package io.khabar.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import io.khabar.enrich.dedup.BandBatch;
import io.khabar.enrich.dedup.BandEntry;
import io.khabar.enrich.dedup.BandMatcher;
import io.khabar.enrich.dedup.MatchKind;
import io.khabar.enrich.dedup.MatchReport;
import io.khabar.enrich.dedup.UnitMatch;
import io.khabar.enrich.dedup.UnitRef;

/**
 * The band side: for every entry of a batch, compares it with the members of its LSH bucket, reports the earliest
 * earlier match per unit and kind to the entry's article, sends corrections to later articles that arrived here
 * first, and remembers the entry.
 *
 * <p>The bucket store is a window store with duplicates, retention = the memory horizon: fingerprints older than
 * the horizon (in event time) drop out segment by segment, so state stays bounded whatever the feed's age.
 */
final class BandMatchProcessor implements Processor<Integer, BandBatch, String, MatchReport> {

    private final String storeName;
    private final BandMatcher matcher;
    private ProcessorContext<String, MatchReport> context;
    private WindowStore<Long, BandEntry> buckets;

    BandMatchProcessor(String storeName, BandMatcher matcher) {
        this.storeName = storeName;
        this.matcher = matcher;
    }

    @Override
    public void init(ProcessorContext<String, MatchReport> context) {
        this.context = context;
        this.buckets = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<Integer, BandBatch> record) {
        BandBatch batch = record.value();
        Map<String, UnitMatch> earliest = new LinkedHashMap<>();
        Map<String, KeyValue<Long, List<UnitMatch>>> corrections = new TreeMap<>();
        for (BandEntry entry : batch.entries()) {
            if (!isKnown(entry, earliest, corrections)) {
                buckets.put(entry.bandKey(), entry, entry.unit().timestamp());
            }
        }
        context.forward(record.withKey(batch.articleId())
                .withValue(new MatchReport(false, batch.articleId(), batch.articleTs(),
                        new ArrayList<>(earliest.values()))));
        for (Map.Entry<String, KeyValue<Long, List<UnitMatch>>> c : corrections.entrySet()) {
            context.forward(record.withKey(c.getKey())
                    .withValue(new MatchReport(true, c.getKey(), c.getValue().key, c.getValue().value)));
        }
    }

    /** Compares the entry with its bucket; true when the bucket already holds this very unit (a replay). */
    private boolean isKnown(BandEntry entry, Map<String, UnitMatch> earliest,
            Map<String, KeyValue<Long, List<UnitMatch>>> corrections) {
        UnitRef unit = entry.unit();
        long horizon = matcher.horizonMs();
        long from = unit.timestamp() - horizon > unit.timestamp() ? Long.MIN_VALUE : unit.timestamp() - horizon;
        long to = unit.timestamp() + horizon < unit.timestamp() ? Long.MAX_VALUE : unit.timestamp() + horizon;
        boolean known = false;
        try (WindowStoreIterator<BandEntry> members = buckets.fetch(entry.bandKey(), Math.max(0, from), to)) {
            while (members.hasNext()) {
                BandEntry member = members.next().value;
                if (member.unit().samePlace(unit) && member.exactHash() == entry.exactHash()) {
                    known = true;
                    continue;
                }
                double similarity = matcher.match(entry, member);
                if (similarity < 0) {
                    continue;
                }
                MatchKind kind = MatchKind.of(unit.kind(), member.unit().kind());
                if (member.unit().isBefore(unit)) {
                    rememberEarliest(earliest, new UnitMatch(unit, kind, member.unit(), similarity));
                } else {
                    corrections.computeIfAbsent(member.unit().articleId(),
                            id -> KeyValue.pair(member.unit().timestamp(), new ArrayList<>()))
                            .value.add(new UnitMatch(member.unit(), kind, unit, similarity));
                }
            }
        }
        return known;
    }

    private static void rememberEarliest(Map<String, UnitMatch> earliest, UnitMatch match) {
        String slot = slot(match);
        UnitMatch current = earliest.get(slot);
        if (current == null || match.match().isBefore(current.match())) {
            earliest.put(slot, match);
        }
    }

    static String slot(UnitMatch m) {
        return m.unit().paragraph() + ":" + m.unit().start() + ":" + m.unit().kind() + ":" + m.kind();
    }

    static Map<String, UnitMatch> bySlot(List<UnitMatch> matches) {
        Map<String, UnitMatch> map = new HashMap<>();
        for (UnitMatch m : matches) {
            map.put(slot(m), m);
        }
        return map;
    }
}
