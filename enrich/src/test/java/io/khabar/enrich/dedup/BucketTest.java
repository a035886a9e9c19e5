package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BucketTest {

    private static final byte[] SIX_BANDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final byte[] FIVE_BANDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void textsAgreeOnTheSketchBytesTheyShare() {
        Bucket bucket = Bucket.EMPTY.with(1L, 20, SIX_BANDS, 8);
        assertThat(bucket.agreement(0, SIX_BANDS)).isEqualTo(12);
        assertThat(bucket.agreement(0, new byte[] {1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).isEqualTo(2);
    }

    @Test
    void stateKeptAcrossAChangeOfBandsStillTakesAndComparesTexts() {
        Bucket bucket = Bucket.EMPTY.with(1L, 20, SIX_BANDS, 8).with(2L, 21, FIVE_BANDS, 8);

        assertThat(bucket.size()).isEqualTo(2);
        assertThat(bucket.sketchLength()).isEqualTo(12);
        assertThat(bucket.agreement(0, FIVE_BANDS)).isEqualTo(10);
        assertThat(bucket.agreement(1, FIVE_BANDS)).isEqualTo(10);
        assertThat(bucket.agreement(1, SIX_BANDS)).as("the padded bytes do not agree").isEqualTo(10);
    }

    @Test
    void withoutSketchesEveryTextMayMatch() {
        Bucket exact = Bucket.EMPTY.with(1L, 0, new byte[0], 8);
        assertThat(exact.agreement(0, new byte[0])).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aFullBucketTakesNoMore() {
        Bucket full = Bucket.EMPTY.with(1L, 20, FIVE_BANDS, 1);
        assertThat(full.with(2L, 20, FIVE_BANDS, 1)).isSameAs(full);
    }
}
