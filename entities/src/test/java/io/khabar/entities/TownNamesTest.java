package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Unknown towns after a word for a town, and their repeats (given labels, no model). */
class TownNamesTest {

    /**
     * News counts: شمال, جديدة and أمن are common words, تمتد a verb, صيف and فعل the stems of an adjective and an
     * adverb; التربية is written 28 times.
     */
    private static final WordClusters NEWS = DocumentFixture.news("شمال\t479\t1\t1\t9\nجديده\t903\t1\t1\t9\nتمتد\t30\t1\t1\t9\n"
            + "صيف\t40\t1\t1\t9\nفعل\t60\t1\t1\t9\nالنازحين\t51\t1\t1\t9\nامن\t2400\t1\t1\t9\n"
            + "التربيه\t28\t1\t1\t9\nتبعد\t12\t1\t1\t9\n");

    @Test
    void shouldTagAnUnknownWordAfterAWordForATownAndItsRepeats() {
        assertThat(tag(
                "ضرب زلزال جزيرة لومبوك الإندونيسية", "O O O O O",
                "وتبلغ مساحة لومبوك 4500 كيلومتر", "O O O O O",
                "وقال سكان بلومبوك إن", "O O O O",
                "وشهدت مدينة الفحيص احتجاجات", "O O O O"))
                .containsExactly(
                        "O O O B-LOC O",
                        "O O B-LOC O O",
                        "O O B-LOC O",
                        "O O B-LOC O");
    }

    @Test
    void shouldTagATownAfterBaladiyaButNotAColour() {
        assertThat(tag(
                "وقال رئيس بلدية تالاهاسي إن", "O O O O O",
                "انتخبت بلجيكا لأول مرة رئيس بلدية أسود", "O B-LOC O O O O O"))
                .containsExactly(
                        "O O O B-LOC O",
                        "O B-LOC O O O O O");
    }

    @Test
    void shouldTagAKingsRealm() {
        assertThat(tag(
                "وذهب إلى ملك أراجون خايمي الأول", "O O O O B-PERS I-PERS",
                "حملات على أراضي أراجون", "O O O O",
                "وقال ملك البلاد إن", "O O O O",
                "تابعة لقضاء ريغ ملك وتبعد 50 كيلومترا", "O O O O O O O"))
                .containsExactly(
                        "O O O B-LOC B-PERS I-PERS",
                        "O O O B-LOC",
                        "O O O O",
                        "O O O O O O O");
    }

    @Test
    void shouldTakeTheSecondWordAfterAFirstWordOfTownNamesOnly() {
        assertThat(tag("عاد إلى منزله في ولاية نورث كارولينا", "O O O O O O O",
                "في بلدة سانت الصغيرة", "O O O O"))
                .containsExactly("O O O O O B-LOC I-LOC", "O O O O");
    }

    @Test
    void shouldLeaveCommonWordsAdjectivesVerbsAndNamesAlone() {
        assertThat(tag(
                "في مدينة جديدة وقرية صغيرة ومخيم صيفي", "O O O O O O O",
                "في مدينة فعلا ومدينة تمتد على الساحل", "O O O O O O O",
                "في محافظة شمال سيناء", "O O O B-LOC",
                "في مخيم للنازحين ومخيم النازحين", "O O O O O",
                "حصل على ولاية ثانية لا ولاية الرجل", "O O O O O O O",
                "في مدينة الملك عبدالله", "O O O O",
                "في مدينة بالو", "O O B-PERS"))
                .containsExactly(
                        "O O O O O O O",
                        "O O O O O O O",
                        "O O O B-LOC",
                        "O O O O O",
                        "O O O O O O O",
                        "O O O O",
                        "O O B-PERS");
    }

    @Test
    void shouldTagADistrictButNotADirectorate() {
        // أمن is a common word of the news: مديرية أمن is a security directorate
        assertThat(tag("وسيطرت القوات على مديرية الدريهمي ومديرية أمن المحافظة", "O O O O O O O O"))
                .containsExactly("O O O O B-LOC O O O");
        // a directorate's field, written 20 times or more in the news
        assertThat(tag("وأعلنت مديرية التربية في المحافظة", "O O O O O")).containsExactly("O O O O O");
        // a listed place of one word that the model left untagged, and not a listed place's first word alone
        assertThat(tag("وتقدمت القوات في مديرية الخوخة ومدينة بيت الفقيه", "O O O O O O O O"))
                .containsExactly("O O O O B-LOC O O O");
    }

    @Test
    void shouldTagAListedPlaceAfterRifQaidaOrMatar() {
        assertThat(tag("قصف المسلحون بلدات في وريف حماة", "O O O O O O",
                "وتعرضت قاعدة حميميم الجوية لهجوم", "O O O O O",
                "وصل إلى قاعدة عسكرية", "O O O O",
                "وقعت قذائف قرب مطار معيتيقة", "O O O O O"))
                .containsExactly("O O O O O B-LOC", "O O B-LOC O O", "O O O O", "O O O O B-LOC");
    }

    @Test
    void shouldTagAStateOnlyWhenIndefinite() {
        assertThat(tag("الفيضانات في ولاية كيرالا الهندية", "O O O O O"))
                .containsExactly("O O O B-LOC O");
    }

    @Test
    void shouldCountOnlyTheTownsWithinTheWindowInRunningText() {
        List<String> text = new ArrayList<>(List.of("ضرب زلزال جزيرة لومبوك", "O O O O"));
        for (int k = 0; k < 3; k++) {
            text.addAll(List.of("وتابع المسؤول حديثه", "O O O"));
        }
        text.addAll(List.of("وتبلغ مساحة لومبوك", "O O O"));
        assertThat(tag(3, text.toArray(String[]::new))).last().isEqualTo("O O O");
        assertThat(tag(4, text.toArray(String[]::new))).last().isEqualTo("O O B-LOC");
    }

    private static List<String> tag(String... sentencesAndLabels) {
        return tag(Integer.MAX_VALUE, sentencesAndLabels);
    }

    /** Labels after the rule over a document given as alternating sentence text and IOB2 labels. */
    private static List<String> tag(int window, String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(NEWS, sentencesAndLabels);
        TownNames.tag(d.sentences(), d.extracted(), d.labels(), NEWS, window);
        return d.labelNames();
    }
}
