package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CoNLL mode: one-word places and organizations and MISC names repeated untagged in the window (no model). */
class WordRepeatsTest {

    @Test
    void shouldTagAnUntaggedRepeatOfAOneWordPlaceOrOrganization() {
        assertThat(repeats(20,
                "قاد ثورة الريف العظيمة", "O O B-LOC O",
                "وأسد الريف .", "O O O"))
                .containsExactly("O O B-LOC O", "O B-LOC O");
        assertThat(repeats(20,
                "وقالت المنظمة الويبو إن", "O O B-ORG O",
                "الخدمات التي تقدمها الويبو في", "O O O O O"))
                .last().isEqualTo("O O O B-ORG O");
    }

    @Test
    void shouldTagAnUntaggedRepeatOfAMiscNameOfTwoWords() {
        assertThat(repeats(20,
                "فيلمك « طرب فاشن » نجح", "O O B-MISC I-MISC O O",
                "يقال عن « طرب فاشن » انه", "O O O O O O O"))
                .last().isEqualTo("O O O B-MISC I-MISC O O");
    }

    @Test
    void shouldLeaveRepeatsAloneWhenTheWindowMostlyLeavesThemUntagged() {
        // tagged once, untagged six times: a model's slip, not a name (بعد غروب الشمس)
        assertThat(repeats(20,
                "بعد غروب الشمس", "O B-ORG O",
                "قبل غروب الشمس", "O O O",
                "لحظة غروب القمر", "O O O",
                "موعد غروب الشمس", "O O O",
                "وقت غروب الشمس", "O O O",
                "قبيل غروب الشمس", "O O O",
                "عند غروب الشمس", "O O O"))
                .last().isEqualTo("O O O");
        // tagged with two types, or out of the window
        assertThat(repeats(20,
                "فاز الجزيرة على", "O B-ORG O",
                "في الجزيرة العربية", "O B-LOC O",
                "وقال الجزيرة إن", "O O O"))
                .last().isEqualTo("O O O");
        assertThat(repeats(1,
                "قاد ثورة الريف", "O O B-LOC",
                "ثم", "O",
                "وأسد الريف", "O O"))
                .last().isEqualTo("O O");
    }

    @Test
    void shouldLeaveRepeatsNextToANameOrAnAgreeingNisbaAlone() {
        assertThat(repeats(20,
                "في قطاع غزة", "O B-LOC I-LOC",
                "إلى قطاع ثم", "O B-LOC O",
                "توغل في قطاع غزة", "O O O B-LOC"))
                .last().isEqualTo("O O O B-LOC");
        assertThat(repeats(20,
                "زار السعودية أمس", "O B-LOC O",
                "من العائلة المالكة السعودية", "O O O O",
                "قالت السلطات السعودية", "O O O"))
                .containsExactly("O B-LOC O", "O O O O", "O O O");
    }

    private static List<String> repeats(int window, String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(DocumentFixture.news(""), sentencesAndLabels);
        WordRepeats.tag(d.sentences(), d.extracted(), d.labels(), window);
        return d.labelNames();
    }
}
