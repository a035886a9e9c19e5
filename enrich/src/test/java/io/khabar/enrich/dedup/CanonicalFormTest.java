package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    @Test
    void shouldReadAllMonthVariantsOfOneDateAsOneToken() {
        assertThat(CanonicalForm.tokens("في 9 نوفمبر 2020")).containsExactly("في", "9", "#m11", "2020");
        assertThat(CanonicalForm.tokens("في 9 تشرين الثاني/نوفمبر 2020")).containsExactly("في", "9", "#m11", "2020");
        assertThat(CanonicalForm.tokens("في 9 تشرين الأول/نوفمبر 2020")).containsExactly("في", "9", "#m11", "2020");
        assertThat(CanonicalForm.tokens("في ٩ تشرين الثاني 2020")).containsExactly("في", "9", "#m11", "2020");
    }

    @Test
    void shouldKeepMonthLikeWordsAwayFromNumbers() {
        assertThat(CanonicalForm.tokens("قال الاب إن ماي لم تحضر")).doesNotContain("#m08", "#m05");
        assertThat(CanonicalForm.tokens("نهاية أيلول/سبتمبر الماضي")).contains("#m09");
    }

    @Test
    void shouldStripLightClitics() {
        assertThat(CanonicalForm.tokens("والأذربيجانية")).containsExactly("اذربيجانيه");
        assertThat(CanonicalForm.tokens("بالتالي")).containsExactly("تالي");
        assertThat(CanonicalForm.tokens("وبوساطة")).containsExactly("وساطه");
        assertThat(CanonicalForm.tokens("التي")).containsExactly("التي");
    }

    @Test
    void shouldIgnoreDiacriticsTatweelPunctuationAndDigitScript() {
        assertThat(CanonicalForm.tokens("ووقّعت روسيـا، «الاتفاقَ» عام ١٩٩٧."))
                .isEqualTo(CanonicalForm.tokens("ووقعت روسيا الاتفاق عام 1997"));
    }

    @Test
    void shouldSplitDigitsFromAttachedClitic() {
        assertThat(CanonicalForm.tokens("و11 كانون الثاني/يناير 2021")).containsExactly("11", "#m01", "2021");
    }
}
