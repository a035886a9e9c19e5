package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A given name tagged alone, with the rare word after it that the document repeats (given labels, no model). */
class UnknownFamilyNamesTest {

    /** News counts: قالت and برانسون are common; حب is a word, so يحب is ي + حب. */
    private static final WordClusters NEWS =
            DocumentFixture.news("قالت\t816\t1\t1\t9\nحب\t40\t1\t1\t9\nبرانسون\t120\t1\t1\t9\n");

    @Test
    void shouldTakeInARareWordThatTheDocumentRepeatsAloneAndTagTheRepeats() {
        assertThat(tag(
                "وقالت الكاتبة ماريا أليخينا إن", "O O B-PERS O O",
                "وأضافت أليخينا أن الفرقة", "O O O O",
                "وختمت أليخينا حديثها", "O O O"))
                .containsExactly("O O B-PERS I-PERS O", "O B-PERS O O", "O B-PERS O");
    }

    @Test
    void shouldNeedTwoRepeatsAndLeaveCommonWordsAndVerbsAlone() {
        assertThat(tag("وقالت ماريا أليخينا إن", "O B-PERS O O", "وأضافت أليخينا أن", "O O O"))
                .containsExactly("O B-PERS O O", "O O O");
        assertThat(tag("ماريا قالت إن", "B-PERS O O", "قالت الشرطة", "O O", "ثم قالت", "O O"))
                .containsExactly("B-PERS O O", "O O", "O O");
        assertThat(tag("ماريا يحب الناس", "B-PERS O O", "يحب الجميع", "O O", "ولا يحب", "O O"))
                .containsExactly("B-PERS O O", "O O", "O O");
    }

    @Test
    void shouldExtendAGivenNameOrAnUnknownWordButNotAWordTheNewsKnows() {
        // برانسون is no given name and the news knows it: the rare word after it is not taken in
        assertThat(tag("وقال برانسون أليخينا إن", "O B-PERS O O", "وأضافت أليخينا أن", "O O O",
                "وختمت أليخينا حديثها", "O O O"))
                .containsExactly("O B-PERS O O", "O O O", "O O O");
        // رينان is unknown to the news and the gazetteer: a first name like a listed one
        assertThat(tag("المدافع رينان لودري قادما", "O B-PERS O O", "وقال لودري إن", "O O O",
                "ولعب لودري سابقا", "O O O"))
                .containsExactly("O B-PERS I-PERS O", "O B-PERS O", "O B-PERS O");
        // but not before a definite word or a word of three letters (موقعو النداء, ستروميا زعم)
        assertThat(tag("وطلب موقعو النداء إن", "O B-PERS O O", "وجاء في النداء أن", "O O O O",
                "ونص النداء على", "O O O"))
                .containsExactly("O B-PERS O O", "O O O O", "O O O");
        assertThat(tag("وقال ستروميا زعم أن", "O B-PERS O O", "كما زعم أنه", "O O O", "ثم زعم", "O O"))
                .containsExactly("O B-PERS O O", "O O O", "O O");
    }

    private static List<String> tag(String... sentencesAndLabels) {
        return tag(Integer.MAX_VALUE, sentencesAndLabels);
    }

    /** Labels after the rule over a document given as alternating sentence text and IOB2 labels. */
    private static List<String> tag(int window, String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(NEWS, sentencesAndLabels);
        UnknownFamilyNames.tag(d.sentences(), d.extracted(), d.labels(), NEWS, window);
        return d.labelNames();
    }
}
