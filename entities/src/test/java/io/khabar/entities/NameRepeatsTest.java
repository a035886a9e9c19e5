package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Untagged repeats of a document's names of two words or more (given labels, no model). */
class NameRepeatsTest {

    private static final WordClusters NEWS = DocumentFixture.news("قال\t900\t1\t1\t9\n");

    @Test
    void shouldTagTheUntaggedRepeatsOfANameWithItsTypeAlsoWithAProclitic() {
        assertThat(tag(
                "أعلنت الجبهة الوطنية للتحرير سحب السلاح", "O B-ORG I-ORG I-ORG O O",
                "وقال المتحدث باسم الجبهة الوطنية للتحرير إن", "O O O O O O O",
                "وتضم والجبهة الوطنية للتحرير فصائل", "O O O O O"))
                .containsExactly(
                        "O B-ORG I-ORG I-ORG O O",
                        "O O O B-ORG I-ORG I-ORG O",
                        "O B-ORG I-ORG I-ORG O");
    }

    @Test
    void shouldLeaveOneWordNamesPartsOfOtherNamesAndNamesOfTwoTypesAlone() {
        // a one-word name is not repeated
        assertThat(tag("زار ترامب المكسيك", "O B-PERS O", "وقال ترامب إن", "O O O"))
                .last().isEqualTo("O O O");
        // a repeat that a tagged name runs on into is left alone
        assertThat(tag("حصن كيفا مدينة", "B-LOC I-LOC O", "في حصن كيفا الأثرية", "O O O I-LOC"))
                .last().isEqualTo("O O O I-LOC");
        // the document tags the same words with two types
        assertThat(tag("كأس العالم", "B-MISC I-MISC", "بطولة كأس العالم", "O B-ORG I-ORG", "وفي كأس العالم", "O O O"))
                .last().isEqualTo("O O O");
    }

    /** Labels after the rule over a document given as alternating sentence text and IOB2 labels. */
    private static List<String> tag(String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(NEWS, sentencesAndLabels);
        NameRepeats.tag(d.extracted(), d.labels());
        return d.labelNames();
    }
}
