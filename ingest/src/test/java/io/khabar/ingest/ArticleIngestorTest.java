package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.model.DeadLetters;
import io.khabar.model.RawArticle;
import io.khabar.model.Topics;

class ArticleIngestorTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeInput() throws IOException {
        Files.copy(Fixtures.path("articles/a1-sputnik-title.txt"), dir.resolve("a1.txt"));
        Files.copy(Fixtures.path("json/articles.jsonl"), dir.resolve("b.jsonl"));
    }

    private static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static IngestConfig config(String onMalformed) {
        Map<String, Object> props = new HashMap<>();
        props.put(IngestConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(IngestConfig.ON_MALFORMED_CONFIG, onMalformed);
        return new IngestConfig(props);
    }

    @Test
    void shouldPublishArticlesKeyedByIdAndDeadLetterMalformedInputWithHeaders() {
        MockProducer<byte[], byte[]> producer = producer(true);
        IngestReport report;
        try (ArticleIngestor ingestor = new ArticleIngestor(config("dlq"), producer)) {
            report = ingestor.publish(dir);
        }
        assertThat(report.read()).isEqualTo(6);
        assertThat(report.published()).isEqualTo(4);
        assertThat(report.deadLettered()).isEqualTo(2);
        assertThat(report.ids()).hasSize(4);

        List<ProducerRecord<byte[], byte[]>> raw = producer.history().stream()
                .filter(r -> r.topic().equals("news.raw")).toList();
        assertThat(raw).hasSize(4);
        for (int i = 1; i < raw.size(); i++) {
            assertThat(raw.get(i).timestamp()).as("arrival stamps increase in input order")
                    .isGreaterThan(raw.get(i - 1).timestamp());
        }
        for (ProducerRecord<byte[], byte[]> record : raw) {
            RawArticle article = Topics.RAW_ARTICLE_SERDE.fromBytes(record.value());
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(article.id());
            assertThat(report.ids()).contains(article.id());
        }
        List<ProducerRecord<byte[], byte[]>> dead = producer.history().stream()
                .filter(r -> r.topic().equals("news.dlq")).toList();
        assertThat(dead).hasSize(2);
        ProducerRecord<byte[], byte[]> truncated = dead.get(0);
        assertThat(header(truncated, DeadLetters.STAGE)).isEqualTo("ingest");
        assertThat(header(truncated, DeadLetters.TOPIC)).isEqualTo(dir.resolve("b.jsonl").toString());
        assertThat(header(truncated, DeadLetters.PARTITION)).isEqualTo("-1");
        assertThat(header(truncated, DeadLetters.OFFSET)).isEqualTo("4");
        assertThat(header(truncated, DeadLetters.REASON)).startsWith("malformed JSON");
        assertThat(new String(truncated.value(), StandardCharsets.UTF_8)).startsWith("{\"title\": \"مقطوع\"");
    }

    @Test
    void shouldOnlyLogMalformedInputWhenWarned() {
        MockProducer<byte[], byte[]> producer = producer(true);
        try (ArticleIngestor ingestor = new ArticleIngestor(config("warn"), producer)) {
            IngestReport report = ingestor.publish(dir);
            assertThat(report.skipped()).isEqualTo(2);
            assertThat(report.deadLettered()).isZero();
        }
        assertThat(producer.history()).allMatch(r -> r.topic().equals("news.raw")).hasSize(4);
    }

    @Test
    void shouldStopAtMalformedInputWhenToldToFail() {
        MockProducer<byte[], byte[]> producer = producer(true);
        try (ArticleIngestor ingestor = new ArticleIngestor(config("fail"), producer)) {
            assertThatThrownBy(() -> ingestor.publish(dir)).isInstanceOf(IngestException.class)
                    .hasMessageContaining("b.jsonl:4").hasMessageContaining("on.malformed=warn or dlq");
        }
    }

    @Test
    void shouldFailTheRunWhenKafkaDoesNotAcknowledgeARecord() {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer()) {
            private int sent;

            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
                if (sent++ == 1) {
                    TimeoutException error = new TimeoutException("broker unreachable");
                    callback.onCompletion(null, error);
                    return CompletableFuture.failedFuture(error);
                }
                return super.send(record, callback);
            }
        };
        try (ArticleIngestor ingestor = new ArticleIngestor(config("dlq"), producer)) {
            assertThatThrownBy(() -> ingestor.publish(dir)).isInstanceOf(IngestException.class)
                    .hasMessageContaining("not acknowledged").hasMessageContaining("broker unreachable");
        }
    }

    @Test
    void shouldFailTheRunWhenSendThrows() {
        MockProducer<byte[], byte[]> producer = producer(true);
        producer.sendException = new TimeoutException("buffer full");
        try (ArticleIngestor ingestor = new ArticleIngestor(config("dlq"), producer)) {
            assertThatThrownBy(() -> ingestor.publish(dir)).isInstanceOf(IngestException.class)
                    .hasMessageContaining("buffer full");
        }
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
