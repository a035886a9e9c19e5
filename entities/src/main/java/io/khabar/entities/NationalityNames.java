package io.khabar.entities;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A person's name right after a nationality adjective: والتشيكي بافل ندفيد, الروماني تارايان باسيسكو, الكيني ويلسون
 * كيبسانغ. Sports and foreign news name players, athletes and officials so, and the model leaves the name untagged
 * when it knows neither word. The name is the next two untagged words that the news does not know ({@link
 * SpeakerNames#isUnknownName}: fewer than {@value SpeakerNames#RARE_COUNT} times, not definite, not a participle nor
 * a known word with a clitic or an ending), none a listed name or a trigger word nor with و before it, and no name
 * continues after them; the first is no verb in the present (الاقتصاد المصري يتميز بديناميكية: تتميز) or in the
 * past of the pattern أفعل (الرئيس الأميركي أعاد عقارب الساعة: عاد). One unknown word alone is not taken: after a
 * nationality it is mostly a verb (الجيش الإسرائيلي داهمت, الرئيس السوري ترسيم). Both modes, after the
 * document-level corrections.
 */
final class NationalityNames {

    /** Fewest and most unknown words that make the name. */
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 2;

    private NationalityNames() {
    }

    /** Tags the names in one sentence's labels (changed in place). */
    static void tag(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                    WordClusters clusters) {
        for (int i = 0; i + MIN_WORDS < labels.length; i++) {
            if (labels[i] != Labels.O || !gazetteer.isNationality(tokens.token(i))) {
                continue;
            }
            int end = i + 1;
            while (end < labels.length && end - i <= MAX_WORDS && isUnknownWord(tokens, x, labels, end, clusters)) {
                end++;
            }
            if (end - i - 1 >= MIN_WORDS && NameRules.noNameContinuesAt(labels, end)
                    && !isVerb(tokens.token(i + 1), clusters)) {
                NameRules.labelName(labels, i + 1, end, NameType.PERS);
                i = end - 1;
            }
        }
    }

    /** Whether a word is a verb in the present or the future, or in the past of the pattern أفعل (أعاد: عاد). */
    private static boolean isVerb(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return GivenNames.isPresentOrFutureVerb(word, clusters)
                || word.length() == 4 && word.charAt(0) == 'ا' && clusters.count(word.substring(1)) > 0;
    }

    private static boolean isUnknownWord(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, int i,
                                         WordClusters clusters) {
        String token = tokens.token(i);
        return labels[i] == Labels.O && x.gazetteer()[i] == 0 && x.triggers()[i] == 0 && token.charAt(0) != 'و'
                && SpeakerNames.isUnknownName(token, clusters);
    }
}
