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

        ConllTagging.Result result = ConllTagging.tag(in, out);

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
        assertThat(result.tokens()).isEqualTo(12);
        assertThat(result.sentences()).isEqualTo(3);
        assertThat(result.scores()).as("one line's last column is no tag: no gold to score against").isEmpty();
        assertThat(blanks).isEqualTo(2);
        assertThat(tokens).containsExactly("وصل", "وزير", "الخارجية", "سيرغي", "لافروف", "إلى", "جنيف", ".",
                "قال", "المتحدث", "،", "باكو");
        assertThat(lines.get(8)).isEmpty();
        assertThat(lines.get(9)).startsWith("قال\t");
        assertThat(lines.get(6)).isEqualTo("جنيف\tB-LOC");
    }

    @Test
    void shouldScoreTheOutputAgainstGoldTagsWhenEveryLineCarriesOne(@TempDir Path dir) throws Exception {
        Path tokens = dir.resolve("tokens.conll");
        Files.writeString(tokens, String.join("\n",
                "وصل", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "إلى", "جنيف", ".", "",
                "وقال", "لافروف", "إن", "روسيا", "تدعم", "الحل", "."), StandardCharsets.UTF_8);
        Path tagged = dir.resolve("tagged.conll");
        ConllTagging.Result plain = ConllTagging.tag(tokens, tagged);
        assertThat(plain.scores()).isEmpty();

        // The tagger's own output as gold: every entity is right.
        Path again = dir.resolve("again.conll");
        ConllTagging.Scores self = ConllTagging.tag(tagged, again).scores().orElseThrow();
        assertThat(self.microF1()).isEqualTo(1.0);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(tagged));

        // Gold in other spellings of the types, one of them a type the tagger does not tag, and one entity the
        // gold lacks: Geneva is left O, so precision drops and recall stays whole.
        List<String> gold = new ArrayList<>();
        for (String line : Files.readAllLines(tagged, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            gold.add(line.isEmpty() ? "" : cols[0] + " "
                    + (cols[0].equals("جنيف") ? "O" : cols[0].equals("الحل") ? "B-EVENT" : cols[1].replace("PERS", "PER")));
        }
        Path goldFile = dir.resolve("gold.conll");
        Files.write(goldFile, gold, StandardCharsets.UTF_8);
        ConllTagging.Scores scores = ConllTagging.tag(goldFile, dir.resolve("out.conll")).scores().orElseThrow();
        long predicted = Files.readAllLines(tagged).stream().filter(l -> l.contains("\tB-")).count();
        assertThat(predicted).as("the tagger finds Lavrov twice, Geneva and Russia").isEqualTo(4);
        double precision = 3.0 / 4;
        assertThat(scores.microF1()).isCloseTo(2 * precision / (precision + 1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scores.ignored()).containsEntry("EVENT", 1);
        assertThat(scores.report()).contains("PERS  P=1.0000 R=1.0000");
    }
}
