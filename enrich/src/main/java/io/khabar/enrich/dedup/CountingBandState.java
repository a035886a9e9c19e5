package io.khabar.enrich.dedup;

import java.util.List;

/**
 * A {@link BandState} that counts the bucket and text reads and writes reaching the state it wraps: the band side's
 * store operations, a measure of dedup work that does not vary from run to run (see {@code BandStoreOps}).
 */
public final class CountingBandState implements BandState {

    private final BandState inner;
    private long bucketReads;
    private long textReads;
    private long bucketWrites;
    private long textWrites;

    public CountingBandState(BandState inner) {
        this.inner = inner;
    }

    public long bucketReads() {
        return bucketReads;
    }

    public long textReads() {
        return textReads;
    }

    public long bucketWrites() {
        return bucketWrites;
    }

    public long textWrites() {
        return textWrites;
    }

    /** Sets every count back to 0. */
    public void reset() {
        bucketReads = textReads = bucketWrites = textWrites = 0;
    }

    @Override
    public Bucket bucket(long bandKey, long epoch) {
        bucketReads++;
        return inner.bucket(bandKey, epoch);
    }

    @Override
    public KnownText text(long exactHash, long epoch) {
        textReads++;
        return inner.text(exactHash, epoch);
    }

    @Override
    public void putBucket(long bandKey, long epoch, Bucket bucket) {
        bucketWrites++;
        inner.putBucket(bandKey, epoch, bucket);
    }

    @Override
    public void putText(long exactHash, long epoch, KnownText text) {
        textWrites++;
        inner.putText(exactHash, epoch, text);
    }

    @Override
    public void addCopy(long exactHash, long epoch, UnitRef unit) {
        inner.addCopy(exactHash, epoch, unit);
    }

    @Override
    public List<UnitRef> copies(long exactHash, long epoch) {
        return inner.copies(exactHash, epoch);
    }
}
