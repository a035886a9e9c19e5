package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

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
}
