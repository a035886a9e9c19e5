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

import io.khabar.enrich.dedup.BandBatch;
import io.khabar.enrich.dedup.BandEntry;
import io.khabar.enrich.dedup.BandMatcher;
import io.khabar.enrich.dedup.Bucket;
import io.khabar.enrich.dedup.MatchReport;
import io.khabar.enrich.dedup.UnitMatch;

/**
 * The band side: for every entry of a batch, compares it with the texts of its LSH bucket, reports the earliest
 * earlier match per unit and kind to the entry's article, sends corrections to later articles that arrived here
 * first, and adds the entry to its bucket.
 *
 * <p>Buckets live in a window store used as a key-value store with epochs: a unit of event time {@code t} is
 * stored in the bucket of its epoch ({@code t} rounded down to a multiple of the horizon) and compared with the
 * buckets of the epochs before, of and after its own, the only ones that can hold units within the horizon. Every
 * lookup is a point read ({@code fetch(key, epoch)}), never a range scan, and whole epochs drop out as segments
 * once event time has moved three horizons on, so state stays bounded whatever the feed's age.
 */
final class BandMatchProcessor implements Processor<Integer, BandBatch, String, MatchReport> {

    private final String storeName;
    private final BandMatcher matcher;
    private final long epochMs;
    private ProcessorContext<String, MatchReport> context;
    private WindowStore<Long, Bucket> buckets;

    BandMatchProcessor(String storeName, BandMatcher matcher) {
        this.storeName = storeName;
        this.matcher = matcher;
        this.epochMs = matcher.horizonMs();
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
            match(entry, earliest, corrections);
        }
        context.forward(record.withKey(batch.articleId())
                .withValue(new MatchReport(false, batch.articleId(), batch.articleTs(),
                        new ArrayList<>(earliest.values()))));
        for (Map.Entry<String, KeyValue<Long, List<UnitMatch>>> c : corrections.entrySet()) {
            context.forward(record.withKey(c.getKey())
                    .withValue(new MatchReport(true, c.getKey(), c.getValue().key, c.getValue().value)));
        }
    }

    /** Compares the entry with its buckets of the neighbouring epochs and adds it to its own. */
    private void match(BandEntry entry, Map<String, UnitMatch> earliest,
            Map<String, KeyValue<Long, List<UnitMatch>>> corrections) {
        long epoch = epochOf(entry.unit().timestamp());
        boolean known = false;
        Bucket own = Bucket.EMPTY;
        for (long e : new long[] {epoch - epochMs, epoch, epoch + epochMs}) {
            if (e < 0) {
                continue; // before time began (or past the end of it)
            }
            Bucket bucket = buckets.fetch(entry.bandKey(), e);
            if (bucket == null) {
                continue;
            }
            known |= matcher.compare(entry, bucket, m -> rememberEarliest(earliest, m),
                    m -> corrections.computeIfAbsent(m.unit().articleId(),
                            id -> KeyValue.pair(m.unit().timestamp(), new ArrayList<>())).value.add(m));
            if (e == epoch) {
                own = bucket;
            }
        }
        if (!known) {
            buckets.put(entry.bandKey(), matcher.absorb(own, entry), epoch);
        }
    }

    private long epochOf(long timestamp) {
        return Math.floorDiv(Math.max(0, timestamp), epochMs) * epochMs;
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
