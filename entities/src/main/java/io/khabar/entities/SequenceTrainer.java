package io.khabar.entities;

import java.util.List;
import java.util.Random;

/** Online training of a {@link PerceptronModel}: one pass at a time, the averaged model at any point. */
interface SequenceTrainer {

    /** One pass over {@code examples} in an order shuffled by {@code random}; returns the token error count. */
    int epoch(List<PerceptronTrainer.Example> examples, Random random);

    /** The averaged model so far (the training state is left as it is). */
    PerceptronModel averaged();
}
