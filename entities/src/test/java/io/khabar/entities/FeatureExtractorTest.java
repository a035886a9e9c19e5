package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private final FeatureExtractor features = new FeatureExtractor(WordClusters.empty(), EntityTagger.defaultGazetteer(), 20);

    private int[] of(String... tokens) {
        return features.extract(TokenSpans.of(List.of(tokens)));
    }

    private static int[] token(int[] feats, int i) {
        return Arrays.copyOfRange(feats, i * FeatureExtractor.TEMPLATES, (i + 1) * FeatureExtractor.TEMPLATES);
    }

    @Test
    void shouldIgnoreDiacriticsAndHamzaSpelling() {
        assertThat(of("زار", "أرمينيا", "أمس")).containsExactly(of("زار", "ارمينيا", "امس"));
        assertThat(of("زار", "بوتينُ")).containsExactly(of("زار", "بوتين"));
    }

    @Test
    void shouldShareTheStrippedFormFeatureAcrossClitics() {
        int plain = token(of("روسيا"), 0)[2];
        assertThat(token(of("وروسيا"), 0)[2]).isEqualTo(plain);
        assertThat(token(of("لروسيا"), 0)[2]).isEqualTo(plain);
        assertThat(token(of("الروسيا"), 0)[1]).isNotEqualTo(token(of("روسيا"), 0)[1]);
    }

    @Test
    void shouldMarkGazetteerNamesAlsoAfterAClitic() {
        FeatureExtractor.Extracted x = features.extractAll(TokenSpans.of(List.of("وصل", "إلى", "لأرمينيا", "أمس")));
        int locBegin = 1 << (2 * NameType.LOC.ordinal());
        assertThat(x.gazetteer()[2] & locBegin).isEqualTo(locBegin);
        assertThat(x.gazetteer()[1] & locBegin).isZero();
    }

    @Test
    void shouldUseContextWords() {
        assertThat(token(of("الرئيس", "سمير"), 1)).isNotEqualTo(token(of("المطعم", "سمير"), 1));
    }
}
