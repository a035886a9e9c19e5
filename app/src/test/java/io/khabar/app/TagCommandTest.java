package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.Json;

class TagCommandTest {

    @Test
    void shouldTagArticleFilesWithoutKafkaAndListWhatItSkipped(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("wire.jsonl"), String.join("\n",
                "{\"source\":\"وكالة تجريبية\",\"title\":\"لافروف في جنيف\",\"published_at\":\"2024-05-02\","
                        + "\"body\":\"وصل وزير الخارجية الروسي سيرغي لافروف إلى جنيف يوم الأحد.\\n\\n"
                        + "وقال لافروف إن روسيا تدعم الحل في 9 تشرين الثاني/نوفمبر 2020.\"}",
                "{\"title\": broken",
                ""), StandardCharsets.UTF_8);
        Path out = dir.resolve("tagged.jsonl");

        int code = Khabar.execute("tag", "--articles", input.toString(), "--out", out.toString());

        assertThat(code).as("one line could not be parsed").isEqualTo(3);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode article = Json.mapper().readTree(lines.get(0));
        assertThat(article.path("paragraphs")).hasSize(2);
        List<String> persons = article.path("entities").findValuesAsText("canonical");
        assertThat(persons).contains("سيرغي لافروف", "جنيف", "روسيا");
        assertThat(article.path("entities").toString()).doesNotContain("\"canonical\":\"لافروف\"");
        assertThat(article.path("dates").findValuesAsText("value"))
                .as("the Sunday before the publication date, and the absolute date")
                .contains("2024-04-28", "2020-11-09");
    }

    @Test
    void shouldPrintScoresWhenTheConllInputCarriesGoldTags(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.conll");
        Files.writeString(gold, String.join("\n", "وصل O", "سيرغي B-PERS", "لافروف I-PERS", "إلى O", "جنيف B-LOC",
                ". O"), StandardCharsets.UTF_8);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Khabar.execute("tag", "--conll", gold.toString(), "--out", dir.resolve("out.conll").toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("entity-level scores against the gold tags")
                .contains("micro P=1.0000 R=1.0000 F1=1.0000 (gold 2, predicted 2, correct 2)");
    }

    @Test
    void shouldSayWhichInputIsMissing(@TempDir Path dir) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Khabar.execute("tag", "--conll", dir.resolve("missing.conll").toString(),
                    "--out", dir.resolve("out.conll").toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(code).isEqualTo(1);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("khabar tag: no such input: ")
                .contains("missing.conll");
    }
}
