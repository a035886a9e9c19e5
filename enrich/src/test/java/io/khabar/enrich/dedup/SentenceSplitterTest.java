package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void shouldSplitOnArabicAndLatinTerminators() {
        assertThat(sentences("قال الوزير كذا. وأضاف كذا؟ ثم غادر! وبعدها؛ انتهى"))
                .containsExactly("قال الوزير كذا.", "وأضاف كذا؟", "ثم غادر!", "وبعدها؛", "انتهى");
    }

    @Test
    void shouldNotSplitDecimalNumbers() {
        assertThat(sentences("بلغ النمو 3.5 بالمئة. وهذا رقم قياسي")).containsExactly("بلغ النمو 3.5 بالمئة.",
                "وهذا رقم قياسي");
    }

    @Test
    void shouldSplitOnLineEndsAndDropPunctuationOnlySpans() {
        assertThat(sentences("السطر الأول\nالسطر الثاني.\" ")).containsExactly("السطر الأول", "السطر الثاني.");
    }
}
