package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BandLayoutTest {

    @Test
    void shouldReadBackTheLayoutItsMarkerRecords() {
        assertThat(BandLayout.fromMarker(BandLayout.of(3).marker())).isEqualTo(BandLayout.of(3));
    }

    @Test
    void shouldTellNothingForMarkersOfVersionsThatDidNotRecordIt() {
        assertThat(BandLayout.fromMarker("")).isNull();
        assertThat(BandLayout.fromMarker(null)).isNull();
        assertThat(BandLayout.fromMarker("khabar-band-layout:shards=x")).isNull();
        assertThat(BandLayout.fromMarker("khabar-band-layout:shards=0")).isNull();
    }

    @Test
    void shouldNameBothShardCountsAndTheWayOutInTheError() {
        assertThatThrownBy(() -> {
            throw new BandLayoutException("1_0", 2, 3);
        }).hasMessageContaining("written with 2 band shard(s), this run has 3")
                .hasMessageContaining("dedup.shards=2");
    }
}
