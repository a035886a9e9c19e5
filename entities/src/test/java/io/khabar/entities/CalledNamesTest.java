package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person introduced as "called …" (given labels, no model). */
class CalledNamesTest {

    /** News counts: شارك and الجديد are common; the names are not in the news. */
    private static final WordClusters NEWS = DocumentFixture.news("شارك\t900\t1\t1\t9\nجديدا\t400\t1\t1\t9\n");

    @Test
    void shouldTagTheNameAfterAPersonCalledSo() {
        assertThat(tag("وروى شاهد يدعى سري لقسمي \" كنا", "O O O O O O O")).isEqualTo("O O O B-PERS I-PERS O O");
        assertThat(tag("وتعرف على جزائري يدعى بلقاسم بليل .", "O O O O O O O"))
                .isEqualTo("O O O O B-PERS I-PERS O");
        assertThat(tag("لسيدة تدعى كيت مكلور بعدما", "O O O O O")).isEqualTo("O O B-PERS I-PERS O");
        // a listed given name, then a common word that is no name
        assertThat(tag("شاب يدعى وحيد شارك في", "O O O O O")).isEqualTo("O O B-PERS O O");
        // the rest of the name, already tagged
        assertThat(tag("لمهاجر إيرلندي يُدعى جيرالد أوهارا (", "O O O O B-PERS O"))
                .isEqualTo("O O O B-PERS I-PERS O");
    }

    @Test
    void shouldNeedAPersonBeforeIt() {
        assertThat(tag("على شبكة تدعى خلية فيلانوفا .", "O O O O O O")).isEqualTo("O O O O O O");
        assertThat(tag("جهازا جديدا يدعى فولدي ميت", "O O O O O")).isEqualTo("O O O O O");
        // a definite word after it is no name
        assertThat(tag("شاهد يدعى النيازك", "O O O")).isEqualTo("O O O");
    }

    /** Labels after the rule over one sentence given as text and IOB2 labels. */
    private static String tag(String sentence, String labels) {
        return DocumentFixture.after(CalledNames::tag, NEWS, sentence, labels);
    }
}
