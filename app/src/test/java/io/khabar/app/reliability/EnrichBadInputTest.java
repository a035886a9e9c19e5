package io.khabar.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.khabar.enrich.EnrichConfig;
import io.khabar.enrich.EnrichCounters;
import io.khabar.enrich.EnrichTopology;
import io.khabar.entities.EntityTagger;
import io.khabar.model.DeadLetters;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.RawArticle;
import io.khabar.model.Topics;

/**
 * Hostile records on the raw topic, one case each, through the real enrich topology (TopologyTestDriver): each is
 * enriched sensibly or dead-lettered with its original bytes and reason/stage/topic/partition/offset headers, and
 * the next good article still goes through.
 */
class EnrichBadInputTest {

    private static final Instant T0 = Instant.parse("2024-03-19T10:00:00Z");
    private static final String LEAD = "أعلن وزير الخارجية المصري سامح شكري في القاهرة اليوم أن المحادثات الثلاثية بشأن"
            + " سد النهضة ستستأنف في 14 مارس 2024 في أديس أبابا.";

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> dlq;
    private EnrichCounters counters;
    @TempDir
    Path stateRoot;

    private void start(String policy) {
        start(policy, Map.of());
    }

    private void start(String policy, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        props.put(EnrichConfig.APPLICATION_ID_CONFIG, "enrich-bad-input");
        props.put(EnrichConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(EnrichConfig.ON_MALFORMED_CONFIG, policy);
        try {
            props.put(EnrichConfig.STATE_DIR_CONFIG, Files.createTempDirectory(stateRoot, "state").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EnrichConfig config = new EnrichConfig(props);
        counters = new EnrichCounters();
        driver = new TopologyTestDriver(EnrichTopology.build(new StreamsBuilder(), config, counters,
                EntityTagger.loadDefault()), config.streamsProperties());
        raw = driver.createInputTopic(config.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.enrichedTopic(), new StringDeserializer(),
                Topics.ENRICHED_ARTICLE_SERDE.deserializer());
        dlq = driver.createOutputTopic(config.dlqTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
            driver = null;
        }
    }

    private static RawArticle article(String id, String title, String body, String publishedAt) {
        return new RawArticle(id, id + ".txt", "رويترز", title, "القاهرة", publishedAt, null, body, List.of(),
                T0.toString());
    }

    private void pipe(RawArticle article) {
        raw.pipeInput(article.id(), Topics.RAW_ARTICLE_SERDE.toBytes(article), T0);
    }

    private EnrichedArticle enrichOne(RawArticle article) {
        start("dlq");
        pipe(article);
        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(dlq.isEmpty()).as("not dead-lettered").isTrue();
        assertThat(out).hasSize(1);
        return out.get(0).value();
    }

    static Stream<Arguments> notArticles() {
        byte[] invalidUtf8 = ("{\"id\":\"x\",\"body\":\"" + LEAD + "\"}").getBytes(StandardCharsets.UTF_8);
        invalidUtf8[20] = (byte) 0xFF;
        return Stream.of(
                Arguments.of("not JSON", "not json at all".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("truncated JSON", "{\"id\":\"x\",\"body\":\"نص".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("invalid UTF-8", invalidUtf8),
                Arguments.of("a JSON array", "[\"id\", \"body\"]".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a JSON number", "42".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty value", new byte[0]),
                Arguments.of("tombstone", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notArticles")
    void shouldDeadLetterARecordThatIsNotAnArticleWithItsBytesAndHeadersAndGoOn(String what, byte[] value) {
        start("dlq");
        raw.pipeInput("k-1", value, T0);
        pipe(article("good-1", "خبر", LEAD, "2024-03-19"));

        List<TestRecord<byte[], byte[]>> letters = dlq.readRecordsToList();
        assertThat(letters).as(what).hasSize(1);
        TestRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(letter.value()).isEqualTo(value);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("k-1");
        assertThat(header(letter, DeadLetters.STAGE)).isEqualTo("enrich");
        assertThat(header(letter, DeadLetters.TOPIC)).isEqualTo(Topics.RAW_DEFAULT);
        assertThat(header(letter, DeadLetters.PARTITION)).isEqualTo("0");
        assertThat(header(letter, DeadLetters.OFFSET)).isEqualTo("0");
        assertThat(header(letter, DeadLetters.REASON)).isNotBlank();
        assertThat(enriched.readKeyValuesToMap()).as("the next article goes through").containsOnlyKeys("good-1");
        assertThat(counters.deadLettered()).isEqualTo(1);
    }

    @Test
    void shouldSkipWithWarnAndStopWithFail() {
        start("warn");
        raw.pipeInput("k-1", "nope".getBytes(StandardCharsets.UTF_8), T0);
        pipe(article("good-1", "خبر", LEAD, "2024-03-19"));
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(enriched.readKeyValuesToMap()).containsOnlyKeys("good-1");
        assertThat(counters.toString()).contains("skipped=1");
        close();

        start("fail");
        assertThatThrownBy(() -> raw.pipeInput("k-1", "nope".getBytes(StandardCharsets.UTF_8), T0))
                .hasStackTraceContaining("MalformedArticleException").hasStackTraceContaining("on.malformed");
    }

    @Test
    void shouldTagLanguagesOtherThanArabicWithoutFailing() {
        EnrichedArticle english = enrichOne(article("en-1", "Talks resume",
                "Egypt said on Tuesday that talks on the dam would resume on March 14 in Addis Ababa.", "2024-03-19"));
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.paragraphs()).hasSize(1);
        close();
        EnrichedArticle chinese = enrichOne(article("zh-1", "埃及外长表示谈判将恢复",
                "埃及外交部长周二表示，三方谈判将于3月14日在亚的斯亚贝巴恢复。", null));
        assertThat(chinese.language()).isEqualTo("und");
        assertThat(chinese.entities()).isEmpty();
    }

    @Test
    void shouldKeepMarkupFromAForeignProducerAsTextAndDropNothing() {
        // Ingest strips HTML; a record from another producer is enriched as it is, tags and all, without failing.
        EnrichedArticle html = enrichOne(article("html-1", "<h1>سد النهضة</h1>",
                "<p>" + LEAD + "</p>\n\n<script>alert('x')</script>", "2024-03-19"));
        assertThat(html.paragraphs()).hasSize(2);
        assertThat(html.paragraphs().get(0).text()).startsWith("<p>").contains("سامح شكري");
        assertThat(html.dates()).extracting(d -> d.value()).contains("2024-03-14");
    }

    @Test
    void shouldSurviveControlCharactersWithOffsetsThatStillPointIntoTheText() {
        String body = "\u0000\u0007" + LEAD.substring(0, 30) + "\u001B\u0085" + LEAD.substring(30) + "\uFFFF\uD800";
        EnrichedArticle article = enrichOne(article("ctl-1", "خبر\u0000", body, "2024-03-19"));
        String text = article.paragraphs().get(0).text();
        article.entities().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
        article.dates().forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
        assertThat(article.dates()).extracting(d -> d.value()).contains("2024-03-14");
    }

    @Test
    void shouldNotInventDatesFromAbsentOrAbsurdPublicationDates() {
        String relative = "وقال المتحدث أمس الأحد إن الاجتماع سيعقد يوم الثلاثاء المقبل في القاهرة بحضور الوزراء.";
        // Khabar's ingest already nulls absurd years (PublicationDates); enrich keeps a foreign producer's value
        // as written but dates no relative mention from it.
        for (String published : new String[] {null, "not a date", "2024-13-45", "9999-12-31", "0001-01-01"}) {
            EnrichedArticle article = enrichOne(article("d-" + published, "خبر", relative, published));
            assertThat(article.publishedAt()).isEqualTo(published);
            assertThat(article.dates()).as("relative dates need a publication date (%s)", published).isEmpty();
            close();
        }
    }

    @Test
    void shouldDeadLetterA20MegabyteArticleAndGoOn() {
        start("dlq");
        String huge = (LEAD + "\n\n").repeat(20 * 1024 * 1024 / LEAD.getBytes(StandardCharsets.UTF_8).length + 1);
        byte[] bytes = Topics.RAW_ARTICLE_SERDE.toBytes(article("huge-1", "خبر", huge, "2024-03-19"));
        assertThat(bytes.length).isGreaterThan(20 * 1024 * 1024);
        raw.pipeInput("huge-1", bytes, T0);
        pipe(article("good-1", "خبر", LEAD, "2024-03-19"));

        List<TestRecord<byte[], byte[]>> letters = dlq.readRecordsToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).value()).isEqualTo(bytes);
        assertThat(header(letters.get(0), DeadLetters.REASON))
                .contains("exceeds max.article.bytes=" + EnrichConfig.MAX_ARTICLE_BYTES_DEFAULT);
        assertThat(enriched.readKeyValuesToMap()).containsOnlyKeys("good-1");
    }

    @Test
    void shouldDeadLetterAnArticleWithMoreParagraphsThanTheLimit() {
        start("dlq", Map.of(EnrichConfig.MAX_PARAGRAPHS_CONFIG, "3"));
        pipe(article("long-1", "خبر", String.join("\n\n", LEAD, LEAD, LEAD, LEAD), "2024-03-19"));
        pipe(article("short-1", "خبر", String.join("\n\n", LEAD, LEAD, LEAD), "2024-03-19"));

        List<TestRecord<byte[], byte[]>> letters = dlq.readRecordsToList();
        assertThat(letters).hasSize(1);
        assertThat(new String(letters.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("long-1");
        assertThat(header(letters.get(0), DeadLetters.REASON)).contains("4 paragraphs, more than max.paragraphs=3");
        assertThat(enriched.readKeyValuesToMap()).containsOnlyKeys("short-1");
    }

    @Test
    void shouldEnrichTheSameIdTwiceAsTwoVersionsOfOneArticle() {
        start("dlq");
        pipe(article("dup-1", "خبر", LEAD, "2024-03-19"));
        pipe(article("dup-1", "خبر", LEAD, "2024-03-19"));
        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsOnly("dup-1");
        assertThat(out.get(out.size() - 1).value().paragraphs().get(0).duplicateOf())
                .as("a replayed article is not its own duplicate").isNull();
    }

    private static String header(TestRecord<byte[], byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
