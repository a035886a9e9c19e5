package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommonWordsTest {

    private static final FeatureExtractor FEATURES =
            new FeatureExtractor(WordClusters.empty(), EntityTagger.defaultGazetteer(), 20);

    @Test
    void shouldKeepTheListedOrganizationsThatTheGoldLeavesUntaggedAsTheTaggerHashesThem() throws IOException {
        List<ConllCorpus.Sentence> training = List.of(
                new ConllCorpus.Sentence(List.of("قال", "فتح", "الباب"), List.of("O", "O", "O")),
                new ConllCorpus.Sentence(List.of("حركة", "فتح", "و", "حماس"), List.of("B-ORG", "I-ORG", "O", "B-ORG")),
                new ConllCorpus.Sentence(List.of("الى", "القاهرة"), List.of("O", "O")));
        CommonWords common = CommonWords.fromTraining(training, NerTrainer.extracted(training, FEATURES));
        // فتح was once a common word; حماس only a name; القاهرة is a place, which the list does not keep
        assertThat(common.size()).isEqualTo(1);
        assertThat(common.contains(wordHash("فتح"))).isTrue();
        assertThat(common.contains(wordHash("حماس"))).isFalse();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        common.write(out);
        CommonWords read = CommonWords.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.size()).isEqualTo(1);
        assertThat(read.contains(wordHash("فتح"))).isTrue();
    }

    @Test
    void shouldShipTheListBesideTheModel() throws IOException {
        try (InputStream in = EntityTagger.resource(CommonWords.FILE)) {
            CommonWords shipped = CommonWords.read(in);
            assertThat(shipped.size()).isPositive();
            assertThat(shipped.contains(wordHash("العربية"))).isTrue();
            assertThat(shipped.contains(wordHash("الحوثيين"))).isFalse();
        }
    }

    private static long wordHash(String word) {
        return FEATURES.extractAll(TokenSpans.of(List.of(word))).words()[0];
    }
}
