package io.khabar.enrich.dedup;

import java.util.List;

/**
 * Where the band side keeps its buckets and texts, per epoch: Kafka Streams window stores in the topology
 * ({@code dedup-band-buckets}, {@code dedup-band-texts}, {@code dedup-band-copies}), hash maps in dedup-eval and the
 * benchmarks.
 */
public interface BandState {

    /** The bucket of a band key in an epoch, or null. */
    Bucket bucket(long bandKey, long epoch);

    /** A text of an epoch by its exact hash, or null. */
    KnownText text(long exactHash, long epoch);

    void putBucket(long bandKey, long epoch, Bucket bucket);

    void putText(long exactHash, long epoch, KnownText text);

    /** Records a unit carrying a text that the bounded list of its {@link KnownText} forgot. */
    void addCopy(long exactHash, long epoch, UnitRef unit);

    /**
     * The units recorded with {@link #addCopy} for a text in an epoch whose timestamps lie in {@code from..to}, and
     * maybe some earlier ones (a record processed again may repeat one).
     */
    List<UnitRef> copies(long exactHash, long epoch, long from, long to);
}
