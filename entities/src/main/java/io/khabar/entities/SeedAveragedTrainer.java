package io.khabar.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Several trainers that see the examples in different orders; the model is the mean of their averaged weights
 * (one linear model, so tagging costs the same as with one member). Evens out the order effects of online
 * training.
 */
final class SeedAveragedTrainer implements SequenceTrainer {

    private final List<SequenceTrainer> members;

    SeedAveragedTrainer(List<SequenceTrainer> members) {
        this.members = List.copyOf(members);
    }

    @Override
    public int epoch(List<PerceptronTrainer.Example> examples, Random random) {
        int errors = 0;
        List<Random> orders = new ArrayList<>(members.size());
        for (int m = 0; m < members.size(); m++) {
            orders.add(new Random(random.nextLong()));
        }
        for (int m = 0; m < members.size(); m++) {
            errors += members.get(m).epoch(examples, orders.get(m));
        }
        return errors / members.size();
    }

    @Override
    public PerceptronModel averaged() {
        PerceptronModel first = members.get(0).averaged();
        float[] w = first.weights;
        float[] tr = first.transitions;
        for (int m = 1; m < members.size(); m++) {
            PerceptronModel next = members.get(m).averaged();
            for (int i = 0; i < w.length; i++) {
                w[i] += next.weights[i];
            }
            for (int i = 0; i < tr.length; i++) {
                tr[i] += next.transitions[i];
            }
        }
        float inv = 1f / members.size();
        for (int i = 0; i < w.length; i++) {
            w[i] *= inv;
        }
        for (int i = 0; i < tr.length; i++) {
            tr[i] *= inv;
        }
        return new PerceptronModel(first.bits, first.templates, w, tr);
    }
}
