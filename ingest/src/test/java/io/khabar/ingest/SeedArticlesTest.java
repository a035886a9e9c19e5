package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.Json;
import io.khabar.model.RawArticle;

/**
 * Acceptance: parses {@code shared/seeds} and compares title, source, publication date, dateline and the number of
 * body paragraphs with {@code shared/eval/seeds-gold.json}. Skipped when {@code khabar.shared} is absent.
 */
class SeedArticlesTest {

    @Test
    void shouldParseEverySeedAsTheGoldSays() throws IOException {
        String shared = System.getProperty("khabar.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")),
                "khabar.shared not set or has no seeds/: seed acceptance skipped");
        JsonNode gold = Json.mapper().readTree(Path.of(shared, "eval", "seeds-gold.json").toFile()).get("articles");

        List<ParsedInput> inputs = ArticleReader.read(Path.of(shared, "seeds"));
        assertThat(inputs).hasSize(gold.size()).allMatch(ParsedArticle.class::isInstance);

        List<String> mismatches = new ArrayList<>();
        int checks = 0;
        for (ParsedInput input : inputs) {
            RawArticle article = ((ParsedArticle) input).article();
            String key = article.origin().replaceFirst("\\.txt$", "");
            JsonNode expected = gold.get(key);
            assertThat(expected).as("gold for " + key).isNotNull();
            JsonNode range = expected.get("body_paragraphs");
            int paragraphs = range.get(1).asInt() - range.get(0).asInt() + 1;
            Map<String, Object[]> fields = Map.of(
                    "title", new Object[] {text(expected, "title"), article.title()},
                    "source", new Object[] {text(expected, "source"), article.source()},
                    "published", new Object[] {text(expected, "published"), article.publishedAt()},
                    "dateline", new Object[] {text(expected, "dateline"), article.dateline()},
                    "body paragraphs", new Object[] {paragraphs, article.body().split("\n\n").length});
            for (Map.Entry<String, Object[]> field : fields.entrySet()) {
                checks++;
                if (!Objects.equals(field.getValue()[0], field.getValue()[1])) {
                    mismatches.add(key + " " + field.getKey() + ": expected " + field.getValue()[0] + " but got "
                            + field.getValue()[1]);
                }
            }
            if (expected.has("boilerplate")) {
                checks++;
                JsonNode b = expected.get("boilerplate");
                int lines = b.get(1).asInt() - b.get(0).asInt() + 1;
                if (article.boilerplate().size() != lines) {
                    mismatches.add(key + " boilerplate lines: expected " + lines + " but got "
                            + article.boilerplate().size());
                }
            }
        }
        System.out.printf("seed parsing: %d/%d fields as gold%n", checks - mismatches.size(), checks);
        assertThat(mismatches).isEmpty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
