package io.khabar.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name of two words or more that the document tags somewhere is that name wherever else the same words stand
 * untagged (one sense per discourse): the model reads one sentence's context and leaves some repeats out (over the
 * 5,000 ANT articles about 100 repeats, mostly right: الجبهة الوطنية للتحرير, حصن كيفا, بيكسل 3, حساب المواطن).
 * Article mode only: ANERcorp's gold is not consistent in this way (it tags مجلس الأمن or الجمعية العامة in one
 * sentence and not in the next), and on the dev set the rule changed one name, wrongly.
 *
 * <p>The first word may carry clitics the tagged name lacks, or lack its clitics (وأنصار بيت المقدس); the other
 * words are matched as written. A repeat is tagged only where no tagged name runs on into it or out of it, and a name that the
 * document tags with two different types is left alone.
 */
final class NameRepeats {

    /** A tagged name of two words or more: its words' folded hashes, its first word clitic-stripped, its type. */
    private record Named(long key, long[] words, long firstStripped, NameType type) {
    }

    private NameRepeats() {
    }

    /**
     * Tags the repeats in the labels of a document's sentences (changed in place); {@code window} = sentences on
     * each side whose names count (the whole article in article mode).
     */
    static void tag(List<FeatureExtractor.Extracted> xs, List<int[]> labels, int window) {
        int ns = labels.size();
        List<Set<Named>> named = new ArrayList<>(ns);
        Set<Named> whole = new HashSet<>();
        Map<Long, NameType> types = new HashMap<>();
        Set<Long> ambiguous = new HashSet<>();
        for (int k = 0; k < ns; k++) {
            Set<Named> names = names(xs.get(k), labels.get(k));
            for (Named n : names) {
                NameType before = types.putIfAbsent(n.key(), n.type());
                if (before != null && before != n.type()) {
                    ambiguous.add(n.key());
                }
            }
            named.add(names);
            whole.addAll(names);
        }
        if (whole.isEmpty()) {
            return;
        }
        for (int k = 0; k < ns; k++) {
            Set<Named> near = DocumentWindow.around(named, whole, k, window);
            if (!near.isEmpty()) {
                tagRepeats(xs.get(k), labels.get(k), byFirstWord(near, ambiguous));
            }
        }
    }

    /** The names of two words or more in one sentence's labels. */
    private static Set<Named> names(FeatureExtractor.Extracted x, int[] l) {
        Set<Named> names = Set.of();
        for (int s = 0; s < l.length; s++) {
            if (!Labels.isBegin(l[s])) {
                continue;
            }
            int e = s + 1;
            while (e < l.length && l[e] == l[s] + 1) {
                e++;
            }
            if (e - s >= 2) {
                long[] words = Arrays.copyOfRange(x.words(), s, e);
                long key = Hashing.SEED;
                for (long w : words) {
                    key = Hashing.chain(key, w);
                }
                if (names.isEmpty()) {
                    names = new HashSet<>();
                }
                names.add(new Named(key, words, x.stripped()[s], Labels.type(l[s])));
            }
            s = e - 1;
        }
        return names;
    }

    /** The unambiguous names by their first word, clitic-stripped. */
    private static Map<Long, List<Named>> byFirstWord(Set<Named> names, Set<Long> ambiguous) {
        Map<Long, List<Named>> map = new HashMap<>();
        for (Named n : names) {
            if (!ambiguous.contains(n.key())) {
                map.computeIfAbsent(n.firstStripped(), k -> new ArrayList<>(2)).add(n);
            }
        }
        return map;
    }

    private static void tagRepeats(FeatureExtractor.Extracted x, int[] l, Map<Long, List<Named>> byFirst) {
        LongIntMap firstWords = new LongIntMap(2 * byFirst.size());
        for (long w : byFirst.keySet()) {
            firstWords.put(w, 1);
        }
        for (int i = 0; i < l.length; i++) {
            if (l[i] != Labels.O || firstWords.get(x.stripped()[i], 0) == 0) {
                continue;
            }
            List<Named> candidates = byFirst.get(x.stripped()[i]);
            Named found = null;
            for (Named n : candidates) {
                if (matches(x, l, i, n) && (found == null || n.words().length > found.words().length)) {
                    found = n;
                }
            }
            if (found != null) {
                int e = i + found.words().length;
                l[i] = Labels.begin(found.type());
                for (int j = i + 1; j < e; j++) {
                    l[j] = Labels.inside(found.type());
                }
                i = e - 1;
            }
        }
    }

    /**
     * Whether the name's words stand untagged at {@code i} (the first with or without its clitics, the others as
     * written), with no tagged name running on into them from the next word.
     */
    private static boolean matches(FeatureExtractor.Extracted x, int[] l, int i, Named n) {
        long[] words = n.words();
        int e = i + words.length;
        if (e > l.length || (e < l.length && Labels.isInside(l[e]))) {
            return false;
        }
        for (int j = 1; j < words.length; j++) {
            if (l[i + j] != Labels.O || x.words()[i + j] != words[j]) {
                return false;
            }
        }
        return true;
    }
}
