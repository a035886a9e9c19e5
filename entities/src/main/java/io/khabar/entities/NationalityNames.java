package io.khabar.entities;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A person's name right after a nationality adjective: والتشيكي بافل ندفيد, الروماني تارايان باسيسكو, الكيني ويلسون
 * كيبسانغ. Sports and foreign news name players, athletes and officials so, and the model leaves the name untagged
 * when it knows neither word. The name is two untagged words after it, neither a listed name nor, but for a given
 * name, a trigger word or a word with و before it, and no name continues after them: two words that the news does
 * not know ({@link SpeakerNames#isUnknownName}: fewer than {@value SpeakerNames#RARE_COUNT} times, not definite, not
 * a participle nor a known word with a clitic or an ending); such a word (and not one the news uses mostly outside
 * names: شعب طيب) and one that the news often tags in a person's name ({@link NewsPriors#isOftenPerson}: الغيني
 * نابي كيتا, 4 names over the ANT articles, all right); or a listed given name as written and an unknown word
 * (البوسني الفرنسي وحيد خليلودزيتش, الروسي كارين ختشانوف: 5 over ANT, all right). The first is no verb in the
 * present (الاقتصاد المصري يتميز بديناميكية: تتميز) or in the past of the pattern أفعل (الرئيس الأميركي أعاد عقارب
 * الساعة: عاد). One unknown word alone is not taken: after a nationality it is mostly a verb (الجيش الإسرائيلي
 * داهمت, الرئيس السوري ترسيم). After a feminine adjective (الهولندية كيكي بيركنز, الأميركية تيلور سويفت) the same,
 * but not after a word announcing an organization (شركة السيارات الصينية سياك موتور), and the first word no feminine
 * verb in the past nor a verbal noun (العائلات السودانية باعت أملاكها). A listed given name that another rule tagged
 * alone takes in the unknown word after it too (السفيرة البريطانية [كارين بيرس]). Both modes, after the document-level
 * corrections.
 */
final class NationalityNames {

    private NationalityNames() {
    }

    /** Tags the names in one sentence's labels (changed in place). */
    static void tag(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                    WordClusters clusters) {
        for (int i = 0; i + 2 < labels.length; i++) {
            int first = i + 1;
            int second = i + 2;
            // the cheap tests first: this runs over every sentence of every article
            if (labels[i] != Labels.O || !isUntaggedPlainWord(tokens, x, labels, second)
                    || !NameRules.noNameContinuesAt(labels, second + 1) || !endsLikeNisba(tokens.token(i))) {
                continue;
            }
            // a given name that another rule or the model tagged alone (السفيرة البريطانية [كارين] بيرس) counts too
            boolean givenAlone = labels[first] == Labels.begin(NameType.PERS) || labels[first] == Labels.O;
            boolean given = givenAlone && x.gazetteer()[first] == 0
                    && SpeakerNames.isGivenNameAsWritten(tokens, x.words(), first, gazetteer);
            if (!given && !isUntaggedPlainWord(tokens, x, labels, first)
                    || !isNationality(tokens.token(i), gazetteer)) {
                continue;
            }
            // after a feminine adjective (اللاتفية) the first word may be a feminine verb in the past or a verbal
            // noun (العائلات السودانية باعت أملاكها, السلطات الإيطالية تشييع جثامين)
            boolean feminine = !endsLikeMasculineNisba(tokens.token(i));
            if (feminine && followsOrganizationWord(x, i)) {
                continue; // شركة السيارات الصينية سياك موتور: the adjective agrees with the company
            }
            boolean unknown = SpeakerNames.isUnknownName(tokens.token(first), clusters)
                    && SpeakerNames.isUnknownName(tokens.token(second), clusters)
                    && !(feminine && isFeminineVerbOrVerbalNoun(tokens.token(first), clusters));
            boolean unknownAndPerson = isUnknownNameWord(tokens.token(first), clusters)
                    && isOftenPerson(tokens.token(second), clusters);
            boolean givenAndUnknown = given && SpeakerNames.isUnknownName(tokens.token(second), clusters);
            if ((unknown || unknownAndPerson || givenAndUnknown) && !isVerb(tokens.token(first), clusters)) {
                NameRules.labelName(labels, first, second + 1, NameType.PERS);
                i = second;
            }
        }
    }

    /** Whether a token is a word the news does not know and does not use mostly outside names (شعب, 23 times). */
    private static boolean isUnknownNameWord(String token, WordClusters clusters) {
        return SpeakerNames.isUnknownName(token, clusters)
                && !NewsPriors.isMostlyOutsideNames(Hashing.ofFolded(ArabicNormalizer.normalize(token)), clusters);
    }

    private static boolean isOftenPerson(String token, WordClusters clusters) {
        return NewsPriors.isOftenPerson(Hashing.ofFolded(ArabicNormalizer.normalize(token)), clusters);
    }

    /**
     * Whether a word is a feminine verb in the past, a known stem and ت (باعت: باع), or a verbal noun of the pattern
     * تفعيل (تشييع).
     */
    private static boolean isFeminineVerbOrVerbalNoun(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        int n = word.length();
        boolean pastVerb = n > 3 && word.charAt(n - 1) == 'ت' && clusters.count(word.substring(0, n - 1)) > 0;
        boolean verbalNoun = n == 5 && word.charAt(0) == 'ت' && word.charAt(3) == 'ي';
        return pastVerb || verbalNoun;
    }

    /** Whether a word announcing an organization (شركة, وكالة, مجموعة) stands at most three words before token i. */
    private static boolean followsOrganizationWord(FeatureExtractor.Extracted x, int i) {
        int organization = Gazetteer.triggerCode(NameType.ORG);
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (x.triggers()[j] == organization) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is a nationality adjective, masculine or feminine (اللاتفي, اللاتفية). */
    private static boolean isNationality(String token, Gazetteer gazetteer) {
        char last = token.charAt(token.length() - 1);
        return gazetteer.isNationality(last == 'ة' || last == 'ه' ? token.substring(0, token.length() - 1) : token);
    }

    /** Whether a token ends as a nisba adjective does: ي, or ى as some news writes it (الأمريكى), or ية. */
    private static boolean endsLikeNisba(String token) {
        char last = token.charAt(token.length() - 1);
        return endsLikeMasculineNisba(token) || (last == 'ة' || last == 'ه') && token.length() > 2
                && token.charAt(token.length() - 2) == 'ي';
    }

    private static boolean endsLikeMasculineNisba(String token) {
        char last = token.charAt(token.length() - 1);
        return last == 'ي' || last == 'ى';
    }

    /** Whether a word is a verb in the present or the future, or in the past of the pattern أفعل (أعاد: عاد). */
    private static boolean isVerb(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return GivenNames.isPresentOrFutureVerb(word, clusters)
                || word.length() == 4 && word.charAt(0) == 'ا' && clusters.count(word.substring(1)) > 0;
    }

    /** Whether token {@code i} is untagged, no listed name or trigger word, and without و before it. */
    private static boolean isUntaggedPlainWord(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, int i) {
        return labels[i] == Labels.O && x.gazetteer()[i] == 0 && x.triggers()[i] == 0
                && tokens.token(i).charAt(0) != 'و';
    }
}
