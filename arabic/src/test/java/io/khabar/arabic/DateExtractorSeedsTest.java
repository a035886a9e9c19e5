package io.khabar.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.DateMention;
import io.khabar.model.Json;

/**
 * Compares, per seed article, the set of ISO values found in the gold body paragraphs (publication date from the
 * gold) with the gold dates; prints recall and precision. Needs {@code khabar.shared}; skipped without it.
 */
class DateExtractorSeedsTest {

    @Test
    void shouldFindEveryGoldDateOfTheSeeds() throws IOException {
        String shared = System.getProperty("khabar.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")),
                "khabar.shared not set or has no seeds/: seed date evaluation skipped");
        JsonNode articles = Json.mapper().readTree(Path.of(shared, "eval", "seeds-gold.json").toFile()).get("articles");

        int gold = 0;
        int found = 0;
        int correct = 0;
        Map<String, Set<String>> missing = new TreeMap<>();
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, JsonNode> entry : articles.properties()) {
            JsonNode article = entry.getValue();
            List<String> lines = nonEmptyLines(Path.of(shared, "seeds", entry.getKey() + ".txt"));
            LocalDate published = article.get("published").isNull() ? null
                    : DateExtractor.dateOf(article.get("published").asText());
            int first = article.get("body_paragraphs").get(0).asInt();
            int last = article.get("body_paragraphs").get(1).asInt();
            Set<String> values = new TreeSet<>();
            for (int p = first; p <= last; p++) {
                for (DateMention m : DateExtractor.extract(p - first, lines.get(p), published)) {
                    values.add(m.value());
                }
            }
            Set<String> expected = new TreeSet<>();
            article.get("dates").forEach(d -> expected.add(d.asText()));
            Set<String> hit = new TreeSet<>(values);
            hit.retainAll(expected);
            Set<String> extra = new TreeSet<>(values);
            extra.removeAll(expected);
            Set<String> miss = new TreeSet<>(expected);
            miss.removeAll(values);
            if (!miss.isEmpty()) {
                missing.put(entry.getKey(), miss);
            }
            gold += expected.size();
            found += values.size();
            correct += hit.size();
            table.append(String.format("  %s gold=%s found=%s extra=%s missing=%s%n", entry.getKey(), expected,
                    values, extra, miss));
        }
        System.out.printf("seed dates: recall %d/%d = %.3f, precision %d/%d = %.3f%n%s", correct, gold,
                (double) correct / gold, correct, found, (double) correct / found, table);
        assertThat(missing).as("gold dates not found").isEmpty();
        assertThat((double) correct / found).as("precision").isGreaterThanOrEqualTo(0.7);
    }

    private static List<String> nonEmptyLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.strip().replace("\u00A0", "").isEmpty()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
