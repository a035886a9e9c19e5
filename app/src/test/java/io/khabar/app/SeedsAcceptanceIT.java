package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Acceptance on the five seed articles the project started from: {@code khabar run --input ../shared/seeds} must
 * write 5 documents with the exact and near background repeats of the gold marked, and nothing else marked.
 */
class SeedsAcceptanceIT {

    @TempDir
    Path work;

    @Test
    void shouldMarkTheGoldRepeatsOfTheSeedArticlesAndNothingElse() throws Exception {
        Path shared = Path.of(System.getProperty("khabar.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("seeds")), "shared/seeds not found at " + shared + ": acceptance skipped");
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("eval/seeds-gold.json").toFile());
        Path out = work.resolve("out");

        int exit = Khabar.execute("run", "--input", shared.resolve("seeds").toString(), "--out", out.toString(),
                "--data-dir", work.resolve("kafka").toString(), "--state-dir", work.resolve("streams").toString());

        assertThat(exit).isZero();
        Map<String, JsonNode> docs = BulkOutput.byOrigin(BulkOutput.documents(out));
        assertThat(docs).hasSize(5);

        Set<String> expected = new HashSet<>();
        Set<String> allowed = new HashSet<>();
        for (JsonNode pair : gold.get("duplicates")) {
            String later = paragraphKey(gold, docs, pair.get("b").asText());
            String earlier = paragraphKey(gold, docs, pair.get("a").asText());
            String flag = later + "->" + earlier;
            allowed.add(flag);
            if (!pair.get("kind").asText().equals("paraphrase")) {
                expected.add(flag);
            }
        }
        Set<String> flagged = new HashSet<>();
        for (JsonNode doc : docs.values()) {
            for (JsonNode p : doc.get("paragraphs")) {
                JsonNode ref = p.get("duplicate_of");
                if (ref != null && !ref.isNull()) {
                    flagged.add(doc.get("id").asText() + "#" + p.get("index").asInt() + "->"
                            + ref.get("article_id").asText() + "#" + ref.get("paragraph").asInt());
                }
            }
        }
        assertThat(flagged).as("all exact and near gold repeats are marked").containsAll(expected);
        assertThat(flagged).as("no paragraph is marked that the gold does not list").isSubsetOf(allowed);
    }

    /** Gold paragraph numbers count non-empty lines of the file; ours count body paragraphs. */
    private static String paragraphKey(JsonNode gold, Map<String, JsonNode> docs, String goldRef) {
        String[] parts = goldRef.split("#");
        int firstBodyLine = gold.at("/articles/" + parts[0] + "/body_paragraphs/0").asInt();
        JsonNode doc = docs.get(parts[0] + ".txt");
        assertThat(doc).as("document for %s", parts[0]).isNotNull();
        return doc.get("id").asText() + "#" + (Integer.parseInt(parts[1]) - firstBodyLine);
    }
}
