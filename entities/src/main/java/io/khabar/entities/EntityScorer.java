package io.khabar.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Entity-level precision, recall and F1 as conlleval counts them: a hit is an exact span with the same type. */
final class EntityScorer {

    /** A labelled span of tokens {@code [start, end)}. */
    record Chunk(NameType type, int start, int end) {
    }

    private final Map<NameType, int[]> counts = new EnumMap<>(NameType.class);

    EntityScorer() {
        for (NameType t : NameType.values()) {
            counts.put(t, new int[3]);
        }
    }

    /** Chunks of an IOB2 label sequence; an I- that does not continue a chunk of its type starts one. */
    static List<Chunk> chunks(int[] labels) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        NameType type = null;
        for (int i = 0; i <= labels.length; i++) {
            int l = i < labels.length ? labels[i] : Labels.O;
            boolean continues = Labels.isInside(l) && type == Labels.type(l);
            if (!continues && type != null) {
                out.add(new Chunk(type, start, i));
                type = null;
            }
            if (l != Labels.O && !continues) {
                type = Labels.type(l);
                start = i;
            }
        }
        return out;
    }

    void add(int[] gold, int[] predicted) {
        Set<Chunk> g = new HashSet<>(chunks(gold));
        for (Chunk c : g) {
            counts.get(c.type())[1]++;
        }
        for (Chunk c : chunks(predicted)) {
            counts.get(c.type())[2]++;
            if (g.contains(c)) {
                counts.get(c.type())[0]++;
            }
        }
    }

    /** F1 of one type. */
    double f1(NameType t) {
        int[] c = counts.get(t);
        return f1(c[0], c[1], c[2]);
    }

    /** Micro-averaged F1 over all types. */
    double microF1() {
        int tp = 0;
        int gold = 0;
        int pred = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            gold += c[1];
            pred += c[2];
        }
        return f1(tp, gold, pred);
    }

    private static double f1(int tp, int gold, int pred) {
        double p = pred == 0 ? 0 : tp / (double) pred;
        double r = gold == 0 ? 0 : tp / (double) gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per type plus the micro average. */
    String report() {
        StringBuilder sb = new StringBuilder();
        int tp = 0;
        int gold = 0;
        int pred = 0;
        for (NameType t : NameType.values()) {
            int[] c = counts.get(t);
            tp += c[0];
            gold += c[1];
            pred += c[2];
            sb.append(line(t.name(), c[0], c[1], c[2]));
        }
        sb.append(line("micro", tp, gold, pred));
        return sb.toString();
    }

    private static String line(String name, int tp, int gold, int pred) {
        double p = pred == 0 ? 0 : tp / (double) pred;
        double r = gold == 0 ? 0 : tp / (double) gold;
        return String.format(Locale.ROOT, "%-5s P=%.4f R=%.4f F1=%.4f (gold %d, predicted %d, correct %d)%n",
                name, p, r, f1(tp, gold, pred), gold, pred, tp);
    }
}
