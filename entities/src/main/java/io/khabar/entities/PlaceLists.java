package io.khabar.entities;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A word that the news does not know, joined by و to a place in a list of places, is a place too: مدن مشهد وشيراز
 * وأصفهان وكرج [وأراك] ونجف آباد, من ماريوبول [وبيرديانسك] وميليتوبول, سريلانكا وإندونيسيا [والفيليبين]. The model
 * tags the places it knows and leaves out the rare ones between them.
 *
 * <p>A list: the place before the word is itself joined to what comes before it by و or a comma (كرج in وكرج), or a
 * place joined by و follows the word, or another such word (مينسك [وغرودنو] [وبريست]). The word: و and a word that
 * the news counts do not hold (it writes it fewer than 3 times; a definite word neither with nor without ال), which
 * is no known word with a clitic (وكأطراف), no future verb (وسنتحرك), no root of three letters (ووظف) nor a short
 * word in ا (وسفيرا, وقعا), and does not end as a verb or a noun with a pronoun does (ومضوا, وقعتا, ويترقبون,
 * ومواقعهما, وبريده). Over the 5,000 ANT articles the sentences' verbs and verbal nouns after a lone place (وإملاء,
 * واشتريا) are what the list condition keeps out: 22 places added, 20 right as read. Both modes, after the
 * document-level corrections.
 */
final class PlaceLists {

    /** News count from which a word is known: the news counts hold the words the news writes 3 times or more. */
    static final int UNKNOWN_COUNT = 1;

    /** Longest future verb taken for one: س, the person's letter and a stem of up to five letters (سنتحرك). */
    private static final int FUTURE_VERB_LENGTH = 7;

    /** Endings of verbs (plural, dual) and of nouns with a pronoun, on a normalized word. */
    private static final String[] NOT_PLACE_ENDINGS = {"ها", "هم", "هما", "هن", "نا", "كم", "ه", "وا", "ون", "تا"};

    private PlaceLists() {
    }

    /** Tags the places in one sentence's labels (changed in place). */
    static void tag(TokenSpans tokens, int[] labels, WordClusters clusters) {
        if (clusters.hasNoCounts()) {
            return;
        }
        for (int i = 1; i < labels.length; i++) {
            if (labels[i] != Labels.O || !NameRules.noNameContinuesAt(labels, i + 1)
                    || !isPlaceBefore(labels, i) || !isWaAndUnknownPlaceWord(tokens, i, clusters)) {
                continue;
            }
            int placeStart = nameStart(labels, i - 1);
            if (isJoinedToList(tokens, placeStart) || isPlaceJoinedAfter(tokens, labels, i + 1)
                    || isUnknownPlaceJoinedAfter(tokens, labels, i + 1, clusters)) {
                labels[i] = Labels.begin(NameType.LOC);
            }
        }
    }

    private static boolean isPlaceBefore(int[] labels, int i) {
        return labels[i - 1] != Labels.O && Labels.type(labels[i - 1]) == NameType.LOC;
    }

    private static int nameStart(int[] labels, int last) {
        int s = last;
        while (s > 0 && Labels.isInside(labels[s])) {
            s--;
        }
        return s;
    }

    /** Whether the place at {@code s} is joined to the words before it by و (وكرج) or a comma. */
    private static boolean isJoinedToList(TokenSpans tokens, int s) {
        return startsWithWa(tokens, s) || s > 0 && NameRules.isMark(tokens, s - 1, "،,");
    }

    private static boolean startsWithWa(TokenSpans tokens, int i) {
        return tokens.text()[tokens.starts()[i]] == 'و';
    }

    /** Whether a place with و begins at token {@code k}: وميليتوبول after بيرديانسك. */
    private static boolean isPlaceJoinedAfter(TokenSpans tokens, int[] labels, int k) {
        return k < labels.length && Labels.isBegin(labels[k]) && Labels.type(labels[k]) == NameType.LOC
                && startsWithWa(tokens, k);
    }

    /** Whether token {@code k} is untagged, و and another unknown word: مينسك [وغرودنو] وبريست, two of them. */
    private static boolean isUnknownPlaceJoinedAfter(TokenSpans tokens, int[] labels, int k, WordClusters clusters) {
        return k < labels.length && labels[k] == Labels.O && isWaAndUnknownPlaceWord(tokens, k, clusters);
    }

    /** Whether token {@code i} is a word of و and a word that may be an unknown place ({@link #isUnknownPlaceWord}). */
    private static boolean isWaAndUnknownPlaceWord(TokenSpans tokens, int i, WordClusters clusters) {
        if (!NameRules.isWord(tokens, i) || !startsWithWa(tokens, i) || tokens.ends()[i] - tokens.starts()[i] < 4) {
            return false;
        }
        return isUnknownPlaceWord(tokens.token(i).substring(1), clusters);
    }

    private static boolean isUnknownPlaceWord(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        // a word of three letters is mostly a verb's or a noun's root (ووظف); a short one in ا an accusative or a
        // dual (وسفيرا, وقعا)
        if (word.length() <= 3 || word.length() <= 5 && word.endsWith("ا") || clusters.count(word) >= UNKNOWN_COUNT) {
            return false;
        }
        if (word.startsWith("ال") && clusters.count(word.substring(2)) >= UNKNOWN_COUNT) {
            return false;
        }
        // a clitic on a known word (وكأطراف), a future verb (وسنتحرك)
        if ("كبل".indexOf(word.charAt(0)) >= 0 && clusters.count(word.substring(1)) >= UNKNOWN_COUNT
                || word.length() <= FUTURE_VERB_LENGTH && word.charAt(0) == 'س' && "يتن".indexOf(word.charAt(1)) >= 0) {
            return false;
        }
        for (String ending : NOT_PLACE_ENDINGS) {
            if (word.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }
}
