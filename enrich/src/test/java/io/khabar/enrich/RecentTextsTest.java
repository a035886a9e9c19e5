package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentTextsTest {

    @Test
    void aUnitAfterTheStartLearnsTheTextsWithLaterCopies() {
        RecentTexts recent = new RecentTexts();
        assertThat(recent.laterThan(1_000)).as("nothing known before the first record").isNull();

        recent.advance(1_000); // restored state: no unit later than 1,000
        assertThat(recent.laterThan(1_000)).as("may have restored copies at the same time").isNull();
        assertThat(recent.laterThan(1_001).test(7L)).isFalse();

        recent.add(1_500, 7L);
        recent.add(1_200, 8L); // out of order
        recent.advance(1_500);
        assertThat(recent.laterThan(1_300).test(7L)).isTrue();
        assertThat(recent.laterThan(1_300).test(8L)).isFalse();
        assertThat(recent.laterThan(1_200).test(8L)).isTrue();
        assertThat(recent.laterThan(1_600).test(7L)).isFalse();
    }

    @Test
    void aTextLeavesTheWindowWithItsLatestCopyNotItsFirst() {
        RecentTexts recent = new RecentTexts();
        recent.advance(1_000);
        recent.add(2_000, 7L);
        recent.add(20_000, 7L);
        recent.advance(2_001 + RecentTexts.WINDOW_MS); // the copy at 2,000 has left the window, the one at 20,000 not
        assertThat(recent.laterThan(15_000).test(7L)).isTrue();
        assertThat(recent.laterThan(20_001).test(7L)).isFalse();
    }

    @Test
    void aUnitOlderThanTheWindowGetsNoAnswer() {
        RecentTexts recent = new RecentTexts();
        recent.advance(1_000);
        recent.add(2_000, 7L);
        recent.advance(2_000 + RecentTexts.WINDOW_MS + 1);
        assertThat(recent.laterThan(2_000)).isNull();
        assertThat(recent.laterThan(2_001 + RecentTexts.WINDOW_MS).test(7L)).isFalse();
    }
}
