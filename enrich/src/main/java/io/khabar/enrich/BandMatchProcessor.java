package io.khabar.enrich;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import io.khabar.enrich.dedup.BandBatch;
import io.khabar.enrich.dedup.BandState;
import io.khabar.enrich.dedup.BandUnit;
import io.khabar.enrich.dedup.KnownText;
import io.khabar.enrich.dedup.UnitRef;
import io.khabar.enrich.dedup.BandMatcher;
import io.khabar.enrich.dedup.Bucket;
import io.khabar.enrich.dedup.MatchReport;
import io.khabar.enrich.dedup.UnitKind;
import io.khabar.enrich.dedup.UnitMatch;

/**
 * The band side: compares every unit of a batch with the texts of its LSH buckets ({@link BandMatcher}), reports the
 * earliest earlier match per unit and kind to the unit's article, sends corrections to later articles that arrived
 * here first, and remembers the unit.
 *
 * <p>Window stores used as key-value stores with epochs hold the state: {@code dedup-band-buckets} (band key → the
 * exact hashes, sizes and sketches of its texts), {@code dedup-band-texts} (exact hash → shingles and the first and
 * latest units carrying it) and {@code dedup-band-copies} (exact hash → the units the bounded list of the text
 * forgot, with duplicates, read only when a unit comes in earlier than many copies it must correct). Reads are point reads
 * ({@code fetch(key, epoch)}), and whole epochs drop out as segments once event time has moved three horizons on,
 * so state stays bounded whatever the feed's age.
 */
final class BandMatchProcessor implements Processor<Integer, BandBatch, String, MatchReport> {

    private final String bucketStoreName;
    private final String textStoreName;
    private final String copyStoreName;
    private final String waitingStoreName;
    private final long orderWaitMs;
    private final BandMatcher matcher;
    private final int shards;
    private final EnrichCounters counters;
    private ProcessorContext<String, MatchReport> context;
    private StoreBandState state;
    private final RecentTexts recent = new RecentTexts();
    private BandOrder order;
    private boolean marked;
    private Cancellable idleMarker;

    /**
     * @param shards      the band shards of this run ({@code dedup.shards}, resolved): recorded in the stores' markers
     * @param orderWaitMs {@code dedup.order.wait.ms}: 0 matches batches as they come (after any that a run with a
     *                    wait left in store {@code waitingStoreName}), else they are put in timestamp order first
     *                    ({@link BandOrder})
     */
    BandMatchProcessor(String bucketStoreName, String textStoreName, String copyStoreName, String waitingStoreName,
            long orderWaitMs, BandMatcher matcher, int shards, EnrichCounters counters) {
        this.bucketStoreName = bucketStoreName;
        this.textStoreName = textStoreName;
        this.copyStoreName = copyStoreName;
        this.waitingStoreName = waitingStoreName;
        this.orderWaitMs = orderWaitMs;
        this.matcher = matcher;
        this.shards = shards;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, MatchReport> context) {
        this.context = context;
        this.state = new StoreBandState(context.getStateStore(bucketStoreName), context.getStateStore(textStoreName),
                context.getStateStore(copyStoreName), shards);
        // Called once the task's stores are restored: state kept under another band layout is refused here, before
        // a record is matched against it.
        state.checkLayout(context.taskId().toString());
        // A band task may get no records at all (fewer shards than partitions): its stores get their markers anyway.
        this.idleMarker = context.schedule(IDLE_MARK_AFTER, PunctuationType.WALL_CLOCK_TIME, now -> mark(0));
        KeyValueStore<Bytes, byte[]> waiting = context.getStateStore(waitingStoreName);
        this.order = new BandOrder(waiting, orderWaitMs);
        context.schedule(Duration.ofMillis(order.tickMs()), PunctuationType.WALL_CLOCK_TIME,
                now -> order.ready(now).forEach(this::match));
    }

    /** How long a band task waits for its first record before it marks its stores ({@link StoreBandState#mark}). */
    static final Duration IDLE_MARK_AFTER = Duration.ofSeconds(1);

    /**
     * Marks the stores once per task and start, in the epoch of {@code timestamp}: the first record's, or 0 for a task
     * that has none yet (an epoch that expires as soon as records come, and never moves the stores' time past theirs).
     */
    private void mark(long timestamp) {
        if (!marked) {
            state.mark(matcher.epochOf(timestamp));
            order.mark();
            marked = true;
        }
        if (idleMarker != null) {
            idleMarker.cancel();
            idleMarker = null;
        }
    }

    @Override
    public void process(Record<Integer, BandBatch> record) {
        BandBatch batch = record.value();
        List<BandOrder.Held> ready = order.add(record.key(), batch, context.currentSystemTimeMs());
        if (ready.stream().noneMatch(h -> h.batch() == batch)) {
            counters.bandBatchesHeld.incrementAndGet();
        }
        ready.forEach(this::match);
    }

