package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A word the news does not know between a verb of saying and what was said (given labels, no model). */
class SpeakerNamesTest {

    /**
     * News counts: المتحدث, مصادر and رغم are common; محامي, مستثمر, أسرة, صحيفة and نفس are known stems (محاميها,
     * مستثمرون, أسرته, لصحيفة, نفسي).
     */
    private static final WordClusters NEWS = DocumentFixture.news("المتحدث\t900\t1\t1\t9\nمصادر\t400\t1\t1\t9\n"
            + "محامي\t40\t1\t1\t9\nمستثمر\t12\t1\t1\t9\nأسرة\t60\t1\t1\t9\nرغم\t376\t1\t1\t9\n"
            + "صحيفة\t900\t1\t1\t9\nنفس\t500\t1\t1\t9\nتشاريتي\t60\t1\t1\t9\nمسؤول\t80\t1\t1\t9\n"
            + "المسؤول\t300\t1\t1\t9\n");

    @Test
    void shouldTagAnUnknownWordBetweenAVerbOfSayingAndWhatWasSaid() {
        assertThat(tag("وقالت ويتهورن : \" لقد تسببت", "O O O O O O")).isEqualTo("O B-PERS O O O O");
        assertThat(tag("وأضاف موينش أنه كان", "O O O O")).isEqualTo("O B-PERS O O");
        assertThat(tag("وقال غرينبلات في بيان", "O O O O")).isEqualTo("O B-PERS O O");
        assertThat(tag("ويقول مونجر ، إن", "O O O O")).isEqualTo("O B-PERS O O");
        // a listed given name; a rare family name of the nisba form that the news never writes without ال
        assertThat(tag("وتقول أماندا إن", "O O O")).isEqualTo("O B-PERS O");
        assertThat(tag("وأوضح التوبالي : \"", "O O O O")).isEqualTo("O B-PERS O O");
        assertThat(tag("وأوضح المحامي أن", "O O O")).isEqualTo("O O O");
        // أل with its hamza begins a name, no article
        assertThat(tag("وقال ألمازبيك : \"", "O O O O")).isEqualTo("O B-PERS O O");
    }

    @Test
    void shouldTagAWordTheNewsKnowsALittleAndNeverWritesWithAl() {
        // 60 times in the news, never with ال: a name the model missed there
        assertThat(tag("وتقول تشاريتي : \"", "O O O O")).isEqualTo("O B-PERS O O");
        // 80 times, and written with ال too: a noun
        assertThat(tag("وقال مسؤول إن", "O O O")).isEqualTo("O O O");
        // a token that normalizes to nothing (a tatweel alone)
        assertThat(tag("وقال ـ إن", "O O O")).isEqualTo("O O O");
    }

    @Test
    void shouldTakeInTheFamilyNameAfterAnUnknownGivenName() {
        assertThat(tag("وقالت كيتلين ويد ، من جامعة", "O O O O O O")).isEqualTo("O B-PERS I-PERS O O O");
        assertThat(tag("وقال إقبال القدوسي ، قائد", "O O O O O")).isEqualTo("O B-PERS I-PERS O O");
        // not a common word, a word with ل before it, or an adjective
        assertThat(tag("وقال تريبو رغم أن", "O O O O")).isEqualTo("O O O O");
        assertThat(tag("وقالت مكلور لصحيفة \"", "O O O O")).isEqualTo("O O O O");
        assertThat(tag("وقال أخصائي نفسي في", "O O O O")).isEqualTo("O O O O");
        // a definite family name has the nisba form
        assertThat(tag("وأشارت أصابع الاتهام إلى", "O O O O")).isEqualTo("O O O O");
    }

    @Test
    void shouldLeaveCommonWordsAndTheirFormsAlone() {
        // common in the news
        assertThat(tag("وقال المتحدث إن", "O O O")).isEqualTo("O O O");
        assertThat(tag("وقالت مصادر إن", "O O O")).isEqualTo("O O O");
        // a known stem with a pronoun, a plural or ة for ت
        assertThat(tag("وقالت محاميها إن", "O O O")).isEqualTo("O O O");
        assertThat(tag("وقال مستثمرون إن", "O O O")).isEqualTo("O O O");
        assertThat(tag("وقالت أسرته إنه", "O O O")).isEqualTo("O O O");
        // participles and adverbs: م then a consonant, فاعلا / فاعلة
        assertThat(tag("وقال مسعف إن", "O O O")).isEqualTo("O O O");
        assertThat(tag("وأضاف ساخطا : \"", "O O O O")).isEqualTo("O O O O");
        assertThat(tag("وقالت مازحة إن", "O O O")).isEqualTo("O O O");
    }

    @Test
    void shouldNeedTheVerbAndWhatWasSaidAroundIt() {
        assertThat(tag("وزار ويتهورن القاهرة", "O O O")).isEqualTo("O O O");
        assertThat(tag("وقالت ويتهورن المحامية", "O O O")).isEqualTo("O O O");
        // a word already in a name is left to it
        assertThat(tag("وقالت جين ويتهورن إن", "O B-PERS I-PERS O")).isEqualTo("O B-PERS I-PERS O");
    }

    /** Labels after the rule over one sentence given as text and IOB2 labels. */
    private static String tag(String sentence, String labels) {
        return DocumentFixture.after(SpeakerNames::tag, NEWS, sentence, labels);
    }
}
