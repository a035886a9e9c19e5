package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name grown to the family name of the nisba form after it (given labels, no model). */
class PersonNamesTest {

    /**
     * News counts: النيادي, الحوسني and الروائي are rare; the news also writes الروائية ("the novelist", feminine) and
     * الأسطورة ("the legend"), of which الروائي and الأسطوري are adjectives.
     */
    private static final WordClusters NEWS = DocumentFixture.news("النيادي\t8\t1\t1\t9\nالحوسني\t2\t1\t1\t9\n"
            + "الروائي\t6\t1\t1\t9\nالروائيه\t12\t1\t1\t9\nالاسطوري\t17\t1\t1\t9\nالاسطوره\t60\t1\t1\t9\n");

    @Test
    void shouldTakeInAFamilyNameThatTheNewsKnowsOnlyAsOne() {
        assertThat(grow("وجرى اختيار مفتاح حمد النيادي من بين", "O O B-PERS I-PERS O O O"))
                .isEqualTo("O O B-PERS I-PERS I-PERS O O");
        // after a listed given name alone
        assertThat(grow("الكابتن علي الحوسني", "O B-PERS O")).isEqualTo("O B-PERS I-PERS");
    }

    @Test
    void shouldLeaveAdjectivesParticiplesAndNamesThatAreNoGivenNameAlone() {
        // an adjective: the news writes it with ة too, or has a noun with ة for its ي
        assertThat(grow("عالم سامر يوسف الروائي الواسع", "O B-PERS I-PERS O O")).isEqualTo("O B-PERS I-PERS O O");
        assertThat(grow("كسر المهاجم رقم سامي نصر الأسطوري", "O O O B-PERS I-PERS O"))
                .isEqualTo("O O O B-PERS I-PERS O");
        // a participle (ال + م): المختفي, "missing"
        assertThat(grow("مصير خطيبي صالح سعيد المختفي منذ", "O O B-PERS I-PERS O O"))
                .isEqualTo("O O B-PERS I-PERS O O");
        // a one-word name that is no listed given name
        assertThat(grow("أمام ضيفه كلوب الحوسني", "O O B-PERS O")).isEqualTo("O O B-PERS O");
    }

    private static String grow(String sentence, String labels) {
        return DocumentFixture.after(PersonNames::growToNisbaFamilyNames, NEWS, sentence, labels);
    }
}
