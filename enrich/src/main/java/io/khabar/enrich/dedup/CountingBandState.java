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
    private long bucketBytesRead;
    private long bucketBytesWritten;
    private long textBytesRead;
    private long textBytesWritten;

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

    /** Bytes of the buckets read, about as they are stored (8 + 4 + 4 + sketch bytes a text). */
    public long bucketBytesRead() {
        return bucketBytesRead;
    }

    public long bucketBytesWritten() {
        return bucketBytesWritten;
    }

    /** Bytes of the texts read, about as they are stored (2 a shingle, 40 a copy). */
    public long textBytesRead() {
        return textBytesRead;
    }

    public long textBytesWritten() {
        return textBytesWritten;
    }

    /** Sets every count back to 0. */
    public void reset() {
        bucketReads = textReads = bucketWrites = textWrites = 0;
        bucketBytesRead = bucketBytesWritten = textBytesRead = textBytesWritten = 0;
    }

    private static long bytes(Bucket b) {
        return b == null ? 0 : 16L * b.size() + b.sketches().length;
    }

    private static long bytes(KnownText t) {
        return t == null ? 0 : 2L * t.features().length + 40L * t.copies().size();
    }

    @Override
    public Bucket bucket(long bandKey, long epoch) {
        bucketReads++;
        Bucket b = inner.bucket(bandKey, epoch);
        bucketBytesRead += bytes(b);
        return b;
    }

    @Override
    public KnownText text(long exactHash, long epoch) {
        textReads++;
        KnownText t = inner.text(exactHash, epoch);
        textBytesRead += bytes(t);
        return t;
    }

    @Override
    public void putBucket(long bandKey, long epoch, Bucket bucket) {
        bucketWrites++;
        bucketBytesWritten += bytes(bucket);
        inner.putBucket(bandKey, epoch, bucket);
    }

    @Override
    public void putText(long exactHash, long epoch, KnownText text) {
        textWrites++;
        textBytesWritten += bytes(text);
        inner.putText(exactHash, epoch, text);
    }

    @Override
    public void addCopy(long exactHash, long epoch, UnitRef unit) {
        inner.addCopy(exactHash, epoch, unit);
    }

    @Override
    public List<UnitRef> copies(long exactHash, long epoch, long from, long to) {
        return inner.copies(exactHash, epoch, from, to);
    }
}
