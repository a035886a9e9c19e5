package io.khabar.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name of two words or more that an article tags somewhere is that name wherever else the same words stand
 * untagged (one sense per discourse): the model reads one sentence's context and leaves some repeats out (over the
 * 5,000 ANT articles 144 mentions: الجبهة الوطنية للتحرير, حصن كيفا, بيكسل 3, حساب المواطن, والليرة التركية).
 * Article mode only: ANERcorp's gold is not consistent in this way (it tags مجلس الأمن or الجمعية العامة in one
 * sentence and not in the next), and on the dev set the rule changed one name, wrongly.
 *
 * <p>The first word may carry clitics the tagged name lacks, or lack the name's (وأنصار بيت المقدس); the other words
 * are matched as written. A repeat is tagged only where no tagged name runs on into it, an organization not right
 * after وزير (وزيرة الخارجية الكندية: a title), and a name that the article tags with two different types is left
 * alone.
 */
final class NameRepeats {

    /** A tagged name of two words or more: its words' folded hashes, its first word clitic-stripped, its type. */
    private record Named(long key, long[] words, long firstStripped, NameType type) {
    }

    private NameRepeats() {
    }

    /** Tags the repeats in the labels of an article's sentences (changed in place). */
    static void tag(List<FeatureExtractor.Extracted> xs, List<int[]> labels) {
        Map<Long, Named> names = new HashMap<>();
        Set<Long> ambiguous = new HashSet<>();
        for (int k = 0; k < labels.size(); k++) {
            for (Named n : names(xs.get(k), labels.get(k))) {
                Named before = names.putIfAbsent(n.key(), n);
                if (before != null && before.type() != n.type()) {
                    ambiguous.add(n.key());
                }
            }
        }
        Map<Long, List<Named>> byFirst = new HashMap<>();
        // the same first words as a primitive set: every untagged token is looked up, and most are no name's start
        LongIntMap firstWords = new LongIntMap(16);
        for (Named n : names.values()) {
            if (!ambiguous.contains(n.key())) {
                byFirst.computeIfAbsent(n.firstStripped(), w -> new ArrayList<>(2)).add(n);
                firstWords.put(n.firstStripped(), 1);
            }
        }
        if (byFirst.isEmpty()) {
            return;
        }
        for (int k = 0; k < labels.size(); k++) {
            tagRepeats(xs.get(k), labels.get(k), byFirst, firstWords);
        }
    }

    /** The names of two words or more in one sentence's labels. */
    private static List<Named> names(FeatureExtractor.Extracted x, int[] l) {
        List<Named> names = List.of();
        for (int s = 0; s < l.length; s++) {
            if (!Labels.isBegin(l[s])) {
                continue;
            }
            int e = NameRules.endOfName(l, s);
            if (e - s >= 2) {
                long[] words = Arrays.copyOfRange(x.words(), s, e);
                long key = Hashing.SEED;
                for (long w : words) {
                    key = Hashing.chain(key, w);
                }
                if (names.isEmpty()) {
                    names = new ArrayList<>();
                }
                names.add(new Named(key, words, x.stripped()[s], Labels.type(l[s])));
            }
            s = e - 1;
        }
        return names;
    }

    private static void tagRepeats(FeatureExtractor.Extracted x, int[] l, Map<Long, List<Named>> byFirst,
                                   LongIntMap firstWords) {
        for (int i = 0; i < l.length; i++) {
            if (l[i] != Labels.O || firstWords.get(x.stripped()[i], 0) == 0) {
                continue;
            }
            Named found = null;
            for (Named n : byFirst.get(x.stripped()[i])) {
                if (matches(x, l, i, n) && (found == null || n.words().length > found.words().length)) {
                    found = n;
                }
            }
            boolean portfolio = found != null && found.type() == NameType.ORG && i > 0
                    && NotNames.isMinister(x.words()[i - 1]);
            if (found != null && !portfolio) {
                int e = i + found.words().length;
                NameRules.labelName(l, i, e, found.type());
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
