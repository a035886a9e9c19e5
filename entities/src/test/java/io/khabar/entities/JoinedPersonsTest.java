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

/** Two persons' names run together by the model, split on the document's evidence (given labels, no model). */
class JoinedPersonsTest {

    private static final Gazetteer GAZETTEER = EntityTagger.defaultGazetteer();
    /** News counts: بيونغ (of بيونغ يانغ) is a more frequent word than the name يونغ. */
    private static final WordClusters NEWS = clusters("بيونغ\t900\t1\t1\t0\nيونغ\t40\t1\t1\t0\n");

    @Test
    void shouldSplitBeforeAPrepositionOrConjunctionJoinedToAPersonTheDocumentNamesInFull() {
        assertThat(split(
                "وقال جورج بابادوبولوس إنه التقى جوزيف ميسفود", "O B-PERS I-PERS O O B-PERS I-PERS",
                "وقال ميسفود لبابادوبولوس إن لدى الروس أدلة", "O B-PERS I-PERS O O O O",
                "والتقى الملك سلمان والسيسي في الرياض", "O O B-PERS I-PERS O B-LOC",
                "وقال عبد الفتاح السيسي إن", "O B-PERS I-PERS I-PERS O"))
                .containsExactly(
                        "O B-PERS I-PERS O O B-PERS I-PERS",
                        "O B-PERS B-PERS O O O O",
                        "O O B-PERS B-PERS O B-LOC",
                        "O B-PERS I-PERS I-PERS O");
        // the first word of a full name counts too: كيم of كيم جونغ أون
        assertThat(split("وأشاد كيم جونغ أون بالقمة", "O B-PERS I-PERS I-PERS O",
                "قبل لقاء ترامب بكيم في سنغافورة", "O O B-PERS I-PERS O B-LOC"))
                .last().isEqualTo("O O B-PERS B-PERS O B-LOC");
    }

    @Test
    void shouldLeaveANameAloneWithoutTheSecondPersonInTheDocument() {
        assertThat(split("وقال ميسفود لبابادوبولوس إن لدى الروس أدلة", "O B-PERS I-PERS O O O O"))
                .containsExactly("O B-PERS I-PERS O O O O");
    }

    @Test
    void shouldLeaveAWordAfterAJoiningWordOrOneMoreFrequentThanTheNameItHides() {
        // قاص names someone here, but أبي joins وقاص to سعد بن أبي; بيونغ is a word of its own (بيونغ يانغ)
        assertThat(split("وقال الكاتب محمد قاص إن", "O O B-PERS I-PERS O",
                "مسجد سعد بن أبي وقاص", "O B-PERS I-PERS I-PERS I-PERS",
                "وقال كيم يونغ تشول إن", "O B-PERS I-PERS I-PERS O",
                "والتقى بارك بيونغ سيوغ", "O B-PERS I-PERS I-PERS"))
                .containsExactly("O O B-PERS I-PERS O", "O B-PERS I-PERS I-PERS I-PERS",
                        "O B-PERS I-PERS I-PERS O", "O B-PERS I-PERS I-PERS");
    }

    @Test
    void shouldCountOnlyTheNamesWithinTheWindowInRunningText() {
        List<String> text = new ArrayList<>(List.of("وقال جورج بابادوبولوس إنه", "O B-PERS I-PERS O"));
        for (int k = 0; k < 3; k++) {
            text.addAll(List.of("وتابع المحامي حديثه", "O O O"));
        }
        text.addAll(List.of("وقال ميسفود لبابادوبولوس إن", "O B-PERS I-PERS O"));
        // the full name is 4 sentences before the run-on name
        assertThat(split(3, text.toArray(String[]::new))).last().isEqualTo("O B-PERS I-PERS O");
        assertThat(split(4, text.toArray(String[]::new))).last().isEqualTo("O B-PERS B-PERS O");
    }

    private static List<String> split(String... sentencesAndLabels) {
        return split(Integer.MAX_VALUE, sentencesAndLabels);
    }

    /** Labels after the split over a document given as alternating sentence text and IOB2 labels. */
    private static List<String> split(int window, String... sentencesAndLabels) {
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
        JoinedPersons.split(sentences, xs, labels, NEWS, window);
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
