package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A family name of آل and a word, tagged where it stands alone after the person was named in full (no model). */
class HouseNameRepeatsTest {

    @Test
    void shouldTagTheHouseNameOfAPersonNamedInFullWhereItStandsAlone() {
        assertThat(repeats(Integer.MAX_VALUE,
                "قال رئيس الهيئة تركي آل الشيخ إن", "O O O B-PERS I-PERS I-PERS O",
                "وكتب آل الشيخ على حسابه", "O O O O O",
                "وعبر عن شكره لآل الشيخ .", "O O O O O O"))
                .containsExactly("O O O B-PERS I-PERS I-PERS O", "O B-PERS I-PERS O O", "O O O B-PERS I-PERS O");
    }

    @Test
    void shouldLeaveTheHouseAloneAfterAWordForAFamilyOrWithoutTheFullName() {
        assertThat(repeats(Integer.MAX_VALUE,
                "التقى الملك سلمان بن عبد العزيز آل سعود", "O O B-PERS I-PERS I-PERS I-PERS I-PERS I-PERS",
                "وانتقدوا حكم آل سعود", "O O O O"))
                .last().isEqualTo("O O O O");
        // no full name in the document, or out of the window
        assertThat(repeats(Integer.MAX_VALUE, "وكتب آل الشيخ على حسابه", "O O O O O")).last()
                .isEqualTo("O O O O O");
        assertThat(repeats(1,
                "قال تركي آل الشيخ إن", "O B-PERS I-PERS I-PERS O",
                "ولم يرد", "O O",
                "وكتب آل الشيخ على حسابه", "O O O O O"))
                .last().isEqualTo("O O O O O");
    }

    private static List<String> repeats(int window, String... sentencesAndLabels) {
        return DocumentFixture.after(HouseNameRepeats::tag, window, sentencesAndLabels);
    }
}
