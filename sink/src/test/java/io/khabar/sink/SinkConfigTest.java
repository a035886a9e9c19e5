package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void shouldHaveTheDocumentedDefaults() {
        SinkConfig c = new SinkConfig(Map.of());
        assertThat(c.enrichedTopic()).isEqualTo("news.enriched");
        assertThat(c.dlqTopic()).isEqualTo("news.dlq");
        assertThat(c.groupId()).isEqualTo("khabar-sink");
        assertThat(c.outDir()).contains(Path.of("out"));
        assertThat(c.bulkMaxBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(c.bulkMaxAge()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.indexPattern()).isEqualTo("news-{yyyy.MM}");
        assertThat(c.onError()).isEqualTo(OnError.DLQ);
        assertThat(c.esUrl()).isEmpty();
        assertThat(c.esBatchMaxDocs()).isEqualTo(500);
        assertThat(c.esBatchMaxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(c.isReplay()).isFalse();
    }

    @Test
    void shouldParseReplayStarts() {
        assertThat(new SinkConfig(Map.of("replay.from", "earliest")).isReplay()).isTrue();
        assertThat(new SinkConfig(Map.of("replay.from", "earliest")).replayFrom()).isEmpty();
        assertThat(new SinkConfig(Map.of("replay.from", "2021-11-21")).replayFrom()).contains(Instant.parse("2021-11-21T00:00:00Z"));
        assertThat(new SinkConfig(Map.of("replay.from", "2021-11-21T10:00:00+03:00")).replayFrom())
                .contains(Instant.parse("2021-11-21T07:00:00Z"));
        assertThatThrownBy(() -> new SinkConfig(Map.of("replay.from", "yesterday")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("replay.from");
    }

    @Test
    void shouldRejectBadValuesNamingTheKey() {
        assertThatThrownBy(() -> new SinkConfig(Map.of("on.error", "ignore")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("on.error");
        assertThatThrownBy(() -> new SinkConfig(Map.of("bulk.max.bytes", "0")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bulk.max.bytes");
        assertThatThrownBy(() -> new SinkConfig(Map.of("out.dir", "")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("es.url");
    }

    @Test
    void shouldPassThroughPrefixedClientSettingsAndHideSecrets() {
        SinkConfig c = new SinkConfig(Map.of("consumer.max.poll.records", "50", "producer.linger.ms", "1",
                "es.url", "http://localhost:9200", "es.password", "s3cret"));
        assertThat(c.consumerOverrides()).containsEntry("max.poll.records", "50");
        assertThat(c.producerOverrides()).containsEntry("linger.ms", "1");
        assertThat(c.esPassword().toString()).doesNotContain("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret");
        assertThat(c.onError()).isEqualTo(OnError.DLQ);
    }
}
