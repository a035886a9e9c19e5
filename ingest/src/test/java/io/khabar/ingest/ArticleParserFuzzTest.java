package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.khabar.model.RawArticle;
import io.khabar.model.Topics;

/**
 * Fuzzes the article parsers with one target (Jazzer fuzzes one test per JVM): the raw text parser, the JSON line
 * parser (bytes in, so invalid UTF-8 and broken JSON included) and the input cleaner. Without {@code JAZZER_FUZZ=1}
 * it replays the seeds and findings under {@code ArticleParserFuzzTestInputs/}.
 */
class ArticleParserFuzzTest {

    private static final ArticleReader READER = new ArticleReader(64 * 1024,
            Clock.fixed(Instant.parse("2024-03-20T08:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "20s")
    void parsersTurnAnyInputIntoAnArticleOrAFailure(FuzzedDataProvider data) {
        boolean asJson = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        if (asJson) {
            ParsedInput parsed = READER.parseJsonLine(bytes, "f.jsonl", "f.jsonl", 7);
            check(parsed);
            if (parsed instanceof ParseFailure failure) {
                assertThat(failure.original()).isEqualTo(bytes);
            }
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String clean = InputText.clean(text);
        assertThat(clean).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFEFF]");
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < clean.length() && Character.isLowSurrogate(clean.charAt(i + 1))).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
            }
        }
        ParsedText parsed = RawTextParser.parse(text);
        for (String p : parsed.paragraphs()) {
            assertThat(p).isNotEmpty().isEqualTo(RawTextParser.strip(p));
        }
        check(READER.parseText(text, "f.txt", "f.txt", bytes));
    }

    private static void check(ParsedInput parsed) {
        assertThat(parsed).isNotNull();
        if (parsed instanceof ParsedArticle a) {
            RawArticle article = a.article();
            assertThat(article.id()).matches("[0-9a-f]{16}");
            assertThat(article.body()).isNotBlank();
            if (article.publishedAt() != null) {
                assertThat(PublicationDates.plausible(article.publishedAt(), Clock.systemUTC())).isNotNull();
            }
            byte[] json = Topics.RAW_ARTICLE_SERDE.toBytes(article);
            assertThat(Topics.RAW_ARTICLE_SERDE.fromBytes(json)).isEqualTo(article);
        } else {
            assertThat(((ParseFailure) parsed).reason()).isNotBlank();
        }
    }
}
