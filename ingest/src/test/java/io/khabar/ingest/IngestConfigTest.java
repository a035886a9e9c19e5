package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void shouldDefaultToContractTopicsDeadLettersAndFiveMegabytes() {
        IngestConfig config = new IngestConfig(Map.of("bootstrap.servers", "localhost:9092"));
        assertThat(config.rawTopic()).isEqualTo("news.raw");
        assertThat(config.dlqTopic()).isEqualTo("news.dlq");
        assertThat(config.onMalformed()).isEqualTo(OnMalformed.DLQ);
        assertThat(config.maxArticleBytes()).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void shouldBuildAnIdempotentProducerAndPassProducerOverridesThrough() {
        IngestConfig config = new IngestConfig(Map.of("bootstrap.servers", "h1:9092,h2:9092",
                "producer.linger.ms", "50", "producer.batch.size", "65536", "on.malformed", "WARN"));
        Map<String, Object> props = config.producerProps();
        assertThat(props).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "h1:9092,h2:9092")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "50")
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "65536")
                .containsEntry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        assertThat((Integer) props.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isGreaterThan(5 * 1024 * 1024);
        assertThat(config.onMalformed()).isEqualTo(OnMalformed.WARN);
        assertThat(Integer.parseInt(config.topicConfigs().get("max.message.bytes"))).isGreaterThan(5 * 1024 * 1024);
    }

    @Test
    void shouldRejectUnknownMalformedPolicyAndMissingBootstrap() {
        assertThatThrownBy(() -> new IngestConfig(Map.of("bootstrap.servers", "x:1", "on.malformed", "ignore")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("on.malformed");
        assertThatThrownBy(() -> new IngestConfig(Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bootstrap.servers");
        assertThatThrownBy(() -> new IngestConfig(Map.of("bootstrap.servers", "x:1", "max.article.bytes", "10")))
                .isInstanceOf(ConfigException.class);
    }
}
