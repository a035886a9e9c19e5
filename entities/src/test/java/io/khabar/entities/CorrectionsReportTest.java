package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code CorrectionsReport --rescore}: today's corrections rerun on the raw labels of a labels file. */
class CorrectionsReportTest {

    @Test
    void shouldRescoreTheRawLabelsOfALabelsFileWithTodaysCorrections(@TempDir Path dir) throws IOException {
        // token, gold, raw, corrected (as written then); the raw labels split a listed person's name in two
        Path labels = dir.resolve("labels.tsv");
        Files.writeString(labels, String.join("\n",
                "وتقدم\tO\tO\tO",
                "زين\tB-PERS\tB-PERS\tB-PERS",
                "الدين\tI-PERS\tI-PERS\tI-PERS",
                "زيدان\tI-PERS\tB-PERS\tB-PERS",
                "لفرنسا\tB-LOC\tB-LOC\tB-LOC",
                "", ""), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorrectionsReport.rescore(labels, DocumentFixture.news(""), null, new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("micro F1 0.4000").contains("with today's CoNLL-mode corrections: micro F1 1.0000");
    }
}
