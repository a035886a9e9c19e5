package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {

    @Test
    void shouldSplitPunctuationAndKeepCliticsAttached() {
        assertThat(ArabicTokenizer.tokens("قال الوزير، وروسيا (موسكو): «نعم»."))
                .containsExactly("قال", "الوزير", "،", "وروسيا", "(", "موسكو", ")", ":", "«", "نعم", "»", ".");
    }

    @Test
    void shouldKeepOffsetsIntoTheOriginalText() {
        String text = "  وصل بوتينُ إلى\tباكو ";
        TokenSpans spans = ArabicTokenizer.tokenize(text);
        assertThat(spans.size()).isEqualTo(4);
        for (int i = 0; i < spans.size(); i++) {
            assertThat(text.substring(spans.starts()[i], spans.ends()[i])).isEqualTo(spans.token(i));
        }
        assertThat(spans.token(1)).isEqualTo("بوتينُ");
    }

    @Test
    void shouldKeepDecimalNumbersAndTatweelWordsWhole() {
        assertThat(ArabicTokenizer.tokens("نما 2.5% بـ 24 جندياً"))
                .containsExactly("نما", "2.5", "%", "بـ", "24", "جندياً");
    }
}
