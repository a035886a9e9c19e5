package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentFeaturesTest {

    private static final int BT = FeatureExtractor.TEMPLATES;
    private final DocumentFeatures doc = new DocumentFeatures(20);

    private static int[] docPart(int[] feats, int token) {
        return Arrays.copyOfRange(feats, token * DocumentFeatures.ALL + BT, (token + 1) * DocumentFeatures.ALL);
    }

    private List<int[]> extend(int otherLabel, int window) {
        int[] base0 = new int[2 * BT];
        int[] base1 = new int[2 * BT];
        Arrays.fill(base0, 7);
        long[] keys0 = {11L, 12L};
        long[] keys1 = {13L, 11L};
        int[] labels0 = {Labels.O, Labels.O};
        int[] labels1 = {Labels.O, otherLabel};
        return doc.extend(List.of(base0, base1), List.of(keys0, keys1), List.of(labels0, labels1), window);
    }

    @Test
    void shouldKeepBaseFeaturesAndAppendDocumentOnes() {
        List<int[]> out = extend(Labels.begin(NameType.PERS), 1);
        assertThat(out.get(0)).hasSize(2 * DocumentFeatures.ALL);
        assertThat(Arrays.copyOfRange(out.get(0), 0, BT)).containsOnly(7);
        assertThat(Arrays.copyOfRange(out.get(1), 0, BT)).containsOnly(0);
    }

    @Test
    void shouldSeeHowTheSameWordWasLabelledElsewhereInTheWindow() {
        int[] asName = docPart(extend(Labels.begin(NameType.PERS), 1).get(0), 0);
        int[] asOther = docPart(extend(Labels.O, 1).get(0), 0);
        int[] outsideWindow = docPart(extend(Labels.begin(NameType.PERS), 0).get(0), 0);
        assertThat(asName).isNotEqualTo(asOther);
        assertThat(outsideWindow).isNotEqualTo(asName);
    }

    @Test
    void shouldNotCountTheTokenItselfAsEvidence() {
        int[] base = new int[BT];
        List<int[]> alone = doc.extend(List.of(base), List.<long[]>of(new long[] {5L}),
                List.<int[]>of(new int[] {Labels.begin(NameType.ORG)}), 0);
        List<int[]> withUnrelated = doc.extend(List.of(base, base), List.of(new long[] {5L}, new long[] {6L}),
                List.of(new int[] {Labels.begin(NameType.ORG)}, new int[] {Labels.begin(NameType.ORG)}), 3);
        assertThat(docPart(withUnrelated.get(0), 0)).isEqualTo(docPart(alone.get(0), 0));
    }
}