    /** Matches the units of a batch, reports to its article and sends corrections to later ones. */
    private void match(BandOrder.Held held) {
        BandBatch batch = held.batch();
        Map<String, UnitMatch> earliest = new LinkedHashMap<>();
        Map<String, KeyValue<Long, List<UnitMatch>>> corrections = new TreeMap<>();
        // Stream time is committed with the offsets and restored with the state: at the first batch matched after a
        // (re)start it bounds every unit in the state; from then on the batches matched do (units are absorbed only
        // here). Batches held for order count in stream time but are not in the state yet: were stream time the
        // bound, a replay whose partitions lie 30 s of event time apart would never know its later texts.
        recent.advance(recent.started() ? batch.articleTs()
                : Math.max(context.currentStreamTimeMs(), batch.articleTs()));
        LongPredicate laterTexts = recent.laterThan(batch.articleTs());
        counters.bandBatches.incrementAndGet();
        mark(batch.articleTs());
        if (laterTexts != null) {
            counters.bandBatchesInOrder.incrementAndGet();
        }
        for (BandUnit unit : batch.units()) {
            matcher.match(unit, state, laterTexts, m -> rememberEarliest(earliest, m),
                    m -> corrections.computeIfAbsent(m.unit().articleId(),
                            id -> KeyValue.pair(m.unit().timestamp(), new ArrayList<>())).value.add(m));
        }
        for (BandUnit unit : batch.units()) {
            recent.add(batch.articleTs(), unit.exactHash());
        }
        context.forward(new Record<>(batch.articleId(), new MatchReport(false, batch.articleId(), batch.articleTs(),
                new ArrayList<>(earliest.values())), batch.articleTs()));
        counters.correctionsSent.addAndGet(corrections.size());
        for (Map.Entry<String, KeyValue<Long, List<UnitMatch>>> c : corrections.entrySet()) {
            context.forward(new Record<>(c.getKey(),
                    new MatchReport(true, c.getKey(), c.getValue().key, c.getValue().value), batch.articleTs()));
        }
    }

    /** The stores' marker key ({@link StoreBandState#mark}). */
    static final long MARKER = Long.MIN_VALUE;

    /** {@link BandState} in the task's window stores, one window per epoch. */
    private record StoreBandState(WindowStore<Long, Bucket> buckets, WindowStore<Long, KnownText> texts,
            WindowStore<Long, UnitRef> copies, int shards) implements BandState {

        @Override
        public Bucket bucket(long bandKey, long epoch) {
            return buckets.fetch(bandKey, epoch);
        }

        @Override
        public KnownText text(long exactHash, long epoch) {
            return texts.fetch(exactHash, epoch);
        }

        @Override
        public void putBucket(long bandKey, long epoch, Bucket bucket) {
            buckets.put(bandKey, bucket, epoch);
        }

        @Override
        public void putText(long exactHash, long epoch, KnownText text) {
            texts.put(exactHash, text, epoch);
        }

        /** At the copy's own timestamp, so that {@link #copies} reads only the range asked for. */
        @Override
        public void addCopy(long exactHash, long epoch, UnitRef unit) {
            copies.put(exactHash, unit, unit.timestamp());
        }

        /**
         * Writes a marker to each store. A store whose changelog holds no record cannot be checkpointed, and under
         * exactly-once Kafka Streams takes a task with such a store as corrupted at start: it wiped the task's whole
         * state and restored it from the changelogs at every restart. The copy store is written rarely, and a band
         * task that gets no records (fewer shards than partitions) writes to none of its stores. One marker per store,
         * task and start gives each an offset to checkpoint. Its key is no band key's or text's hash (64-bit hashes: a
         * chance of 2^-64), and it expires with its epoch. The copy store's marker records the band layout
         * ({@link BandLayout}) that {@link #checkLayout} compares at the next start.
         */
        void mark(long epoch) {
            UnitRef ref = new UnitRef(BandLayout.of(shards).marker(), epoch, -1, 0, 0, UnitKind.PARAGRAPH);
            copies.put(MARKER, ref, epoch);
            buckets.put(MARKER, Bucket.EMPTY, epoch);
            texts.put(MARKER, new KnownText(new int[0], List.of(ref), KnownText.Lead.NONE), epoch);
        }

        /**
         * Refuses state written under another band layout: with another shard count the band keys of a text fall
         * into other tasks than the ones that hold its buckets, so repeats of everything stored would silently go
         * unflagged. The latest marker in the copy store tells the layout (markers of versions that did not record
         * it tell nothing, and an empty store has none).
         */
        void checkLayout(String task) {
            BandLayout stored = null;
            try (WindowStoreIterator<UnitRef> it = copies.fetch(MARKER, 0L, Long.MAX_VALUE)) {
                while (it.hasNext()) {
                    BandLayout layout = BandLayout.fromMarker(it.next().value.articleId());
                    stored = layout != null ? layout : stored;
                }
            }
            if (stored != null && stored.shards() != shards) {
                throw new BandLayoutException(task, stored.shards(), shards);
            }
        }

        /** Copies stored before this version sit at the start of their epoch: they are always read. */
        @Override
        public List<UnitRef> copies(long exactHash, long epoch, long from, long to) {
            List<UnitRef> out = new ArrayList<>();
            fetchInto(out, exactHash, epoch, epoch);
            if (to > epoch) {
                fetchInto(out, exactHash, Math.max(from, epoch + 1), to);
            }
            return out;
        }

        private void fetchInto(List<UnitRef> out, long exactHash, long from, long to) {
            try (WindowStoreIterator<UnitRef> it = copies.fetch(exactHash, from, to)) {
                it.forEachRemaining(kv -> out.add(kv.value));
            }
        }
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
