package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name between commas after the person's title (given labels, no model). */
class AppositiveNamesTest {

    /**
     * News counts: المتحدث, الجيش, مصادر, اليوم and الأحد are common; رجال, أرض and نساء are common words that the
     * sentences below write with an ending or و.
     */
    private static final WordClusters NEWS = DocumentFixture.news("المتحدث\t900\t1\t1\t9\nالجيش\t900\t1\t1\t9\n"
            + "مصادر\t400\t1\t1\t9\nاليوم\t900\t1\t1\t9\nالأحد\t800\t1\t1\t9\nرجال\t300\t1\t1\t9\n"
            + "أرض\t300\t1\t1\t9\nنساء\t200\t1\t1\t9\n");

    @Test
    void shouldTagTheNameBetweenCommasAfterATitle() {
        assertThat(tag("قال المتحدث باسم الجيش الإسرائيلي ، أفيخاي أدرعي ، إن", "O O O O O O O O O O"))
                .isEqualTo("O O O O O O B-PERS I-PERS O O");
        // a listed given name, a definite family name the news does not know, أمين عام
        assertThat(tag("قال أمين عام وزارة النقل الأردنية ، أنمار الخصاونة ، إن", "O O O O O O O O O O O"))
                .isEqualTo("O O O O O O O B-PERS I-PERS O O");
        assertThat(tag("أكد المتحدث باسم حركة طالبان ، زبي الله مجاهد ، أن", "O O O B-ORG I-ORG O O O O O O"))
                .isEqualTo("O O O B-ORG I-ORG O B-PERS I-PERS I-PERS O O");
        assertThat(tag("وقال النائب الكويتي ، وليد الطبطبائي ، إن", "O O O O O O O O"))
                .isEqualTo("O O O O B-PERS I-PERS O O");
        // a given name that the model tagged alone
        assertThat(tag("وقال وزير البترول المصري ، طارق الملا ، في", "O O O O O B-PERS O O O"))
                .isEqualTo("O O O O O B-PERS I-PERS O O");
        // أل with its hamza begins the name, no article
        assertThat(tag("عن الرئيس السابق ، ألمازبيك أتامباييف ، من", "O O O O O O O O"))
                .isEqualTo("O O O O B-PERS I-PERS O O");
        assertThat(tag("عن الرئيس السابق ، الماز أتامباييف ، من", "O O O O O O O O"))
                .isEqualTo("O O O O O O O O");
    }

    @Test
    void shouldTagTheNameBetweenAVerbOfSayingAndACommaBeforeATitle() {
        assertThat(tag("قال فخر الدين ألتون ، مدير الاتصالات", "O O O O O O O"))
                .isEqualTo("O B-PERS I-PERS I-PERS O O O");
        assertThat(tag("وقالت ميا موتلي ، رئيسة وزراء باربادوس", "O O O O O O B-LOC"))
                .isEqualTo("O B-PERS I-PERS O O O B-LOC");
        // no title after the comma
        assertThat(tag("وقالت ميا موتلي ، إنها", "O O O O O")).isEqualTo("O O O O O");
    }

    @Test
    void shouldNeedATitleCloseBeforeTheFirstComma() {
        assertThat(tag("وصلت الطائرة إلى المطار ، أفيخاي أدرعي ، إن", "O O O O O O O O O"))
                .isEqualTo("O O O O O O O O O");
        // a mark between the title and the comma
        assertThat(tag("قال المتحدث : الجيش ، أفيخاي أدرعي ، إن", "O O O O O O O O O")).isEqualTo("O O O O O O O O O");
        // too far back
        assertThat(tag("قال المتحدث عن أحداث كثيرة في الليلة الماضية ، أفيخاي أدرعي ، إن",
                "O O O O O O O O O O O O O")).isEqualTo("O O O O O O O O O O O O O");
        // no closing comma within three words
        assertThat(tag("قال المتحدث باسم الجيش ، أفيخاي أدرعي إن", "O O O O O O O O")).isEqualTo("O O O O O O O O");
    }

    @Test
    void shouldLeaveCommonWordsTitlesAndTimesAlone() {
        assertThat(tag("قال المتحدث باسم الجيش ، اليوم الأحد ، إن", "O O O O O O O O O"))
                .isEqualTo("O O O O O O O O O");
        // a definite first word, a trigger word, و before a word, the accusative ا
        assertThat(tag("قال المتحدث باسم الجيش ، القيادي بالجماعة ، إن", "O O O O O O O O O"))
                .isEqualTo("O O O O O O O O O");
        assertThat(tag("وجرد البابا تواضروس ، بطريرك الأقباط ، المقدس", "O B-PERS I-PERS O O O O O"))
                .isEqualTo("O B-PERS I-PERS O O O O O");
        assertThat(tag("قال المتحدث باسم الجيش ، وتحطيم مضربها ، إن", "O O O O O O O O O"))
                .isEqualTo("O O O O O O O O O");
        assertThat(tag("عانق الفنان الناس ، رجالا ونساء ، خلال", "O O O O O O O O")).isEqualTo("O O O O O O O O");
        // a word already in a name is left to it
        assertThat(tag("قال المتحدث باسم الجيش ، أفيخاي أدرعي ، إن", "O O O O O B-PERS I-PERS O O"))
                .isEqualTo("O O O O O B-PERS I-PERS O O");
    }

    /** Labels after the rule over one sentence given as text and IOB2 labels. */
    private static String tag(String sentence, String labels) {
        return DocumentFixture.after(AppositiveNames::tag, NEWS, sentence, labels);
    }
}
