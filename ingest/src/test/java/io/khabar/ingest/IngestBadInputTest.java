package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.khabar.model.DeadLetters;
import io.khabar.model.RawArticle;

/**
 * Hostile input at the ingest stage, one case each: what becomes an article (and how), what becomes a dead letter
 * (and with which reason), and that reading always goes on to the next input.
 */
class IngestBadInputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-20T08:00:00Z"), ZoneOffset.UTC);
    private static final String LEAD = "القاهرة - رويترز. أعلن وزير الخارجية المصري سامح شكري اليوم أن المحادثات"
            + " الثلاثية بشأن سد النهضة ستستأنف في 14 مارس 2024 في أديس أبابا.";
    private static final String BACKGROUND = "وكانت المفاوضات قد تعثرت مرات عدة خلال الأعوام الماضية وسط اتهامات"
            + " متبادلة بعرقلة التوصل إلى اتفاق ملزم.";

    @TempDir
    Path dir;

    private static String jsonl(String title, String body, String date) {
        return "{\"title\":" + quote(title) + ",\"body\":" + quote(body) + ",\"date\":" + quote(date)
                + ",\"source\":\"رويترز\"}";
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private List<ParsedInput> read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return new ArticleReader(IngestConfig.MAX_ARTICLE_BYTES_DEFAULT, CLOCK).readAll(file);
    }

    private List<ParsedInput> read(String name, String content) throws IOException {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static RawArticle onlyArticle(List<ParsedInput> inputs) {
        assertThat(inputs).singleElement().isInstanceOf(ParsedArticle.class);
        return ((ParsedArticle) inputs.get(0)).article();
    }

    private static ParseFailure onlyFailure(List<ParsedInput> inputs) {
        assertThat(inputs).singleElement().isInstanceOf(ParseFailure.class);
        return (ParseFailure) inputs.get(0);
    }

    static Stream<Arguments> deadLettered() {
        byte[] invalidUtf8 = ("عنوان\n\n" + LEAD).getBytes(StandardCharsets.UTF_8);
        invalidUtf8[12] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        invalidUtf8[13] = (byte) 0x28;
        return Stream.of(
                Arguments.of("malformed JSON line", "a.jsonl", "{\"title\": \"خبر\", \"body\": ".getBytes(StandardCharsets.UTF_8), "malformed JSON"),
                Arguments.of("trailing garbage after JSON", "a.jsonl", (jsonl("خبر", LEAD, null) + " }").getBytes(StandardCharsets.UTF_8), "malformed JSON"),
                Arguments.of("JSON array instead of object", "a.jsonl", "[1,2,3]".getBytes(StandardCharsets.UTF_8), "not a JSON object"),
                Arguments.of("body is a number", "a.jsonl", "{\"body\": 42}".getBytes(StandardCharsets.UTF_8), "field 'body' is not a string"),
                Arguments.of("invalid UTF-8 text file", "a.txt", invalidUtf8, "invalid UTF-8"),
                Arguments.of("invalid UTF-8 JSON line", "a.jsonl", new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'}, "invalid UTF-8"),
                Arguments.of("empty text file", "a.txt", new byte[0], "empty article"),
                Arguments.of("whitespace-only text file", "a.txt", " \n\t\n\u00A0\u200F \n".getBytes(StandardCharsets.UTF_8), "empty article"),
                Arguments.of("JSON article with blank body", "a.jsonl", jsonl("عنوان فقط", "   \n  ", "2024-03-19").getBytes(StandardCharsets.UTF_8), "empty article"),
                Arguments.of("JSON article without body", "a.jsonl", "{\"title\":\"عنوان\"}".getBytes(StandardCharsets.UTF_8), "empty article"),
                Arguments.of("HTML with markup only", "a.jsonl", jsonl("عنوان", "<div><p> </p><br/><script>alert(1)</script></div>", null).getBytes(StandardCharsets.UTF_8), "empty article"),
                Arguments.of("only control characters", "a.txt", "\u0001\u0002\u0000\u007F\n\u0007".getBytes(StandardCharsets.UTF_8), "empty article"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadLettered")
    void shouldTurnInputThatIsNotAnArticleIntoAFailureKeepingItsBytes(String what, String file, byte[] content,
            String reason) throws IOException {
        ParseFailure failure = onlyFailure(read(file, content));
        assertThat(failure.reason()).as(what).startsWith(reason);
        assertThat(failure.original()).as("the original bytes are kept").isEqualTo(content);
    }

    @Test
    void shouldDeadLetterA20MegabyteArticleWithoutReadingItAllAndGoOn() throws IOException {
        Path big = dir.resolve("big.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] paragraph = ("\n\n" + BACKGROUND).getBytes(StandardCharsets.UTF_8);
            out.write(("عنوان طويل جدا\n\n" + LEAD).getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 20L * 1024 * 1024; written += paragraph.length) {
                out.write(paragraph);
            }
        }
        Path line = dir.resolve("big.jsonl");
        String bigBody = LEAD + ("\n" + BACKGROUND).repeat(20 * 1024 * 1024 / BACKGROUND.length() / 2);
        Files.writeString(line, jsonl("خبر كبير", bigBody, null) + "\n" + jsonl("خبر صغير", LEAD, null) + "\n");
        Files.writeString(dir.resolve("small.txt"), "خبر صغير\n\n" + LEAD);

        List<ParsedInput> inputs = new ArticleReader(IngestConfig.MAX_ARTICLE_BYTES_DEFAULT, CLOCK).readAll(dir);

        assertThat(inputs).hasSize(4); // big.jsonl (2 lines), big.txt, small.txt
        ParseFailure fromLine = (ParseFailure) inputs.get(0);
        assertThat(fromLine.line()).isEqualTo(1);
        assertThat(fromLine.reason()).contains("exceeds max.article.bytes=" + IngestConfig.MAX_ARTICLE_BYTES_DEFAULT);
        assertThat(fromLine.original()).as("the dead letter keeps the head").hasSize(ArticleReader.MAX_DEAD_LETTER_BYTES);
        assertThat(inputs.get(1)).as("the next line is read").isInstanceOf(ParsedArticle.class);
        ParseFailure fromText = (ParseFailure) inputs.get(2);
        assertThat(fromText.reason()).contains("exceeds max.article.bytes");
        assertThat(fromText.original()).hasSize(ArticleReader.MAX_DEAD_LETTER_BYTES);
        assertThat(inputs.get(3)).as("the next file is read").isInstanceOf(ParsedArticle.class);
    }

    @Test
    void shouldHonourAConfiguredSmallerSizeLimit() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "عنوان\n\n" + LEAD + "\n\n" + BACKGROUND);
        Map<String, Object> props = new HashMap<>();
        props.put(IngestConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(IngestConfig.MAX_ARTICLE_BYTES_CONFIG, "1024");
        IngestConfig config = new IngestConfig(props);
        Files.writeString(dir.resolve("a.txt"), "عنوان\n\n" + (LEAD + "\n\n").repeat(10));
        assertThat(onlyFailure(new ArticleReader(config.maxArticleBytes(), CLOCK).readAll(dir.resolve("a.txt"))).reason())
                .contains("max.article.bytes=1024");
    }

    @Test
    void shouldPublishLatinAndChineseArticlesAsTheyAre() throws IOException {
        RawArticle latin = onlyArticle(read("en.jsonl", jsonl("Talks resume in Addis Ababa",
                "CAIRO (Reuters) - Egypt said on Tuesday that talks on the dam would resume on March 14.", "2024-03-19")));
        assertThat(latin.body()).startsWith("CAIRO (Reuters) - Egypt said on Tuesday");
        assertThat(latin.source()).isEqualTo("رويترز");
        RawArticle chinese = onlyArticle(read("zh.txt", "埃及外长表示谈判将恢复\n\n开罗3月19日电 埃及外交部长周二表示，三方谈判将于3月14日在亚的斯亚贝巴恢复。"));
        assertThat(chinese.title()).isEqualTo("埃及外长表示谈判将恢复");
        assertThat(chinese.body()).contains("亚的斯亚贝巴");
    }

    @Test
    void shouldStripHtmlIntoParagraphsAndDecodeCharacterReferences() throws IOException {
        String html = "<div class=\"article\"><p>" + LEAD + "</p>\n<!-- ad slot --><script>var x = '<p>';</script>"
                + "<p><b>" + "وقال شكري</b> إن &quot;الاتفاق&quot; قريب &amp; ملزم.<br/>وأضاف أن الجولة المقبلة"
                + " &#1581;&#x627;&#x633;&#x645;&#x629;.</p><style>p{color:red}</style></div>";
        RawArticle article = onlyArticle(read("h.jsonl", jsonl("<h1>سد النهضة</h1>", html, "2024-03-19")));
        assertThat(article.title()).isEqualTo("سد النهضة");
        assertThat(article.body()).doesNotContain("<", ">", "ad slot", "var x", "color:red", "&quot;", "&#");
        List<String> paragraphs = List.of(article.body().split("\n\n"));
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(0)).startsWith("القاهرة - رويترز. أعلن وزير الخارجية");
        assertThat(paragraphs.get(1)).isEqualTo("وقال شكري إن \"الاتفاق\" قريب & ملزم.");
        assertThat(paragraphs.get(2)).isEqualTo("وأضاف أن الجولة المقبلة حاسمة.");

        RawArticle notHtml = onlyArticle(read("t.txt", "عنوان\n\nقال المحلل إن 3 < 5 وإن <<عاجل>> ليس وسما، " + LEAD));
        assertThat(notHtml.body()).contains("3 < 5", "<<عاجل>>");
    }

    @Test
    void shouldDropControlCharactersAndBrokenSurrogates() throws IOException {
        String dirty = BACKGROUND.substring(0, 20) + "\u0000\u0007\u001B[31m\u0085\uFEFF\uFFFF" + BACKGROUND.substring(20)
                + " \u200Cنص";
        String clean = BACKGROUND.substring(0, 20) + "[31m" + BACKGROUND.substring(20) + " \u200Cنص";
        RawArticle fromText = onlyArticle(read("c.txt", "عنوان\u0008 الخبر\n\n" + dirty));
        assertThat(fromText.title()).isEqualTo("عنوان الخبر");
        assertThat(fromText.body()).as("controls dropped, ZWNJ kept").isEqualTo(clean);
        RawArticle fromJson = onlyArticle(read("c.jsonl", "{\"title\":\"\\ud800عنوان\\u0000\",\"body\":"
                + quote(dirty) + "}"));
        assertThat(fromJson.title()).isEqualTo("عنوان");
        assertThat(fromJson.body()).isEqualTo(clean);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("missing", null, null),
                Arguments.of("not a date", "قريبا", null),
                Arguments.of("year 1", "0001-01-01", null),
                Arguments.of("year 9999", "9999-12-31T23:59:59Z", null),
                Arguments.of("decades ahead", "2090-05-01", null),
                Arguments.of("invalid day", "2024-02-31", null),
                Arguments.of("plausible date", "2024-03-19", "2024-03-19"),
                Arguments.of("plausible Arabic date line", "الثلاثاء 19 مارس 2024", "2024-03-19"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void shouldKeepOnlyPlausiblePublicationDates(String what, String date, String expected) throws IOException {
        assertThat(onlyArticle(read("d.jsonl", jsonl("عنوان", LEAD, date))).publishedAt()).as(what).isEqualTo(expected);
    }

    @Test
    void shouldNotTakeAnAbsurdDateLineOfARawTextAsPublicationDate() throws IOException {
        RawArticle article = onlyArticle(read("d.txt", "عنوان الخبر\n\n9999-12-31\n\n" + LEAD));
        assertThat(article.publishedAt()).isNull();
    }

    @Test
    void shouldGiveTheSameContentTheSameIdAndDifferentContentUnderOneJsonIdDistinctIds() throws IOException {
        String a = "{\"id\":\"wire-1\",\"title\":\"خبر\",\"body\":" + quote(LEAD) + "}";
        String b = "{\"id\":\"wire-1\",\"title\":\"خبر\",\"body\":" + quote(LEAD + "\n" + BACKGROUND) + "}";
        List<ParsedInput> inputs = read("dups.jsonl", a + "\n" + a + "\n" + b + "\n");
        List<RawArticle> articles = inputs.stream().map(i -> ((ParsedArticle) i).article()).toList();
        assertThat(articles).extracting(RawArticle::origin).containsOnly("wire-1");
        assertThat(articles.get(0).id()).as("same content, same id: the record overwrites").isEqualTo(articles.get(1).id());
        assertThat(articles.get(2).id()).as("a correction under the same JSON id is another article").isNotEqualTo(articles.get(0).id());
    }

    // --- the policies, through the ingestor ---

    private IngestReport ingest(String policy, MockProducer<byte[], byte[]> producer) {
        Map<String, Object> props = new HashMap<>();
        props.put(IngestConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(IngestConfig.ON_MALFORMED_CONFIG, policy);
        try (ArticleIngestor ingestor = new ArticleIngestor(new IngestConfig(props), producer)) {
            return ingestor.publish(dir);
        }
    }

    private void writeMixedFeed() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), jsonl("خبر أول", LEAD, "2024-03-19") + "\n{not json\n"
                + jsonl("خبر ثان", BACKGROUND, null) + "\n");
    }

    @Test
    void shouldDeadLetterWithReasonAndOriginHeadersAndGoOnWhenDlq() throws IOException {
        writeMixedFeed();
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        IngestReport report = ingest("dlq", producer);
        assertThat(report.published()).isEqualTo(2);
        assertThat(report.deadLettered()).isEqualTo(1);
        ProducerRecord<byte[], byte[]> letter = producer.history().stream().filter(r -> r.topic().equals("news.dlq"))
                .findFirst().orElseThrow();
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(letter, DeadLetters.REASON)).startsWith("malformed JSON");
        assertThat(header(letter, DeadLetters.STAGE)).isEqualTo("ingest");
        assertThat(header(letter, DeadLetters.TOPIC)).isEqualTo(dir.resolve("feed.jsonl").toString());
        assertThat(header(letter, DeadLetters.PARTITION)).isEqualTo("-1");
        assertThat(header(letter, DeadLetters.OFFSET)).isEqualTo("2");
    }

    @Test
    void shouldSkipWithAWarningWhenWarn() throws IOException {
        writeMixedFeed();
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        IngestReport report = ingest("warn", producer);
        assertThat(report.published()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsOnly("news.raw");
    }

    @Test
    void shouldStopNamingTheInputWhenFail() throws IOException {
        writeMixedFeed();
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        assertThatThrownBy(() -> ingest("fail", producer)).isInstanceOf(IngestException.class)
                .hasMessageContaining("feed.jsonl:2").hasMessageContaining("malformed JSON");
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsOnly("news.raw").hasSize(1);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
