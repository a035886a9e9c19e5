package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.model.RawArticle;

class ArticleReaderTest {

    @Test
    void shouldWalkADirectoryInPathOrderAndIgnoreOtherFiles(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/nested"));
        Files.copy(Fixtures.path("articles/a5-no-title.txt"), dir.resolve("b/nested/z.txt"));
        Files.copy(Fixtures.path("articles/a2-city-agency.txt"), dir.resolve("a.txt"));
        Files.copy(Fixtures.path("json/one.json"), dir.resolve("b/m.json"));
        Files.writeString(dir.resolve("README.md"), "not an article");
        Files.writeString(dir.resolve("b/notes.csv"), "x,y");

        assertThat(ArticleReader.inputFiles(dir)).containsExactly(dir.resolve("a.txt"), dir.resolve("b/m.json"),
                dir.resolve("b/nested/z.txt"));
        List<ParsedInput> read = ArticleReader.read(dir);
        assertThat(read).hasSize(3).allMatch(ParsedArticle.class::isInstance);
        assertThat(read).extracting(i -> ((ParsedArticle) i).article().origin())
                .containsExactly("a.txt", "fx:one", "z.txt");
    }

    @Test
    void shouldReadJsonLinesWithOriginsDatesAndFailuresByLine() {
        List<ParsedInput> read = ArticleReader.read(Fixtures.path("json/articles.jsonl"));
        assertThat(read).hasSize(5);

        RawArticle first = article(read.get(0));
        assertThat(first.origin()).isEqualTo("fx:1");
        assertThat(first.publishedAt()).isEqualTo("2022-03-14T08:30+02:00");
        assertThat(first.url()).isEqualTo("https://example.org/a/1");
        assertThat(first.body()).isEqualTo("قالت الوزارة، الاثنين، إن منسوب السدود انخفض.\n\nوأضافت أن الإجراءات ستستمر حتى الصيف.");
        assertThat(((ParsedArticle) read.get(0)).line()).isEqualTo(1);

        RawArticle second = article(read.get(1));
        assertThat(second.origin()).as("no id: the url").isEqualTo("https://example.org/a/2");
        assertThat(second.publishedAt()).isEqualTo("2022-03-15");
        assertThat(second.dateline()).isEqualTo("دمشق");
        assertThat(second.source()).as("the JSON source wins over the dateline's agency").isEqualTo("fx/agency");
        assertThat(second.body()).as("the agency's dateline stays in its paragraph").startsWith("دمشق - سانا. أعلنت المؤسسة العامة");

        ParseFailure truncated = (ParseFailure) read.get(2);
        assertThat(truncated.line()).isEqualTo(4);
        assertThat(truncated.reason()).startsWith("malformed JSON");
        assertThat(new String(truncated.original(), StandardCharsets.UTF_8)).isEqualTo("{\"title\": \"مقطوع\", \"body\": \"نص بلا نهاية");

        ParseFailure empty = (ParseFailure) read.get(3);
        assertThat(empty.line()).isEqualTo(5);
        assertThat(empty.reason()).startsWith("empty article");

        RawArticle third = article(read.get(4));
        assertThat(third.origin()).as("neither id nor url: file and line").isEqualTo("articles.jsonl:6");
        assertThat(third.publishedAt()).isEqualTo("2022-03-13");
    }

    @Test
    void shouldReadAJsonObjectAndAJsonArray() {
        RawArticle one = article(ArticleReader.read(Fixtures.path("json/one.json")).get(0));
        assertThat(one.origin()).isEqualTo("fx:one");
        assertThat(one.publishedAt()).isEqualTo("2022-03-16T10:00");
        List<ParsedInput> array = ArticleReader.read(Fixtures.path("json/array.json"));
        assertThat(array).extracting(i -> article(i).origin()).containsExactly("fx:arr1", "fx:arr2");
        assertThat(array).extracting(ParsedInput::line).containsExactly(2L, 8L);
    }

