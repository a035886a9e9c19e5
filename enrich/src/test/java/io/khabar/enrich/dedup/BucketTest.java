package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BucketTest {

    private static final byte[] SIX_BANDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final byte[] FIVE_BANDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final long T = 1_764_547_200_123L;

    @Test
    void textsAgreeOnTheSketchBytesTheyShare() {
        Bucket bucket = Bucket.EMPTY.with(1L, 20, SIX_BANDS, T, 8);
        assertThat(bucket.agreement(0, SIX_BANDS)).isEqualTo(12);
        assertThat(bucket.agreement(0, new byte[] {1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).isEqualTo(2);
    }

    @Test
    void stateKeptAcrossAChangeOfBandsStillTakesAndComparesTexts() {
        Bucket bucket = Bucket.EMPTY.with(1L, 20, SIX_BANDS, T, 8).with(2L, 21, FIVE_BANDS, T, 8);

        assertThat(bucket.size()).isEqualTo(2);
        assertThat(bucket.sketchLength()).isEqualTo(12);
        assertThat(bucket.agreement(0, FIVE_BANDS)).isEqualTo(10);
        assertThat(bucket.agreement(1, FIVE_BANDS)).isEqualTo(10);
        assertThat(bucket.agreement(1, SIX_BANDS)).as("the padded bytes do not agree").isEqualTo(10);
    }

    @Test
    void withoutSketchesEveryTextMayMatch() {
        Bucket exact = Bucket.EMPTY.with(1L, 0, new byte[0], T, 8);
        assertThat(exact.agreement(0, new byte[0])).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aFullBucketTakesNoMore() {
        Bucket full = Bucket.EMPTY.with(1L, 20, FIVE_BANDS, T, 1);
        assertThat(full.with(2L, 20, FIVE_BANDS, T, 1)).isSameAs(full);
    }

    @Test
    void aTextIsFirstSeenAtItsFirstCopyRoundedDownAndALateEarlierCopyMovesThatBack() {
        Bucket bucket = Bucket.EMPTY.with(1L, 20, FIVE_BANDS, T, 8);
        assertThat(bucket.firstSeenLowerBound(0)).isEqualTo(T - 123).isLessThanOrEqualTo(T);
        assertThat(bucket.withCopyAt(0, T + 5_000)).as("a later copy changes nothing").isSameAs(bucket);

        Bucket earlier = bucket.withCopyAt(0, T - 60_000);
        assertThat(earlier.firstSeenLowerBound(0)).isEqualTo(T - 60_123);
        assertThat(bucket.firstSeenLowerBound(0)).as("buckets are values").isEqualTo(T - 123);
    }

    @Test
    void aBucketWrittenBeforeFirstSeenTimesExistedReadsWithEveryTextPossiblyEarliest() {
        var serde = DedupSerdes.bucket();
        Bucket bucket = Bucket.EMPTY.with(1L, 20, FIVE_BANDS, T, 8).with(2L, 21, FIVE_BANDS, T + 9_000, 8);
        byte[] bytes = serde.serializer().serialize("t", bucket);
        Bucket back = serde.deserializer().deserialize("t", bytes);
        assertThat(back.firstSeen()).isEqualTo(bucket.firstSeen());

        int oldLength = bytes.length - 4 - 4 * 2; // the same record without its trailing first-seen times
        Bucket old = serde.deserializer().deserialize("t", java.util.Arrays.copyOf(bytes, oldLength));
        assertThat(old.hashes()).isEqualTo(bucket.hashes());
        assertThat(old.firstSeenLowerBound(0)).isZero();
        assertThat(old.firstSeenLowerBound(1)).isZero();
    }
}
