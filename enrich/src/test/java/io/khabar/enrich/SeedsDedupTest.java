package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.EnrichedArticle;
import io.khabar.model.Paragraph;
import io.khabar.model.Json;
import io.khabar.model.RawArticle;

/**
 * Runs the topology over shared/seeds/*.txt in file order (paragraphs = non-empty lines, numbered from 0 as in
 * seeds-gold.json) and compares the paragraph flags with the gold exact/near pairs.
 */
class SeedsDedupTest {

    @Test
    void shouldFindAllGoldExactAndNearPairsOfSeedsWithoutFalseFlags() throws IOException {
        Path shared = Path.of(System.getProperty("khabar.shared", "../../shared"));
        Path seeds = shared.resolve("seeds");
        Path gold = shared.resolve("eval/seeds-gold.json");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.exists(gold),
                "shared seeds not found at " + seeds + " (set -Dkhabar.shared); skipping");

        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Set<String> expected = new HashSet<>();
        Set<String> stretch = new HashSet<>();
        for (JsonNode pair : Json.mapper().readTree(gold.toFile()).path("duplicates")) {
            String link = pair.path("b").asText() + "->" + pair.path("a").asText();
            if (pair.path("kind").asText().equals("paraphrase")) {
                stretch.add(link);
            } else {
                expected.add(link);
            }
        }

        Set<String> found = new HashSet<>();
        try (EnrichDriver d = new EnrichDriver()) {
            Instant t = Instant.parse("2022-01-01T00:00:00Z");
            for (Path file : files) {
                String id = file.getFileName().toString().replace(".txt", "");
                List<String> lines = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        lines.add(line.trim());
                    }
                }
                d.pipe(new RawArticle(id, file.getFileName().toString(), null, null, null, null, null,
                        String.join("\n\n", lines), List.of(), null), t);
                t = t.plusSeconds(60);
            }
            for (EnrichedArticle a : d.latest().values()) {
                for (Paragraph p : a.paragraphs()) {
                    if (p.duplicateOf() != null) {
                        found.add(a.id() + "#" + p.index() + "->" + p.duplicateOf().articleId() + "#"
                                + p.duplicateOf().paragraph());
                    }
                }
            }
        }
        Set<String> missed = new HashSet<>(expected);
        missed.removeAll(found);
        Set<String> falseFlags = new HashSet<>(found);
        falseFlags.removeAll(expected);
        falseFlags.removeAll(stretch);
        Set<String> paraphrases = new HashSet<>(found);
        paraphrases.retainAll(stretch);
        System.out.printf("seeds: %d/%d exact/near pairs found, %d false flags, %d/%d paraphrase pairs%n",
                expected.size() - missed.size(), expected.size(), falseFlags.size(), paraphrases.size(),
                stretch.size());
        assertThat(missed).as("missed gold pairs").isEmpty();
        assertThat(falseFlags).as("false flags").isEmpty();
    }
}
