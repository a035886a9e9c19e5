package io.khabar.enrich;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.khabar.enrich.dedup.BandBatch;
import io.khabar.enrich.dedup.DedupSerdes;

/**
 * Hands a band task its batches in timestamp order across the raw topic's partitions ({@code dedup.order.wait.ms}).
 *
 * <p>Each parse task sends its articles' batches in the order of its partition, but the partitions progress at their
 * own pace (other threads, other instances), so a band task gets the batches of several partitions interleaved out
 * of order. A batch that comes before an earlier article's batch is matched without that article, which is then
 * found to be earlier and the later article is re-emitted with corrected flags. On a backlog (a batch of files, a
 * replay) that was a fifth of the articles.
 *
 * <p>So a batch is matched only once every partition that is still sending has sent a batch at least as late (its
 * <em>watermark</em>); until then it waits in the key-value store {@code dedup-band-waiting}, in timestamp order. A
 * partition that has sent nothing for half of {@code wait} ms no longer holds batches back; for {@code wait} ms after
 * the first batch nothing is matched, so that every partition can show up; no batch waits more than
 * {@link #MAX_WAIT_FACTOR} times {@code wait}, and at most {@link #MAX_WAITING} wait (beyond that the earliest go).
 * On a live feed at a few articles a second the other partitions are silent most of the time, and a batch goes at
 * once; at 150 articles/s it waits for the other partitions' next commit (tens of ms). Batches of unknown partition
 * (records of an older version) are matched as they come. The results do not depend on the order; the order only
 * spares corrections.
 */
final class BandOrder {

    /** Batches a band task holds at most (about 2.5 KB each); beyond this the earliest are matched at once. */
    static final int MAX_WAITING = 20_000;
    /**
     * A batch waits at most this many times the wait, then goes with everything before it: a partition whose
     * timestamps lag (an ingest host with its clock behind) cannot hold the others back for long.
     */
    static final int MAX_WAIT_FACTOR = 30;

    /** The store's marker: an empty key, first in order, never a batch (see {@link #mark}). */
    private static final Bytes MARKER = Bytes.wrap(new byte[0]);

    /** A batch and the shard it was sent to (the band record's key). */
    record Held(int shard, BandBatch batch) {
    }

    private static final Serde<BandBatch> SERDE = DedupSerdes.bandBatch();

    /** Batches by key ({@link #key}), serialized: only the ones released are read back. */
    private final KeyValueStore<Bytes, byte[]> waiting;
    private final long waitMs;
    private final int maxWaiting;
    /** Per source partition: its latest batch's timestamp and the wall-clock time it came. */
    private final Map<Integer, long[]> sources = new HashMap<>();
    private long firstArrival = -1;
    /** The batches held by this instance, in arrival order: wall-clock time of arrival, timestamp. */
    private final ArrayDeque<long[]> arrivals = new ArrayDeque<>();
    /** No waiting batch is earlier than this (when {@code earliestKnown}: the store has been read once). */
    private long earliestWaiting = Long.MAX_VALUE;
    private boolean earliestKnown;
    private long waitingCount;

    BandOrder(KeyValueStore<Bytes, byte[]> waiting, long waitMs) {
        this(waiting, waitMs, MAX_WAITING);
    }

    BandOrder(KeyValueStore<Bytes, byte[]> waiting, long waitMs, int maxWaiting) {
        if (waitMs < 0 || maxWaiting < 1) {
            throw new IllegalArgumentException("wait must not be negative, maxWaiting positive: " + waitMs + ", "
                    + maxWaiting);
        }
        this.waiting = waiting;
        this.waitMs = waitMs;
        this.maxWaiting = maxWaiting;
        this.waitingCount = waiting.approximateNumEntries(); // after a restart: what the last run left waiting
    }

    /** Writes the marker, so that the store's changelog has a record to checkpoint even when nothing waits. */
    void mark() {
        waiting.put(MARKER, new byte[0]);
    }

    /**
     * How often the task should call {@link #ready} by the clock: a quarter of the wait, 10-250 ms; with no wait,
     * once a second (to release what a run with a wait left in the store).
     */
    long tickMs() {
        return waitMs == 0 ? 1000 : Math.max(10, Math.min(250, waitMs / 4));
    }

    /**
     * Takes a batch that arrived at wall-clock time {@code now}; returns the batches to match now, in timestamp order
     * (this one among them, or none: then it waits).
     */
    List<Held> add(int shard, BandBatch batch, long now) {
        if (waitMs == 0 || batch.source() < 0) { // no order asked for, or a batch of unknown partition
            return release(waitMs == 0 ? Long.MAX_VALUE : watermark(now), new Held(shard, batch));
        }
        if (firstArrival < 0) {
            firstArrival = now;
        }
        long[] source = sources.computeIfAbsent(batch.source(), s -> new long[] {Long.MIN_VALUE, now});
        source[0] = Math.max(source[0], batch.articleTs());
        source[1] = now;
        long watermark = watermark(now);
        if (batch.articleTs() > watermark) {
            waiting.put(key(shard, batch), SERDE.serializer().serialize(null, batch));
            arrivals.addLast(new long[] {now, batch.articleTs()});
            waitingCount++;
            earliestWaiting = Math.min(earliestWaiting, batch.articleTs());
            return release(watermark, null); // its partition moved on: earlier batches of others may go now
        }
        return release(watermark, new Held(shard, batch));
    }

