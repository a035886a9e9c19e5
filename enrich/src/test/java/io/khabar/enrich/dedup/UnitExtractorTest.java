package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnitExtractorTest {

    private static final String BACKGROUND = "وكانت الحرب قد اندلعت في السابع والعشرين من أيلول سبتمبر الماضي بين"
            + " أرمينيا وأذربيجان حول إقليم ناغورني قره باغ.";
    private static final String NEWS = "وأعلنت وزارة الدفاع صباح اليوم أن القوات تبادلت القصف على طول خط التماس"
            + " في الشمال.";

    private final Fingerprinter fingerprinter = new Fingerprinter(DedupMode.MINHASH, 6, 2);

    @Test
    void sentencesKeepTheirFirstBandsAndStillShareThemWithTheSameTextAsAParagraph() {
        UnitExtractor extractor = new UnitExtractor(fingerprinter, 5, 8, true, 2);

        List<TextUnit> units = extractor.units(List.of(BACKGROUND, NEWS + " " + BACKGROUND));

        TextUnit paragraph = units.get(0);
        assertThat(paragraph.kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(paragraph.fingerprint().bandKeys()).hasSize(6);
        List<TextUnit> sentences = units.stream().filter(u -> u.kind() == UnitKind.SENTENCE).toList();
        assertThat(sentences).hasSize(2).allSatisfy(s -> assertThat(s.fingerprint().bandKeys()).hasSize(2));
        TextUnit background = sentences.get(1);
        assertThat(background.fingerprint().exactHash()).isEqualTo(paragraph.fingerprint().exactHash());
        assertThat(background.fingerprint().bandKeys())
                .containsExactly(Arrays.copyOf(paragraph.fingerprint().bandKeys(), 2));
    }

    @Test
    void withoutALimitSentencesKeepEveryBand() {
        UnitExtractor extractor = new UnitExtractor(fingerprinter, 5, 8, true);
        assertThat(extractor.units(List.of(NEWS + " " + BACKGROUND)))
                .allSatisfy(u -> assertThat(u.fingerprint().bandKeys()).hasSize(6));
    }
}