    @Test
    void shouldReadThePublicationDateUnderEitherName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dates.jsonl"), String.join("\n",
                "{\"body\": \"خبر أول.\", \"date\": \"2024-05-02\"}",
                "{\"body\": \"خبر ثان.\", \"published_at\": \"2024-05-03T10:00:00\"}",
                "{\"body\": \"خبر ثالث.\", \"published\": \"2024-05-04\"}",
                "{\"body\": \"خبر رابع.\", \"date\": \"2024-05-05\", \"published_at\": \"2024-05-06\"}"));
        List<String> dates = ArticleReader.read(dir.resolve("dates.jsonl")).stream()
                .map(p -> article(p).publishedAt()).toList();
        assertThat(dates).containsExactly("2024-05-02", "2024-05-03T10:00", "2024-05-04", "2024-05-05");
    }

    @Test
    void shouldTurnInvalidUtf8IntoAFailureKeepingTheBytes(@TempDir Path dir) throws IOException {
        byte[] bad = {(byte) 0xD8, (byte) 0xA3, (byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(dir.resolve("bad.txt"), bad);
        byte[] line = "{\"title\": \"x\", \"body\": \"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("bad.jsonl"), concat(line, "\n".getBytes(StandardCharsets.UTF_8),
                "{\"body\": \"نص سليم.\"}\n".getBytes(StandardCharsets.UTF_8)));

        List<ParsedInput> read = ArticleReader.read(dir);
        assertThat(read).hasSize(3);
        ParseFailure jsonl = (ParseFailure) read.get(0);
        assertThat(jsonl.reason()).startsWith("invalid UTF-8");
        assertThat(jsonl.line()).isEqualTo(1);
        assertThat(jsonl.original()).isEqualTo(line);
        assertThat(article(read.get(1)).body()).isEqualTo("نص سليم.");
        ParseFailure txt = (ParseFailure) read.get(2);
        assertThat(txt.reason()).startsWith("invalid UTF-8");
        assertThat(txt.original()).isEqualTo(bad);
    }

    @Test
    void shouldTurnEmptyArticlesIntoFailures(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("blank.txt"), "  \n\u00A0\n\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("items.json"), "[{\"title\": \"بلا متن\"}, 42]");
        List<ParsedInput> read = ArticleReader.read(dir);
        assertThat(read).hasSize(4).allMatch(ParseFailure.class::isInstance);
        assertThat(read).extracting(i -> ((ParseFailure) i).reason())
                .anyMatch(r -> r.startsWith("empty article"))
                .anyMatch(r -> r.startsWith("not a JSON object"));
    }

    @Test
    void shouldTurnOversizedArticlesIntoFailures(@TempDir Path dir) throws IOException {
        String paragraph = "فقرة طويلة تتكرر لتجاوز الحد الأقصى لحجم المقال. ".repeat(100);
        Files.writeString(dir.resolve("big.txt"), paragraph);
        Files.writeString(dir.resolve("big.jsonl"), "{\"body\": \"" + paragraph + "\"}\n{\"body\": \"قصير.\"}\n");
        List<ParsedInput> read = new ArticleReader(2048).readAll(dir);
        assertThat(read).hasSize(3);
        ParseFailure bigLine = (ParseFailure) read.get(0);
        assertThat(bigLine.reason()).contains("exceeds max.article.bytes=2048");
        assertThat(bigLine.original().length).isEqualTo(2049);
        assertThat(article(read.get(1)).body()).isEqualTo("قصير.");
        assertThat(((ParseFailure) read.get(2)).reason()).contains("exceeds max.article.bytes=2048");
    }

    @Test
    void shouldFailOnMalformedJsonFileButKeepReadingOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "[{\"body\": \"نص أول.\"},\n{\"body\": ");
        Files.copy(Fixtures.path("articles/a5-no-title.txt"), dir.resolve("b.txt"));
        List<ParsedInput> read = ArticleReader.read(dir);
        assertThat(read).hasSize(3);
        assertThat(article(read.get(0)).body()).isEqualTo("نص أول.");
        assertThat(((ParseFailure) read.get(1)).reason()).startsWith("malformed JSON");
        assertThat(read.get(2)).isInstanceOf(ParsedArticle.class);
    }

    @Test
    void shouldRefuseAMissingInput(@TempDir Path dir) {
        assertThatThrownBy(() -> ArticleReader.read(dir.resolve("missing"))).isInstanceOf(UncheckedIOException.class);
    }

    private static RawArticle article(ParsedInput input) {
        assertThat(input).isInstanceOf(ParsedArticle.class);
        return ((ParsedArticle) input).article();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
