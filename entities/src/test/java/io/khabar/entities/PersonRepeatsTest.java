package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A rare one-word person's name tagged once is the person wherever else it stands alone (given labels, no model). */
class PersonRepeatsTest {

    /** News counts: قالت and الدفاع are common words; the given name ماجدة (31 times) and البابا are no rare words. */
    private static final WordClusters NEWS = DocumentFixture.news("قالت\t816\t1\t1\t9\nالدفاع\t900\t1\t1\t9\n"
            + "ماجده\t31\t1\t1\t9\nالبابا\t500\t1\t1\t2\n");

    @Test
    void shouldTagTheUntaggedRepeatsOfARarePersonsName() {
        assertThat(tag("وقالت بارلي إن", "O B-PERS O", "وتضيف بارلي : \"", "O O O O"))
                .containsExactly("O B-PERS O", "O B-PERS O O");
    }

    @Test
    void shouldTakeInAListedGivenNameOrAnUnknownWordAfterATitle() {
        // كريستينا is a listed given name; فلويد is unknown, after the title الملاكم
        assertThat(tag("وقالت ستالدر إن", "O B-PERS O", "رفضت الوزيرة كريستينا ستالدر ذلك", "O O O O O"))
                .containsExactly("O B-PERS O", "O O B-PERS I-PERS O");
        assertThat(tag("وقال مايويذر إن", "O B-PERS O", "أعلن الملاكم فلويد مايويذر قبوله", "O O O O O"))
                .containsExactly("O B-PERS O", "O O B-PERS I-PERS O");
        // not a word that may be a verb before its subject, nor a name with و before it
        assertThat(tag("وقال كنايسل إن", "O B-PERS O", "وكان بوتين أهدى كنايسل لوحة", "O B-PERS O O O"))
                .containsExactly("O B-PERS O", "O B-PERS O B-PERS O");
        assertThat(tag("قالت ستيف إن", "O B-PERS O", "تزوجت أماندا وستيف", "O B-PERS O"))
                .containsExactly("O B-PERS O", "O B-PERS O");
        // after a one-word person's name that another rule tagged alone: its family name
        assertThat(tag("وقالت ستالدر إن", "O B-PERS O", "وقالت جين ستالدر إن", "O B-PERS O O"))
                .last().isEqualTo("O B-PERS I-PERS O");
        assertThat(tag("وقالت ستالدر إن", "O B-PERS O", "التقت جين وستالدر أمس", "O B-PERS O O"))
                .last().isEqualTo("O B-PERS O O");
    }

    @Test
    void shouldTagTheGivenNameThatTheArticleUsesForAPersonNamedInFull() {
        // قالت is common in the news; ماجدة is named in full once and alone twice
        assertThat(tag("قالت ماجدة خوري إن", "O B-PERS I-PERS O", "وتتذكر ماجدة أنها", "O B-PERS O",
                "وتقول ماجدة إن", "O B-PERS O", "لكن ماجدة رفضت", "O O O"))
                .last().isEqualTo("O B-PERS O");
        // alone once only: not yet the name the article uses
        assertThat(tag("قالت ماجدة خوري إن", "O B-PERS I-PERS O", "وتتذكر ماجدة أنها", "O B-PERS O",
                "لكن ماجدة رفضت", "O O O"))
                .last().isEqualTo("O O O");
        // not a title (البابا فرنسيس, then البابا)
        assertThat(tag("وقال البابا فرنسيس إن", "O B-PERS I-PERS O", "وقال البابا إن", "O B-PERS O",
                "ودعا البابا إلى", "O B-PERS O", "إذا زار البابا بيونغ يانغ", "O O O O O"))
                .last().isEqualTo("O O O O O");
    }

    @Test
    void shouldLeaveCommonWordsAndNamesOfOtherTypesAlone() {
        // الدفاع is common in the news
        assertThat(tag("قال الدفاع إن", "O B-PERS O", "وزارة الدفاع", "O O"))
                .containsExactly("O B-PERS O", "O O");
        // كوبل is tagged as a person and as a place in the article
        assertThat(tag("قال كوبل إن", "O B-PERS O", "مدينة كوبل الصغيرة", "O B-LOC O", "وصل كوبل", "O O"))
                .containsExactly("O B-PERS O", "O B-LOC O", "O O");
    }

    private static List<String> tag(String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(NEWS, sentencesAndLabels);
        PersonRepeats.tag(d.sentences(), d.extracted(), d.labels(), NEWS, EntityTagger.defaultGazetteer());
        return d.labelNames();
    }
}
