package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name of two unknown words after a nationality adjective (given labels, no model). */
class NationalityNamesTest {

    /**
     * News counts: الحارس, المنتخب, الجيش and المباراة are common; تتقدم is the present verb يتقدم with ت, and عاد
     * is common, so أعاد is a verb of the pattern أفعل. كيتا is often in a person's name (prior 1), طيب mostly
     * (prior 2); شعب, 23 times, mostly outside names (prior 9).
     */
    private static final WordClusters NEWS = DocumentFixture.news("الحارس\t900\t1\t1\t9\nالمنتخب\t900\t1\t1\t9\n"
            + "الجيش\t900\t1\t1\t9\nالمباراة\t900\t1\t1\t9\nتتقدم\t300\t1\t1\t9\nعاد\t500\t1\t1\t9\n"
            + "كيتا\t38\t1\t1\t1\nطيب\t412\t1\t1\t2\nشعب\t23\t1\t1\t9\nباع\t60\t1\t1\t9\n");

    @Test
    void shouldTagTwoUnknownWordsAfterANationality() {
        assertThat(tag("تألق الحارس الكوستاريكي كايلور فارغاس في المباراة", "O O O O O O O"))
                .isEqualTo("O O O B-PERS I-PERS O O");
        // with و before the adjective, and a name of the model right after
        assertThat(tag("والبلجيكي ليندر ديندونكر والكرواتي ماريو", "O O O O B-PERS"))
                .isEqualTo("O B-PERS I-PERS O B-PERS");
        // only the two words after the adjective
        assertThat(tag("الإسباني ياسبر سيليسن لملاقاته .", "O O O O O")).isEqualTo("O B-PERS I-PERS O O");
    }

    @Test
    void shouldTakeAnUnknownWordAndAWordTheNewsOftenTagsInAPersonsName() {
        assertThat(tag("لاعب الوسط الغيني نابي كيتا صيف 2018", "O O O O O O O"))
                .isEqualTo("O O O B-PERS I-PERS O O");
        // not after a word that the news mostly uses outside names, however rare
        assertThat(tag("إن الشعب الإثيوبي شعب طيب ولكن", "O O O O O O")).isEqualTo("O O O O O O");
    }

    @Test
    void shouldTakeAListedGivenNameAndAnUnknownWord() {
        assertThat(tag("مع المدرب الفرنسي وحيد خليلودزيتش للعودة", "O O O O O O"))
                .isEqualTo("O O O B-PERS I-PERS O");
        // a given name and a word the news knows: not taken
        assertThat(tag("قال الحارس الفرنسي أحمد المباراة", "O O O O O")).isEqualTo("O O O O O");
    }

    @Test
    void shouldTakeTheNameAfterAFeminineNationality() {
        assertThat(tag("مباراة الهولندية كيكي بيركنز والتشيكية", "O O O O O")).isEqualTo("O O B-PERS I-PERS O");
        // a listed given name that the model tagged alone takes in the unknown word after it
        assertThat(tag("قالت السفيرة البريطانية كارين بيرس ،", "O O O B-PERS O O"))
                .isEqualTo("O O O B-PERS I-PERS O");
        // not a feminine verb in the past nor a verbal noun, nor after a word announcing an organization
        assertThat(tag("العائلات السودانية باعت أملاكها", "O O O O")).isEqualTo("O O O O");
        assertThat(tag("السلطات الإيطالية تشييع جثامين", "O O O O")).isEqualTo("O O O O");
        assertThat(tag("شركة السيارات الصينية سياك موتور", "O O O O O")).isEqualTo("O O O O O");
    }

    @Test
    void shouldLeaveVerbsSingleWordsAndTaggedWordsAlone() {
        // one unknown word alone: mostly a verb
        assertThat(tag("قال إن الجيش الإسرائيلي داهمت المنازل", "O O O O O O")).isEqualTo("O O O O O O");
        // a verb in the present, a verb of the pattern أفعل
        assertThat(tag("الجيش المصري يتقدم ببطء نحو", "O O O O O")).isEqualTo("O O O O O");
        assertThat(tag("الرئيس الأميركي أعاد عقارب الساعة", "O O O O O")).isEqualTo("O O O O O");
        // a listed name, a word that begins with و, a word the model tagged
        assertThat(tag("الحارس البلجيكي تيبو كورتوا", "O O O O")).isEqualTo("O O O O");
        assertThat(tag("المنتخب الإسباني وسيليسن فارغاس", "O O O O")).isEqualTo("O O O O");
        assertThat(tag("الحارس الكوستاريكي كيلور فارغاس", "O O B-PERS O")).isEqualTo("O O B-PERS O");
    }

    /** Labels after the rule over one sentence given as text and IOB2 labels. */
    private static String tag(String sentence, String labels) {
        return DocumentFixture.after(NationalityNames::tag, NEWS, sentence, labels);
    }
}
