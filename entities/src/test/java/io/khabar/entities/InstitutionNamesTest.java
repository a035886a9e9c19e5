package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Named institutions written as a body, its reach and its field (given labels, no model). */
class InstitutionNamesTest {

    @Test
    void shouldTagABodyItsReachAndItsField() {
        assertThat(tag("وقال المنتدى المصري للدراسات الاقتصادية إن", "O O O O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG O");
        assertThat(tag("وحذر المركز الوطني للأعاصير من", "O O O O O")).isEqualTo("O B-ORG I-ORG I-ORG O");
        // العام, العامة: a body of the state (الهيئة العامة للإحصاء)
        assertThat(tag("حسب ما أفادت الهيئة العامة للإحصاء .", "O O O O O O O")).isEqualTo("O O O B-ORG I-ORG I-ORG O");
        // with a clitic, and with a second field after و
        assertThat(tag("التابعة للهيئة العربية للتصنيع .", "O O O O O")).isEqualTo("O B-ORG I-ORG I-ORG O");
        assertThat(tag("وقالت الوكالة الوطنية للبحث والإنقاذ إن", "O O O O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG O");
        // the second field with its adjective
        assertThat(tag("أعلنت الهيئة السعودية للبيانات والذكاء الاصطناعي (", "O O O O O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG I-ORG O");
        // a field with ل before a definite word
        assertThat(tag("قرر المجلس الأعلى لتنظيم الإعلام منع", "O O O O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG O");
        assertThat(tag("عضوية الوكالة الروسية لمكافحة المنشطات (", "O O O O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG O");
    }

    @Test
    void shouldLeaveACompanysPurposeAlone() {
        assertThat(tag("خطة الشركة الأميركية لخفض الوظائف تأتي", "O O O O O O")).isEqualTo("O O O O O O");
        // ل before an indefinite word is no field
        assertThat(tag("دعا المجلس الوطني لعقد جلسة", "O O O O O")).isEqualTo("O O O O O");
    }

    @Test
    void shouldLeaveRanksRolesTaggedWordsAndTitlesAlone() {
        // an adjective of rank or role is no reach
        assertThat(tag("المركز المالي للبلاد", "O O O")).isEqualTo("O O O");
        assertThat(tag("اللجنة الفنية للحكام", "O O O")).isEqualTo("O O O");
        // a field that is a name already
        assertThat(tag("الجمعية العامة للأمم المتحدة", "O O B-ORG I-ORG")).isEqualTo("O O B-ORG I-ORG");
        // not a participle after the field, nor a person's title after و
        assertThat(tag("الجبهة الوطنية للتحرير المدعومة", "O O O O")).isEqualTo("B-ORG I-ORG I-ORG O");
        assertThat(tag("للشركة التونسية للأنشطة والمدير العام", "O O O O O"))
                .isEqualTo("B-ORG I-ORG I-ORG O O");
    }

    @Test
    void shouldGrowASchoolsNameToItsField() {
        assertThat(grow("أجراها معهد إسطنبول للأبحاث السياسية أن", "O B-ORG I-ORG O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG O");
        // a second field after و, and a clitic before the head
        assertThat(grow("درس في جامعة السودان للعلوم والتكنولوجيا .", "O O B-ORG I-ORG O O O"))
                .isEqualTo("O O B-ORG I-ORG I-ORG I-ORG O");
        assertThat(grow("والأستاذ بمعهد بيكر للقلب والسكري", "O B-ORG I-ORG O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG");
        assertThat(grow("درس في جامعة نوتنغهام للصحة والرعاية الاجتماعية في", "O O B-ORG I-ORG O O O O"))
                .isEqualTo("O O B-ORG I-ORG I-ORG I-ORG I-ORG O");
    }

    @Test
    void shouldLeaveWhatACouncilOrAFundDoesAlone() {
        assertThat(grow("نتجه إلى صندوق النقد الدولي للحصول على", "O O B-ORG I-ORG I-ORG O O"))
                .isEqualTo("O O B-ORG I-ORG I-ORG O O");
        assertThat(grow("في مجلس الأمن للتصدي", "O B-ORG I-ORG O")).isEqualTo("O B-ORG I-ORG O");
        // a head alone is no name, and ل before an indefinite word is no field
        assertThat(grow("أنشأ جامعة للعلوم", "O B-ORG O")).isEqualTo("O B-ORG O");
    }

    /** Labels after {@link InstitutionNames#growToFields} over one sentence given as text and IOB2 labels. */
    private static String grow(String sentence, String labels) {
        return DocumentFixture.after(
                (t, x, l, g, news) -> InstitutionNames.growToFields(t, x.words(), x.triggers(), l),
                DocumentFixture.news(""), sentence, labels);
    }

    /** Labels after {@link InstitutionNames#tag} over one sentence given as text and IOB2 labels. */
    private static String tag(String sentence, String labels) {
        return DocumentFixture.after((t, x, l, g, news) -> InstitutionNames.tag(t, x.words(), x.triggers(), l, g),
                DocumentFixture.news(""), sentence, labels);
    }
}
