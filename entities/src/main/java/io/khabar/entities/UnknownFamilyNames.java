package io.khabar.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A given name that the model tagged as a person's name of its own, followed by a rare word that the document repeats
 * standing alone, is a first name and a family name: سيرينا وليامز … وخسرت وليامز … أكدت وليامز (the model, not
 * knowing وليامز, tagged سيرينا alone and none of the repeats). So is a lone person's name that the news and the
 * gazetteer do not know, in place of the given name (رينان لودي … وقال لودي). The name takes in the word, and the word's lone
 * repeats are the person too (article mode: the whole article; CoNLL mode: the ±{@value EntityTagger#DOC_WINDOW}
 * sentences around).
 *
 * <p>The word must be rare in the news (fewer than {@value #RARE_COUNT} times: not قالت or the common nouns that
 * follow a name), repeated standing alone at least {@value #MIN_REPEATS} times elsewhere, and not a listed name, a
 * trigger word, و, ب, ف or ل before a known word (وكتائب, بالعودة), an imperfect verb (يحب: ي + حب), a feminine
 * plural (المسكوكات) or an adverbial accusative (نزالا).
 */
final class UnknownFamilyNames {

    /** News count from which a word is too common to be taken for an unknown family name. */
    static final int RARE_COUNT = 30;
    /** Lone repeats of the word elsewhere in the document that make it a name. */
    static final int MIN_REPEATS = 2;

    private UnknownFamilyNames() {
    }

    /** Extends the names in the labels of a document's sentences (changed in place). */
    static void tag(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                    WordClusters clusters, int window) {
        int ns = sentences.size();
        Set<Long> candidates = new HashSet<>();
        for (int k = 0; k < ns; k++) {
            FeatureExtractor.Extracted x = xs.get(k);
            int[] l = labels.get(k);
            for (int i = 0; i + 1 < l.length; i++) {
                if (isLoneFirstName(sentences.get(k), x, l, i, clusters)
                        && isCandidate(sentences.get(k).token(i + 1), x, i + 1, clusters)) {
                    candidates.add(x.words()[i + 1]);
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        // lone occurrences of the candidate words (by folded-word hash), per sentence, before any change
        List<Map<Long, Integer>> lone = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
            Map<Long, Integer> counts = new HashMap<>();
            long[] words = xs.get(k).words();
            int[] l = labels.get(k);
            for (int i = 0; i < l.length; i++) {
                if (standsAlone(l, i) && candidates.contains(words[i])) {
                    counts.merge(words[i], 1, Integer::sum);
                }
            }
            lone.add(counts);
        }
        for (int k = 0; k < ns; k++) {
            FeatureExtractor.Extracted x = xs.get(k);
            int[] l = labels.get(k);
            for (int i = 0; i + 1 < l.length; i++) {
                long word = x.words()[i + 1];
                if (!candidates.contains(word) || !isLoneFirstName(sentences.get(k), x, l, i, clusters)) {
                    continue;
                }
                int from = DocumentWindow.first(k, window);
                int to = DocumentWindow.last(k, window, ns);
                int repeats = -lone.get(k).getOrDefault(word, 0); // not counting this sentence's own occurrence
                for (int j = from; j <= to; j++) {
                    repeats += lone.get(j).getOrDefault(word, 0);
                }
                if (repeats >= MIN_REPEATS) {
                    l[i + 1] = Labels.inside(NameType.PERS);
                    for (int j = from; j <= to; j++) {
                        tagRepeats(xs.get(j).words(), labels.get(j), word);
                    }
                }
            }
        }
    }

    /**
     * A person's name of one word, with an untagged word after it: a listed given name, or a word the news and the
     * gazetteer do not know (رينان in المدافع البرازيلي رينان لودي … وقال لودي).
     */
    private static boolean isLoneFirstName(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l, int i,
                                           WordClusters clusters) {
        if (!Labels.isBegin(l[i]) || Labels.type(l[i]) != NameType.PERS || l[i + 1] != Labels.O) {
            return false;
        }
        if (x.triggers()[i] == Gazetteer.FIRST_NAME) {
            return true;
        }
        // an unknown word, before a word of 4 letters or more that is not definite: not موقعو النداء, ستروميا زعم
        String next = ArabicNormalizer.normalize(tokens.token(i + 1));
        return x.gazetteer()[i] == 0 && clusters.count(ArabicNormalizer.normalize(tokens.token(i))) < RARE_COUNT
                && next.length() >= 4 && !NameRules.startsDefinite(tokens, i + 1);
    }

    private static boolean standsAlone(int[] l, int i) {
        return l[i] == Labels.O && (i == 0 || l[i - 1] == Labels.O) && (i + 1 == l.length || l[i + 1] == Labels.O);
    }

    private static boolean isCandidate(String token, FeatureExtractor.Extracted x, int i, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter) || x.triggers()[i] != 0
                || x.gazetteer()[i] != 0 || clusters.count(word) >= RARE_COUNT || word.endsWith("ات")) {
            return false;
        }
        // و, ب, ف, ل + a word (وكتائب, بالعودة), ي + a word (يحب), a word + tanween alef (نزالا)
        boolean prefixed = "وبفلي".indexOf(word.charAt(0)) >= 0 && clusters.count(word.substring(1)) > 0;
        boolean accusative = word.endsWith("ا") && clusters.count(word.substring(0, word.length() - 1)) > 0;
        return !prefixed && !accusative;
    }

    private static void tagRepeats(long[] words, int[] l, long word) {
        for (int i = 0; i < l.length; i++) {
            if (standsAlone(l, i) && words[i] == word) {
                l[i] = Labels.begin(NameType.PERS);
            }
        }
    }
}
