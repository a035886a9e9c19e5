package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name grown to the untagged listed given name before it (given labels, no model). */
class GivenNamesTest {

    @Test
    void shouldTakeInTheGivenNameBeforeAPersonsName() {
        assertThat(grow("بسجن أمل فتحي ،", "O O B-PERS O")).isEqualTo("O B-PERS I-PERS O");
        assertThat(grow("والمواطن علي سعيد العالول (", "O O B-PERS I-PERS O")).isEqualTo("O B-PERS I-PERS I-PERS O");
        // with و before the given name
        assertThat(grow("هازارد وكيفن دي بروين ،", "B-PERS O B-PERS I-PERS O"))
                .isEqualTo("B-PERS B-PERS I-PERS I-PERS O");
        assertThat(grow("القططي وعلي سعيد العالول", "B-PERS O B-PERS I-PERS")).isEqualTo("B-PERS B-PERS I-PERS I-PERS");
    }

    @Test
    void shouldLeaveParticlesVerbsAndKinshipWordsOut() {
        // أن and على fold into listed given names (آن, علي)
        assertThat(grow("وقال إن ترامب يرغب", "O O B-PERS O")).isEqualTo("O O B-PERS O");
        assertThat(grow("ورد على بومبيو أمس", "O O B-PERS O")).isEqualTo("O O B-PERS O");
        // a verb of the same letters as a given name, a kinship word, a word for age
        assertThat(grow("ورفعت بدوي قضية", "O B-PERS O")).isEqualTo("O B-PERS O");
        assertThat(grow("وفتح راموس النار", "O B-PERS O")).isEqualTo("O B-PERS O");
        assertThat(grow("وكان عمر بينيت آنذاك", "O O B-PERS O")).isEqualTo("O O B-PERS O");
        // a name that begins with و is another person
        assertThat(grow("تزوجت أماندا وستيف", "O O B-PERS")).isEqualTo("O O B-PERS");
        // a name already tagged before it is left alone
        assertThat(grow("زار محمد صلاح", "O B-PERS B-PERS")).isEqualTo("O B-PERS B-PERS");
    }

    /** Labels after the rule over one sentence given as text and IOB2 labels. */
    private static String grow(String sentence, String labels) {
        DocumentFixture d = DocumentFixture.of(DocumentFixture.news(""), sentence, labels);
        GivenNames.grow(d.sentences().get(0), d.extracted().get(0), d.labels().get(0), EntityTagger.defaultGazetteer());
        return d.labelNames().get(0);
    }
}
