package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class QuantizedModelTest {

    @Test
    void decodesLikeTheFloatModelReadFromTheSameFile() throws IOException {
        PerceptronModel floats;
        QuantizedModel shorts;
        try (InputStream a = EntityTagger.resource(EntityTagger.MODEL_FILE);
             InputStream b = EntityTagger.resource(EntityTagger.MODEL_FILE)) {
            floats = PerceptronModel.read(a);
            shorts = QuantizedModel.read(b);
        }
        assertThat(shorts.bits()).isEqualTo(floats.bits());
        assertThat(shorts.templates()).isEqualTo(floats.templates());

        SplittableRandom random = new SplittableRandom(42);
        int nonOutside = 0;
        for (int s = 0; s < 500; s++) {
            int n = 1 + random.nextInt(40);
            int[] feats = new int[n * floats.templates()];
            for (int i = 0; i < feats.length; i++) {
                feats[i] = random.nextInt(1 << floats.bits());
            }
            int[] expected = floats.decode(feats, n);
            assertThat(shorts.decode(feats, n)).as("sentence %d", s).containsExactly(expected);
            for (int label : expected) {
                nonOutside += label == Labels.O ? 0 : 1;
            }
        }
        assertThat(nonOutside).as("the sample exercises entity labels too").isPositive();
    }

    @Test
    void packedRowsScoreLikeTheDenseTable() {
        int bits = 12;
        int templates = 7;
        int l = Labels.COUNT;
        SplittableRandom random = new SplittableRandom(7);
        short[] dense = new short[(1 << bits) * l];
        for (int f = 0; f < (1 << bits); f++) {
            if (random.nextInt(10) == 0) { // one row in ten has weights, as in the shipped model
                for (int y = 0; y < l; y++) {
                    dense[f * l + y] = (short) (random.nextInt(2001) - 1000);
                }
            }
        }
        float[] transitions = new float[(l + 1) * l];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = random.nextInt(200) - 100;
        }
        QuantizedModel packed = QuantizedModel.of(bits, templates, dense, 0.01f, transitions);
        assertThat(packed.presentRows()).isBetween(300, 520);

        for (int s = 0; s < 300; s++) {
            int n = 1 + random.nextInt(30);
            int[] feats = new int[n * templates];
            float[] emit = new float[n * l];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < templates; k++) {
                    int f = random.nextInt(1 << bits);
                    feats[i * templates + k] = f;
                    for (int y = 0; y < l; y++) {
                        emit[i * l + y] += dense[f * l + y];
                    }
                }
                for (int y = 0; y < l; y++) {
                    emit[i * l + y] *= 0.01f;
                }
            }
            assertThat(packed.decode(feats, n)).as("sentence %d", s)
                    .containsExactly(Viterbi.decode(emit, n, transitions));
        }
    }

    @Test
    void compactKeepsRowsWithAWeightAtTheShareAsBytesOfTheSameScore() {
        int bits = 4;
        int l = Labels.COUNT;
        short[] dense = new short[(1 << bits) * l];
        dense[1 * l] = 32_000;     // the largest weight
        dense[2 * l + 3] = -1_000; // 3.1% of it: kept
        dense[2 * l + 4] = 500;    //   (a small weight of a kept row stays, rounded to a step of 252)
        dense[3 * l + 5] = 900;    // 2.8%: dropped
        float scale = 0.5f;
        QuantizedModel model = QuantizedModel.of(bits, 1, dense, scale, new float[(l + 1) * l]);
        assertThat(model.fitsInBytes()).isFalse();

        QuantizedModel compact = model.compact(0.03);
        assertThat(compact.fitsInBytes()).isTrue();
        assertThat(compact.presentRows()).isEqualTo(2);
        assertThat(compact.hasRow(3)).isFalse();
        PerceptronModel before = model.toFloats();
        PerceptronModel after = compact.toFloats();
        float step = 32_000 * scale / 127;
        for (int i : new int[] {1 * l, 2 * l + 3, 2 * l + 4}) {
            assertThat(after.weights[i]).as("weight %d", i).isCloseTo(before.weights[i], within(step / 2));
        }
        assertThat(after.weights[1 * l]).isEqualTo(before.weights[1 * l], within(1e-3f));
    }
}
