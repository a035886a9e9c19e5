package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A storm named after a storm word, retyped where its name stands alone later in the document (no model). */
class StormRepeatsTest {

    @Test
    void shouldRetypeTheStormsNameWhereItStandsAloneLater() {
        assertThat(repeats(Integer.MAX_VALUE,
                "ضرب الإعصار مايكل سواحل فلوريدا", "O O B-MISC O B-LOC",
                "ووصل مايكل في ذروة قوته", "O B-PERS O O O",
                "ومايكل هو حاليا إعصار", "B-PERS O O O"))
                .containsExactly("O O B-MISC O B-LOC", "O B-MISC O O O", "B-MISC O O O");
    }

    @Test
    void shouldLeaveOtherNamesAndNamesOutsideTheWindowAlone() {
        // a person with a family name, and another name
        assertThat(repeats(Integer.MAX_VALUE,
                "ضرب الإعصار مايكل سواحل فلوريدا", "O O B-MISC O B-LOC",
                "وقال مايكل جاكسون إن فلوريدا", "O B-PERS I-PERS O B-LOC"))
                .last().isEqualTo("O B-PERS I-PERS O B-LOC");
        // no storm word in the document, or too far away
        assertThat(repeats(Integer.MAX_VALUE, "وقال مايكل إن", "O B-PERS O")).last().isEqualTo("O B-PERS O");
        assertThat(repeats(1,
                "ضرب الإعصار مايكل سواحل فلوريدا", "O O B-MISC O B-LOC",
                "ولم يرد", "O O",
                "وقال مايكل إن", "O B-PERS O"))
                .last().isEqualTo("O B-PERS O");
    }

    private static List<String> repeats(int window, String... sentencesAndLabels) {
        return DocumentFixture.after(NotNames::retypeStormRepeats, window, sentencesAndLabels);
    }
}
