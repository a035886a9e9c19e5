package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class IndexNamerTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-03-15T12:00:00Z"), ZoneOffset.UTC);

    private static ObjectNode doc(String publishedAt, String ingestedAt) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("published_at", publishedAt);
        doc.put("ingested_at", ingestedAt);
        return doc;
    }

    @Test
    void shouldNameIndexByPublicationMonth() {
        IndexNamer namer = new IndexNamer("news-{yyyy.MM}", NOW);
        assertThat(namer.indexFor(doc("2021-11-21", "2024-01-02T00:00:00Z"))).isEqualTo("news-2021.11");
        assertThat(namer.indexFor(doc("2020-09-03T10:15", null))).isEqualTo("news-2020.09");
        assertThat(namer.indexFor(doc("2020-09-03T23:15:00+03:00", null))).isEqualTo("news-2020.09");
    }

    @Test
    void shouldFallBackToIngestionTimeThenNow() {
        IndexNamer namer = new IndexNamer("news-{yyyy.MM}", NOW);
        assertThat(namer.indexFor(doc(null, "2023-07-01T08:00:00Z"))).isEqualTo("news-2023.07");
        assertThat(namer.indexFor(doc("أمس", "2023-07-01T08:00:00Z"))).isEqualTo("news-2023.07");
        assertThat(namer.indexFor(doc("2021-13-40", null))).isEqualTo("news-2024.03");
        assertThat(namer.indexFor(JsonNodeFactory.instance.objectNode())).isEqualTo("news-2024.03");
    }

    @Test
    void shouldSanitizeWhateverThePatternMakes() {
        assertThat(new IndexNamer("_News Archive/{yyyy}", NOW).indexFor(doc("2021-01-01", null)))
                .isEqualTo("news_archive_2021");
        assertThat(new IndexNamer("static", NOW).indexFor(doc("2021-01-01", null))).isEqualTo("static");
    }

    @ParameterizedTest
    @ValueSource(strings = {"News", "a\\b", "a/b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b", "a,b", "a#b", "a:b",
            "a b", "a\tb", "-x", "_x", "+x", ".", "..", "", "../../etc/passwd", "ÄRABIC-أخبار"})
    void shouldNeverProduceAnInvalidIndexName(String raw) {
        String name = IndexNamer.sanitize(raw);
        assertThat(name).isNotEmpty().isEqualTo(name.toLowerCase(java.util.Locale.ROOT));
        assertThat(name).doesNotContainPattern("[\\\\/*?\"<>|,#:\\s]");
        assertThat(name).doesNotStartWith("-").doesNotStartWith("_").doesNotStartWith("+");
        assertThat(name).isNotIn(".", "..");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    }

    @Test
    void shouldCutLongNamesAt255BytesWithoutSplittingCharacters() {
        String name = IndexNamer.sanitize("أ".repeat(300));
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(254);
        assertThat(name).matches("أ+");
        assertThat(IndexNamer.sanitize("a".repeat(300))).hasSize(255);
    }

    @Test
    void shouldKeepValidNamesAsTheyAre() {
        assertThat(IndexNamer.sanitize("news-2021.11")).isEqualTo("news-2021.11");
        assertThat(IndexNamer.sanitize("...x")).isEqualTo("...x");
    }
}
