package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    @Test
    void streamsGetTheRocksDbSettingsAndTheBlockCacheSize() {
        Properties defaults = new EnrichConfig(Map.of()).streamsProperties();
        assertThat(defaults.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo(DedupRocksDbConfig.class);
        assertThat(defaults.get(DedupRocksDbConfig.BLOCK_CACHE_MB_KEY)).isEqualTo(512);

        Properties set = new EnrichConfig(Map.of(EnrichConfig.BLOCK_CACHE_MB_CONFIG, "64")).streamsProperties();
        assertThat(set.get(DedupRocksDbConfig.BLOCK_CACHE_MB_KEY)).isEqualTo(64);

        assertThatThrownBy(() -> new EnrichConfig(Map.of(EnrichConfig.BLOCK_CACHE_MB_CONFIG, "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(EnrichConfig.BLOCK_CACHE_MB_CONFIG);
    }

    @Test
    void aUserSetterWinsOverOurs() {
        Properties props = new EnrichConfig(Map.of("streams." + StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
                "com.example.MySetter")).streamsProperties();
        assertThat(props.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo("com.example.MySetter");
    }

    @Test
    void sentencesKeepTwoBandsByDefaultAndNeverMoreThanParagraphs() {
        assertThat(new EnrichConfig(Map.of()).sentenceBands()).isEqualTo(2);
        assertThat(new EnrichConfig(Map.of(EnrichConfig.DEDUP_SENTENCE_BANDS_CONFIG, "5")).sentenceBands())
                .isEqualTo(5);
        assertThat(new EnrichConfig(Map.of(EnrichConfig.DEDUP_SENTENCE_BANDS_CONFIG, "9",
                EnrichConfig.DEDUP_BANDS_CONFIG, "4")).sentenceBands()).isEqualTo(4);
        assertThatThrownBy(() -> new EnrichConfig(Map.of(EnrichConfig.DEDUP_SENTENCE_BANDS_CONFIG, "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(EnrichConfig.DEDUP_SENTENCE_BANDS_CONFIG);
    }

    @Test
    void shardsFollowThePartitionsUnlessSet() {
        EnrichConfig auto = new EnrichConfig(Map.of(EnrichConfig.TOPICS_PARTITIONS_CONFIG, 4));
        assertThat(auto.shardsFollowPartitions()).isTrue();
        assertThat(auto.shards()).isEqualTo(2);
        assertThat(EnrichConfig.shardsFor(1)).isEqualTo(1);
        assertThat(EnrichConfig.shardsFor(3)).isEqualTo(1);
        assertThat(EnrichConfig.shardsFor(6)).isEqualTo(2);
        assertThat(EnrichConfig.shardsFor(12)).isEqualTo(4);
        assertThat(auto.withShards(6).shards()).isEqualTo(6);
        assertThat(auto.withShards(6).shardsFollowPartitions()).isFalse();
    }
}
