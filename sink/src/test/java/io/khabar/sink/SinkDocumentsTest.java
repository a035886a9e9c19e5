package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.khabar.model.Json;

class SinkDocumentsTest {

    private final SinkDocuments documents = new SinkDocuments(new IndexNamer("news-{yyyy.MM}", Clock.systemUTC()));

    private static ConsumerRecord<byte[], byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>("news.enriched", 0, 7L, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
    }

    @Test
    void shouldKeepTheValueBytesAsTheyAre() throws Exception {
        byte[] value = Fixtures.json(Fixtures.article(3));
        SinkDocument doc = documents.of(record("art-00003", value));
        assertThat(doc.source()).isSameAs(value);
        assertThat(doc.id()).isEqualTo("art-00003");
        assertThat(doc.index()).isEqualTo("news-2021.04");
    }

    @Test
    void shouldPutAPrettyPrintedValueOnOneLineWithTheSameContent() throws Exception {
        byte[] pretty = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(Fixtures.article(1));
        SinkDocument doc = documents.of(record("art-00001", pretty));
        assertThat(new String(doc.source(), StandardCharsets.UTF_8)).doesNotContain("\n").doesNotContain("\r");
        assertThat(Json.mapper().readTree(doc.source())).isEqualTo(Json.mapper().readTree(pretty));
    }

    @Test
    void shouldTakeTheIdFromTheDocumentElseTheKey() throws Exception {
        assertThat(documents.of(record(null, "{\"id\":\"a-1\"}".getBytes(StandardCharsets.UTF_8))).id()).isEqualTo("a-1");
        assertThat(documents.of(record("k-1", "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8))).id()).isEqualTo("k-1");
    }

    @Test
    void shouldRefuseWhatIsNotAnArticle() {
        assertThatThrownBy(() -> documents.of(record("k", "not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> documents.of(record("k", "[1,2]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> documents.of(record("k", null)))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("tombstone");
        assertThatThrownBy(() -> documents.of(record(null, "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("no article id");
    }
}
