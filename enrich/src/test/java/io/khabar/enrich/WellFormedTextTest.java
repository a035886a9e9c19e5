package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellFormedTextTest {

    @Test
    void replacesUnpairedSurrogatesOneCharForOne() {
        assertThat(WellFormedText.clean("نص\uD800")).isEqualTo("نص\uFFFD");
        assertThat(WellFormedText.clean("\uDC00نص")).isEqualTo("\uFFFDنص");
        assertThat(WellFormedText.clean("\uD800\uD800\uDC00")).isEqualTo("\uFFFD\uD800\uDC00");
    }

    @Test
    void keepsWellFormedTextAsItIs() {
        String text = "خبر 😀 عاجل";
        assertThat(WellFormedText.clean(text)).isSameAs(text);
        assertThat(WellFormedText.clean(null)).isNull();
    }
}
