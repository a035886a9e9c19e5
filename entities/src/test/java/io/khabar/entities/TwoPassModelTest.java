package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.khabar.model.Entity;

class TwoPassModelTest {

    private static QuantizedModel first;
    private static QuantizedModel second;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream a = EntityTagger.resource(EntityTagger.MODEL_FILE);
             InputStream b = EntityTagger.resource(EntityTagger.DOC_MODEL_FILE)) {
            first = QuantizedModel.readForTagging(a);
            second = QuantizedModel.readForTagging(b);
        }
    }

    @Test
    void decodesBothPassesLikeTheTwoModels() {
        TwoPassModel stacked = new TwoPassModel(first, second);
        assertThat(stacked.presentRows()).isGreaterThanOrEqualTo(Math.max(first.presentRows(), second.presentRows()));
        int base = first.templates();
        int all = second.templates();
        SplittableRandom random = new SplittableRandom(11);
        int named = 0;
        for (int s = 0; s < 500; s++) {
            int n = 1 + random.nextInt(40);
            int[] feats = new int[n * base];
            int[] extended = new int[n * all];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < all; k++) {
                    int f = random.nextInt(1 << first.bits());
                    extended[i * all + k] = f;
                    if (k < base) {
                        feats[i * base + k] = f;
                    }
                }
            }
            int[] sums = new int[n * Labels.COUNT];
            int[] expectedFirst = first.decode(feats, n);
            assertThat(stacked.first(feats, n, sums)).as("first pass, sentence %d", s).containsExactly(expectedFirst);
            int[] expectedSecond = second.decode(extended, n);
            assertThat(stacked.second(extended, n, sums)).as("second pass, sentence %d", s)
                    .containsExactly(expectedSecond);
            for (int label : expectedSecond) {
                named += label == Labels.O ? 0 : 1;
            }
        }
        assertThat(named).as("the sample exercises entity labels too").isPositive();
    }

    /**
     * Every base feature of every token has a row here (random features mostly have none), so that each token sums the
     * most rows it can: the sums are added as 16-bit lanes of longs, and a lane mixed up or overflowing would show in
     * the second pass's sums, which must equal the rows added one by one.
     */
    @Test
    void sumsAllTheRowsOfATokenExactly() {
        TwoPassModel stacked = new TwoPassModel(first, second);
        int base = first.templates();
        int[] present = IntStream.range(0, 1 << first.bits()).filter(f -> first.hasRow(f) && second.hasRow(f))
                .toArray();
        assertThat(present.length).isGreaterThan(1000);
        SplittableRandom random = new SplittableRandom(5);
        int n = 40;
        int[] feats = new int[n * base];
        for (int i = 0; i < feats.length; i++) {
            feats[i] = present[random.nextInt(present.length)];
        }
        int[] sums = new int[n * Labels.COUNT];
        assertThat(stacked.first(feats, n, sums)).containsExactly(first.decode(feats, n));
        int[] expected = new int[n * Labels.COUNT];
        short[] row = new short[Labels.COUNT];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < base; k++) {
                second.copyRow(feats[i * base + k], row, 0);
                for (int y = 0; y < Labels.COUNT; y++) {
                    expected[i * Labels.COUNT + y] += row[y];
                }
            }
        }
        assertThat(sums).containsExactly(expected);
    }

    @Test
    void theTaggerFindsTheSameEntitiesWithTheStackedTable() throws IOException {
        SequenceDecoder firstAlone = plain(first);
        SequenceDecoder secondAlone = plain(second);
        WordClusters clusters;
        try (InputStream c = EntityTagger.resource(EntityTagger.CLUSTERS_FILE)) {
            clusters = WordClusters.read(c);
        }
        EntityTagger separate = new EntityTagger(clusters, EntityTagger.defaultGazetteer(), firstAlone, secondAlone,
                CommonWords.unknown());
        EntityTagger stacked = new EntityTagger(clusters, EntityTagger.defaultGazetteer(), first, second,
                CommonWords.unknown());
        List<String> article = List.of(
                "موسكو (خاص) - أعلن الكرملين، اليوم الأحد، أن الرئيس الروسي فلاديمير بوتين بحث هاتفيا مع رئيس الوزراء"
                        + " الأرميني نيكول باشينيان الوضع في إقليم قره باغ.",
                "وقال المتحدث باسم وزارة الخارجية الأذربيجانية إن وفدا من باكو سيزور جنيف الأسبوع المقبل للقاء ممثلي"
                        + " منظمة الأمن والتعاون في أوروبا.",
                "وكان بوتين قد استقبل في سوتشي وزير الدفاع التركي، فيما دعا الاتحاد الأوروبي إلى وقف إطلاق النار.");
        List<Entity> expected = separate.tagArticle(article);
        assertThat(expected).isNotEmpty();
        assertThat(stacked.tagArticle(article)).isEqualTo(expected);
    }

    /** The model behind a decoder that is not a {@link QuantizedModel}, so the tagger decodes pass by pass. */
    private static SequenceDecoder plain(QuantizedModel model) {
        return new SequenceDecoder() {
            @Override
            public int bits() {
                return model.bits();
            }

            @Override
            public int templates() {
                return model.templates();
            }

            @Override
            public int[] decode(int[] feats, int n) {
                return model.decode(feats, n);
            }
        };
    }
}
