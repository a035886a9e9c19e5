package io.khabar.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Averaged structured perceptron training of a {@link PerceptronModel} (Collins 2002, lazy averaging). */
final class PerceptronTrainer implements SequenceTrainer {

    /** One training sentence: its features and gold label ids. */
    record Example(int[] feats, int[] gold) {
        int size() {
            return gold.length;
        }
    }

    private final PerceptronModel model;
    private final double[] weightSums;
    private final double[] transitionSums;
    private long step = 1;

    PerceptronTrainer(int bits, int templates) {
        this.model = PerceptronModel.empty(bits, templates);
        this.weightSums = new double[model.weights.length];
        this.transitionSums = new double[model.transitions.length];
    }

    /** One pass over {@code examples} in an order shuffled by {@code random}; returns the token error count. */
    @Override
    public int epoch(List<Example> examples, Random random) {
        List<Example> order = new ArrayList<>(examples);
        Collections.shuffle(order, random);
        int errors = 0;
        int t = model.templates;
        int l = PerceptronModel.L;
        for (Example ex : order) {
            int[] pred = model.decode(ex.feats(), ex.size());
            int prevGold = -1;
            int prevPred = -1;
            for (int i = 0; i < ex.size(); i++) {
                int g = ex.gold()[i];
                int p = pred[i];
                if (g != p) {
                    errors++;
                    for (int k = 0; k < t; k++) {
                        int base = ex.feats()[i * t + k] * l;
                        update(model.weights, weightSums, base + g, 1);
                        update(model.weights, weightSums, base + p, -1);
                    }
                }
                if (g != p || prevGold != prevPred) {
                    update(model.transitions, transitionSums, (prevGold + 1) * l + g, 1);
                    update(model.transitions, transitionSums, (prevPred + 1) * l + p, -1);
                }
                prevGold = g;
                prevPred = p;
            }
            step++;
        }
        return errors;
    }

    private void update(float[] w, double[] sums, int index, float delta) {
        w[index] += delta;
        sums[index] += step * (double) delta;
    }

    /** The averaged model so far (the training state is left as it is). */
    @Override
    public PerceptronModel averaged() {
        float[] w = new float[model.weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (model.weights[i] - weightSums[i] / step);
        }
        float[] tr = new float[model.transitions.length];
        for (int i = 0; i < tr.length; i++) {
            tr[i] = (float) (model.transitions[i] - transitionSums[i] / step);
        }
        return new PerceptronModel(model.bits, model.templates, w, tr);
    }
}
