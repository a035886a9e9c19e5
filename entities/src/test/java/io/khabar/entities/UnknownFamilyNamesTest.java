package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** A given name tagged alone, with the rare word after it that the document repeats (given labels, no model). */
class UnknownFamilyNamesTest {

    private static final Gazetteer GAZETTEER = EntityTagger.defaultGazetteer();
    /** News counts: قالت is common; حب is a word, so يحب is ي + حب. */
    private static final WordClusters NEWS = clusters("قالت\t816\t1\t1\t9\nحب\t40\t1\t1\t9\n");

    @Test
    void shouldTakeInARareWordThatTheDocumentRepeatsAloneAndTagTheRepeats() {
        assertThat(tag(
                "وقالت الكاتبة ماريا أليخينا إن", "O O B-PERS O O",
                "وأضافت أليخينا أن الفرقة", "O O O O",
                "وختمت أليخينا حديثها", "O O O"))
                .containsExactly("O O B-PERS I-PERS O", "O B-PERS O O", "O B-PERS O");
    }

    @Test
    void shouldNeedTwoRepeatsAndLeaveCommonWordsAndVerbsAlone() {
        assertThat(tag("وقالت ماريا أليخينا إن", "O B-PERS O O", "وأضافت أليخينا أن", "O O O"))
                .containsExactly("O B-PERS O O", "O O O");
        assertThat(tag("ماريا قالت إن", "B-PERS O O", "قالت الشرطة", "O O", "ثم قالت", "O O"))
                .containsExactly("B-PERS O O", "O O", "O O");
        assertThat(tag("ماريا يحب الناس", "B-PERS O O", "يحب الجميع", "O O", "ولا يحب", "O O"))
                .containsExactly("B-PERS O O", "O O", "O O");
    }

    @Test
    void shouldOnlyExtendAGivenName() {
        // برانسون is no given name: the rare word after it is not taken in
        assertThat(tag("وقال برانسون أليخينا إن", "O B-PERS O O", "وأضافت أليخينا أن", "O O O",
                "وختمت أليخينا حديثها", "O O O"))
                .containsExactly("O B-PERS O O", "O O O", "O O O");
    }

    private static List<String> tag(String... sentencesAndLabels) {
        return tag(Integer.MAX_VALUE, sentencesAndLabels);
    }

    /** Labels after the rule over a document given as alternating sentence text and IOB2 labels. */
    private static List<String> tag(int window, String... sentencesAndLabels) {
        FeatureExtractor features = new FeatureExtractor(NEWS, GAZETTEER, 20);
        List<TokenSpans> sentences = new ArrayList<>();
        List<FeatureExtractor.Extracted> xs = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        for (int k = 0; k < sentencesAndLabels.length; k += 2) {
            TokenSpans tokens = TokenSpans.of(List.of(sentencesAndLabels[k].split(" ")));
            sentences.add(tokens);
            xs.add(features.extractAll(tokens));
            labels.add(Arrays.stream(sentencesAndLabels[k + 1].split(" ")).mapToInt(Labels::id).toArray());
        }
        UnknownFamilyNames.tag(sentences, xs, labels, NEWS, window);
        return labels.stream()
                .map(l -> String.join(" ", Arrays.stream(l).mapToObj(Labels::name).toList()))
                .toList();
    }

    private static WordClusters clusters(String tsv) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(tsv.getBytes(StandardCharsets.UTF_8));
            }
            return WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
