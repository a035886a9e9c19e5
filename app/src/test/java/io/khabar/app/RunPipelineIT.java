package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The README's main command, for real: {@code khabar run} on an embedded KRaft broker over the bundled sample
 * articles, checked through the bulk files it leaves.
 */
class RunPipelineIT {

    @TempDir
    Path work;

    @Test
    void shouldEnrichEverySampleArticleIntoBulkFilesWithRepeatsMarked() throws Exception {
        Path samples = Path.of(System.getProperty("khabar.root", "..")).resolve("samples");
        Path out = work.resolve("out");

        int exit = Khabar.execute("run", "--input", samples.toString(), "--out", out.toString(),
                "--data-dir", work.resolve("kafka").toString(), "--state-dir", work.resolve("streams").toString());

        assertThat(exit).isZero();
        assertThat(out.resolve("index-template.json")).exists();
        Map<String, JsonNode> docs = BulkOutput.byOrigin(BulkOutput.documents(out));
        assertThat(docs).containsOnlyKeys("01_nile_talks.txt", "02_nile_statement.txt", "03_addis_reply.txt",
                "04_un_aid.txt", "05_un_followup.txt", "wire-2024-0319-001", "wire-2024-0319-002");

        JsonNode first = docs.get("01_nile_talks.txt");
        assertThat(first.get("title").asText()).startsWith("مصر والسودان وإثيوبيا");
        assertThat(first.get("published_at").asText()).isEqualTo("2024-03-14");
        assertThat(first.get("language").asText()).isEqualTo("ar");
        for (JsonNode p : first.get("paragraphs")) {
            assertThat(p.get("duplicate_of").isNull()).as("nothing in the first article repeats: %s", p).isTrue();
        }

        JsonNode statement = docs.get("02_nile_statement.txt");
        assertThat(statement.get("dateline").asText()).isEqualTo("الخرطوم");
        assertRepeat(statement, 3, first, 2);
        assertRepeat(statement, 4, first, 3);
        assertThat(statement.at("/paragraphs/4/similarity").asDouble()).isEqualTo(1.0);
        assertRepeat(statement, 5, first, 4);
        assertThat(statement.get("novel_text").asText()).contains("رحب رئيس الوزراء السوداني")
                .doesNotContain("وتعثرت المفاوضات");

        JsonNode wire = docs.get("wire-2024-0319-001");
        assertRepeat(wire, 2, first, 2);
        assertRepeat(wire, 3, first, 4);
        assertRepeat(docs.get("wire-2024-0319-002"), 2, docs.get("04_un_aid.txt"), 2);
        assertRepeat(docs.get("05_un_followup.txt"), 2, docs.get("04_un_aid.txt"), 3);

        JsonNode reply = docs.get("03_addis_reply.txt");
        assertThat(reply.get("boilerplate").toString()).contains("كلمات مفتاحية");
        assertThat(reply.get("source").asText()).isEqualTo("الشرق اليوم");
        assertThat(Files.readString(out.resolve("index-template.json"))).contains("arabic");
    }

    private static void assertRepeat(JsonNode doc, int paragraph, JsonNode earlier, int earlierParagraph) {
        JsonNode ref = doc.at("/paragraphs/" + paragraph + "/duplicate_of");
        assertThat(ref.isObject()).as("%s paragraph %d is marked as a repeat: %s", doc.get("origin"), paragraph,
                doc.at("/paragraphs/" + paragraph)).isTrue();
        assertThat(ref.get("article_id").asText()).isEqualTo(earlier.get("id").asText());
        assertThat(ref.get("paragraph").asInt()).isEqualTo(earlierParagraph);
        assertThat(doc.at("/paragraphs/" + paragraph + "/similarity").asDouble()).isBetween(0.5, 1.0);
    }
}
