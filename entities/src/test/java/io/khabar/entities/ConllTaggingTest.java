package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllTaggingTest {

    @Test
    void shouldKeepSentencesAndTokensInOrder(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.conll");
        Files.writeString(in, String.join("\n",
                "وصل O", "وزير O", "الخارجية O", "سيرغي B-PERS", "لافروف I-PERS", "إلى O", "جنيف B-LOC", ". O",
                "", "", "قال\tx\ty", "المتحدث", "،", "", "باكو"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.conll");

        long count = ConllTagging.tag(in, out);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> tokens = new ArrayList<>();
        int blanks = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            String[] cols = line.split("\t");
            assertThat(cols).hasSize(2);
            assertThat(cols[1]).matches("O|[BI]-(PERS|LOC|ORG|MISC)");
            tokens.add(cols[0]);
        }
        assertThat(count).isEqualTo(12);
        assertThat(blanks).isEqualTo(2);
        assertThat(tokens).containsExactly("وصل", "وزير", "الخارجية", "سيرغي", "لافروف", "إلى", "جنيف", ".",
                "قال", "المتحدث", "،", "باكو");
        assertThat(lines.get(8)).isEmpty();
        assertThat(lines.get(9)).startsWith("قال\t");
        assertThat(lines.get(6)).isEqualTo("جنيف\tB-LOC");
    }
}
