package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The seed-averaged model is the plain mean of its members, trained on the orders the ensemble hands them. */
class SeedAveragedTrainerTest {

    private static final List<PerceptronTrainer.Example> EXAMPLES = List.of(
            new PerceptronTrainer.Example(new int[] {1, 2, 3, 4}, new int[] {Labels.begin(NameType.PERS), Labels.O}),
            new PerceptronTrainer.Example(new int[] {5, 2, 6, 4}, new int[] {Labels.begin(NameType.LOC), Labels.O}),
            new PerceptronTrainer.Example(new int[] {1, 7}, new int[] {Labels.begin(NameType.PERS)}));

    @Test
    void isTheMeanOfItsMembers() {
        SeedAveragedTrainer ensemble = new SeedAveragedTrainer(
                List.of(new PerceptronTrainer(4, 2), new PerceptronTrainer(4, 2)));
        ensemble.epoch(EXAMPLES, new Random(3));

        Random orders = new Random(3);
        Random first = new Random(orders.nextLong());
        Random second = new Random(orders.nextLong());
        PerceptronTrainer a = new PerceptronTrainer(4, 2);
        PerceptronTrainer b = new PerceptronTrainer(4, 2);
        a.epoch(EXAMPLES, first);
        b.epoch(EXAMPLES, second);

        PerceptronModel mean = ensemble.averaged();
        PerceptronModel ma = a.averaged();
        PerceptronModel mb = b.averaged();
        for (int i = 0; i < mean.weights.length; i++) {
            assertThat(mean.weights[i]).isCloseTo((ma.weights[i] + mb.weights[i]) / 2, offset(1e-6f));
        }
        assertThat(mean.decode(new int[] {1, 2, 3, 4}, 2)).containsExactly(Labels.begin(NameType.PERS), Labels.O);
    }
}