    /** The waiting batches that may be matched at wall-clock time {@code now}, in timestamp order. */
    List<Held> ready(long now) {
        return release(watermark(now), null);
    }

    /** How many batches wait, as far as this instance knows (the store's estimate after a restart). */
    long waiting() {
        return Math.max(0, waitingCount);
    }

    /**
     * The time up to which batches may be matched: the latest timestamp of the partition furthest behind among those
     * that sent a batch within half the wait (so a partition whose records ran out holds the end of a backlog back no
     * longer; a busy one shows its batches at every commit of its thread, 100 ms apart); before every partition could
     * show up, none. At least the time of every batch held longer than {@link #MAX_WAIT_FACTOR} waits.
     */
    private long watermark(long now) {
        if (waitMs == 0) {
            return Long.MAX_VALUE;
        }
        long overdue = Long.MIN_VALUE; // released by this call, so taken off the list
        while (!arrivals.isEmpty() && now - arrivals.peekFirst()[0] > MAX_WAIT_FACTOR * waitMs) {
            overdue = Math.max(overdue, arrivals.pollFirst()[1]);
        }
        if (firstArrival < 0 || now - firstArrival < waitMs) {
            return overdue;
        }
        long watermark = Long.MAX_VALUE;
        for (long[] source : sources.values()) {
            if (now - source[1] <= waitMs / 2) {
                watermark = Math.min(watermark, source[0]);
            }
        }
        return Math.max(watermark, overdue);
    }

    /**
     * Removes and returns, in key order, the waiting batches at or before the watermark (and, while more than
     * {@code maxWaiting} wait, the earliest others), with {@code arriving} put in its place in that order.
     */
    private List<Held> release(long watermark, Held arriving) {
        List<Held> out = new ArrayList<>();
        if (earliestKnown && (earliestWaiting == Long.MAX_VALUE || earliestWaiting > watermark)
                && waitingCount <= maxWaiting) {
            if (arriving != null) {
                out.add(arriving);
            }
            return out;
        }
        Bytes arrivingKey = arriving == null ? null : key(arriving.shard(), arriving.batch());
        List<Bytes> done = new ArrayList<>();
        long next = Long.MAX_VALUE;
        long count = waitingCount;
        // From the earliest waiting batch on: the batches released before lie below it as deletes, which RocksDB
        // would step over one by one from the start of the store.
        Bytes from = earliestKnown ? timePrefix(earliestWaiting) : null;
        try (KeyValueIterator<Bytes, byte[]> it = waiting.range(from, null)) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> kv = it.next();
                if (kv.key.get().length == 0) {
                    continue; // the marker
                }
                long ts = timeOf(kv.key);
                if (ts > watermark && count - done.size() <= maxWaiting) {
                    next = ts;
                    break;
                }
                if (arrivingKey != null && kv.key.compareTo(arrivingKey) > 0) {
                    out.add(arriving);
                    arrivingKey = null;
                }
                out.add(new Held(shardOf(kv.key), SERDE.deserializer().deserialize(null, kv.value)));
                done.add(kv.key);
            }
        }
        if (arrivingKey != null) {
            out.add(arriving);
        }
        for (Bytes key : done) {
            waiting.put(key, null); // a delete, without reading the old value back as delete() does
        }
        waitingCount = next == Long.MAX_VALUE ? 0 : Math.max(0, count - done.size());
        earliestWaiting = next;
        earliestKnown = true;
        return out;
    }

    /** Timestamp (sign bit flipped, so that bytes sort as numbers), shard, article id: unique per task. */
    private static Bytes key(int shard, BandBatch batch) {
        byte[] id = batch.articleId().getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(12 + id.length).putLong(batch.articleTs() ^ Long.MIN_VALUE)
                .putInt(shard ^ Integer.MIN_VALUE).put(id).array());
    }

    /** The first 8 bytes of the keys of a timestamp: every such key sorts at or after it. */
    private static Bytes timePrefix(long ts) {
        return Bytes.wrap(ByteBuffer.allocate(8).putLong(ts ^ Long.MIN_VALUE).array());
    }

    private static long timeOf(Bytes key) {
        return ByteBuffer.wrap(key.get()).getLong(0) ^ Long.MIN_VALUE;
    }

    private static int shardOf(Bytes key) {
        return ByteBuffer.wrap(key.get()).getInt(8) ^ Integer.MIN_VALUE;
    }
}
