package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;
import io.khabar.model.Topics;

class BulkFileWriterTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));

    private static SinkDocument doc(int n) {
        byte[] value = Fixtures.json(Fixtures.article(n));
        String id = Fixtures.article(n).id();
        return new SinkDocument("news-2021.01", id, value, new ConsumerRecord<>("news.enriched", 0, n, null, value));
    }

    private static SinkDocument sameSize(int n) {
        byte[] value = Fixtures.json(Fixtures.article("art-" + n, "فلاديمير بوتين", "موسكو", "2021-01-01"));
        return new SinkDocument("news-2021.01", "art-" + n, value, new ConsumerRecord<>("news.enriched", 0, n, null, value));
    }

    private List<Path> ndjson() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
    }

    @Test
    void shouldWriteLinePairsEachEndingInNewline() throws Exception {
        try (BulkFileWriter writer = new BulkFileWriter(dir, "khabar", 1 << 20, Duration.ofSeconds(5), clock)) {
            for (int i = 0; i < 3; i++) {
                writer.append(doc(i));
            }
            writer.complete();
        }
        List<Path> files = ndjson();
        assertThat(files).hasSize(1);
        String content = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(content).endsWith("\n");
        String[] lines = content.split("\n", -1);
        assertThat(lines).hasSize(7); // 3 pairs and the empty string after the last \n
        for (int i = 0; i < 3; i++) {
            JsonNode action = Json.mapper().readTree(lines[2 * i]);
            assertThat(action.path("index").path("_index").asText()).isEqualTo("news-2021.01");
            assertThat(action.path("index").path("_id").asText()).isEqualTo(Fixtures.article(i).id());
            EnrichedArticle article = Topics.ENRICHED_ARTICLE_SERDE.fromBytes(lines[2 * i + 1].getBytes(StandardCharsets.UTF_8));
            assertThat(article).isEqualTo(Fixtures.article(i));
            assertThat(lines[2 * i + 1].getBytes(StandardCharsets.UTF_8)).isEqualTo(Fixtures.json(Fixtures.article(i)));
        }
    }

    @Test
    void shouldShowNoNdjsonFileUntilItIsComplete() throws Exception {
        try (BulkFileWriter writer = new BulkFileWriter(dir, "khabar", 1 << 20, Duration.ofSeconds(5), clock)) {
            writer.append(doc(1));
            assertThat(ndjson()).isEmpty();
            try (Stream<Path> all = Files.list(dir)) {
                assertThat(all.map(p -> p.getFileName().toString()).toList())
                        .singleElement().asString().startsWith(".khabar-").endsWith(".ndjson.part");
            }
            Optional<Path> done = writer.complete();
            assertThat(done).isPresent();
            assertThat(ndjson()).containsExactly(done.get());
            try (Stream<Path> all = Files.list(dir)) {
                assertThat(all.filter(p -> p.toString().endsWith(".part")).count()).isZero();
            }
        }
    }

    @Test
    void shouldRollBeforeAFileGrowsPastMaxBytes() throws Exception {
        int pairSize = BulkLines.pair(sameSize(1)).length;
        List<Path> completed = new ArrayList<>();
        try (BulkFileWriter writer = new BulkFileWriter(dir, "khabar", pairSize * 2L + 10, Duration.ofHours(1), clock)) {
            for (int i = 0; i < 5; i++) {
                writer.append(sameSize(i)).ifPresent(completed::add);
            }
            writer.complete().ifPresent(completed::add);
        }
        assertThat(completed).hasSize(3);
        for (Path p : completed) {
            assertThat(Files.size(p)).isLessThanOrEqualTo(pairSize * 2L + 10);
        }
        assertThat(ndjson()).containsExactlyElementsOf(completed); // names sort in writing order
    }

    @Test
    void shouldBeDueWhenOldEnough() throws Exception {
        try (BulkFileWriter writer = new BulkFileWriter(dir, "khabar", 1 << 20, Duration.ofSeconds(5), clock)) {
            assertThat(writer.due()).isFalse();
            writer.append(doc(1));
            clock.advance(Duration.ofSeconds(4));
            assertThat(writer.due()).isFalse();
            clock.advance(Duration.ofSeconds(1));
            assertThat(writer.due()).isTrue();
        }
    }

    @Test
    void shouldDeleteTheOpenFileOnAbortAndStalePartsOnStart() throws Exception {
        Path stale = dir.resolve(".khabar-20240101-000000-000-abcdef-000001.ndjson.part");
        Files.writeString(stale, "{}\n");
        Files.setLastModifiedTime(stale, FileTime.from(clock.instant().minus(Duration.ofHours(1))));
        Path fresh = dir.resolve(".khabar-20240501-095959-000-abcdef-000002.ndjson.part");
        Files.writeString(fresh, "{}\n");
        Files.setLastModifiedTime(fresh, FileTime.from(clock.instant()));
        try (BulkFileWriter writer = new BulkFileWriter(dir, "khabar", 1 << 20, Duration.ofSeconds(5), clock)) {
            assertThat(writer.deleteStaleParts(Duration.ofMinutes(1))).isEqualTo(1);
            writer.append(doc(1));
            writer.abort();
        }
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.toList()).containsExactly(fresh);
        }
    }
}
