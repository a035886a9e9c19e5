package io.khabar.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Once a document has named a person in full with a family name of two words, آل and a word (تركي آل الشيخ, محمد
 * آل جابر), those two words standing alone later are that person where the model left them untagged (وقال آل الشيخ
 * إن, شكره لآل الشيخ). {@link SurnameRepeats} takes one-word family names only. Not after a word for a family, a
 * house or its rule (عائلة آل سعود, حكم آل خليفة), where آل names the house; not next to another name. The full
 * names count over the whole article in article mode and over the document window in CoNLL mode, as for
 * {@link SurnameRepeats}. Over the 5,000 ANT articles the model left 59 such repeats untagged, all of آل الشيخ.
 */
final class HouseNameRepeats {

    /** آل, with the clitics it takes before a repeat (لآل الشيخ, وآل الشيخ). */
    private static final LongIntMap HOUSE = LongIntMap.ofWords(List.of("آل", "وآل", "لآل", "بآل", "فآل"));
    private static final long BARE_HOUSE = Hashing.ofFolded("آل");
    /** Words for a family, a house or its rule, after which آل names the house. */
    private static final LongIntMap FAMILY_WORDS = LongIntMap.ofWords(List.of("عائلة", "العائلة", "لعائلة",
            "بعائلة", "أسرة", "الأسرة", "لأسرة", "أفراد", "نظام", "حكم", "عرش", "بيت", "قبيلة", "عشيرة", "أمراء",
            "أبناء", "أسر"));

    private HouseNameRepeats() {
    }

    /** Tags the repeats in the labels of a document's sentences (changed in place). */
    static void tag(List<FeatureExtractor.Extracted> xs, List<int[]> labels, int window) {
        int ns = xs.size();
        DocumentWindow.Evidence<Long> named = DocumentWindow.Evidence.collect(ns,
                k -> houses(xs.get(k).words(), labels.get(k)));
        if (named.isEmpty()) {
            return;
        }
        for (int k = 0; k < ns; k++) {
            Set<Long> near = named.around(k, window);
            if (!near.isEmpty()) {
                tagRepeats(xs.get(k).words(), labels.get(k), near);
            }
        }
    }

    /** The second words of the sentence's persons named آل and a word after a given name. */
    private static Set<Long> houses(long[] words, int[] labels) {
        Set<Long> out = new HashSet<>();
        int begin = Labels.begin(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != begin) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e - s >= 3 && words[e - 2] == BARE_HOUSE) {
                out.add(words[e - 1]);
            }
            s = e - 1;
        }
        return out;
    }

    private static void tagRepeats(long[] words, int[] l, Set<Long> houses) {
        int n = l.length;
        for (int i = 0; i + 1 < n; i++) {
            if (l[i] != Labels.O || l[i + 1] != Labels.O || !HOUSE.contains(words[i]) || !houses.contains(words[i + 1])) {
                continue;
            }
            boolean freeBefore = i == 0 || l[i - 1] == Labels.O && !FAMILY_WORDS.contains(words[i - 1]);
            if (freeBefore && NameRules.noNameContinuesAt(l, i + 2)) {
                NameRules.labelName(l, i, i + 2, NameType.PERS);
            }
        }
    }
}
