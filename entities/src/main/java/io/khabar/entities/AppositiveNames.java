package io.khabar.entities;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A person's name set off by commas after the person's title: قال المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، إن …;
 * أعلن وزير الداخلية البلغاري، ملادين مارينوف، أن …; أمين عام وزارة النقل الأردنية، أنمار الخصاونة، إن … The model
 * leaves most such names untagged when it does not know them: the title is several words back and the comma cuts the
 * name off from it. The title is a person's trigger word at most {@value #TITLE_REACH} words before the first comma,
 * with no other mark between. The name is two or three untagged words before a second comma:
 * <ul>
 *   <li>the first a listed given name as written, or a word the news does not know well (fewer than
 *       {@value SpeakerNames#FAMILY_COUNT} times) that is not definite, no trigger word (بطريرك), and not with و
 *       before it (وتحطيم);</li>
 *   <li>the others family names ({@link SpeakerNames#isFamilyName}), a definite word the news does not know (fewer
 *       than {@value SpeakerNames#RARE_COUNT} times: الخصاونة), or الله or الدين inside a name (زبي الله مجاهد, فخر
 *       الدين ألتون);</li>
 *   <li>none after the first a common word with و before it or the accusative ا after it (رجالا ونساء, سقط
 *       أرضا).</li>
 * </ul>
 * So is such a name between a verb of saying and a comma before the person's title (قال فخر الدين ألتون، مدير …).
 * Both modes, after the document-level corrections.
 */
final class AppositiveNames {

    /** How many words before the first comma the title's trigger word may stand. */
    static final int TITLE_REACH = 6;

    private static final String COMMAS = "،,";
    private static final String MARKS = "،,.:؛;\"«»“”()";

    /** الدين inside a name: فخر الدين, نور الدين. */
    private static final long AL_DIN = Hashing.ofFolded("الدين");

    /** أمين عام, a title whose first word is listed as a given name (أمين). */
    private static final long AMIN = Hashing.ofFolded("أمين");
    private static final long GENERAL = Hashing.ofFolded("عام");

    private AppositiveNames() {
    }

    /** Tags the names in one sentence's labels (changed in place). */
    static void tag(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                    WordClusters clusters) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        long[] words = x.words();
        for (int comma = 1; comma + 3 < labels.length; comma++) {
            if (!NameRules.isMark(tokens, comma, COMMAS)
                    || !followsTitle(tokens, words, x.triggers(), comma, personTitle)) {
                continue;
            }
            int first = comma + 1;
            int end = commaAfterName(tokens, first);
            if (end > 0 && isName(tokens, words, x.triggers(), labels, first, end, gazetteer, clusters)) {
                NameRules.labelName(labels, first, end, NameType.PERS);
            }
        }
        tagSpeakersBeforeTitles(tokens, x, labels, gazetteer, clusters, personTitle);
    }

    /**
     * The name between a verb of saying and a comma before the person's title: قال فخر الدين ألتون، مدير الاتصالات …;
     * وقالت ليز غراندي، منسقة …; two or three words, as above.
     */
    private static void tagSpeakersBeforeTitles(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                                Gazetteer gazetteer, WordClusters clusters, int personTitle) {
        long[] words = x.words();
        for (int verb = 0; verb + 4 < labels.length; verb++) {
            if (labels[verb] != Labels.O || !SpeakerNames.VERBS.contains(words[verb])) {
                continue;
            }
            int first = verb + 1;
            int end = commaAfterName(tokens, first);
            if (end > 0 && end + 1 < labels.length && x.triggers()[end + 1] == personTitle
                    && isName(tokens, words, x.triggers(), labels, first, end, gazetteer, clusters)) {
                NameRules.labelName(labels, first, end, NameType.PERS);
            }
        }
    }

    /** The comma two or three words after {@code first} (the first such), where a name of those words ends; else -1. */
    private static int commaAfterName(TokenSpans tokens, int first) {
        for (int end = first + 2; end <= first + 3 && end < tokens.size(); end++) {
            if (NameRules.isMark(tokens, end, COMMAS)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Whether a person's trigger word (or أمين عام) stands at most {@link #TITLE_REACH} words before the comma, no mark
     * between.
     */
    private static boolean followsTitle(TokenSpans tokens, long[] words, int[] triggers, int comma, int personTitle) {
        for (int j = comma - 1; j >= Math.max(0, comma - TITLE_REACH); j--) {
            if (NameRules.isMark(tokens, j, MARKS)) {
                return false;
            }
            if (triggers[j] == personTitle || words[j] == AMIN && j + 1 < comma && words[j + 1] == GENERAL) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(TokenSpans tokens, long[] words, int[] triggers, int[] labels, int first, int end,
                                  Gazetteer gazetteer, WordClusters clusters) {
        boolean givenName = SpeakerNames.isGivenNameAsWritten(tokens, words, first, gazetteer);
        // untagged, but for a given name that the model tagged alone (وزير البترول، [طارق] الملا، …)
        boolean givenNameAlone = givenName && labels[first] == Labels.begin(NameType.PERS);
        if (!NameRules.isUntagged(labels, givenNameAlone ? first + 1 : first, end)) {
            return false;
        }
        if (!givenName && (isTriggerWord(tokens.token(first), triggers[first], gazetteer)
                || !isUnknownFirstWord(tokens.token(first), clusters))) {
            return false;
        }
        for (int i = first + 1; i < end; i++) {
            String token = tokens.token(i);
            boolean familyName = words[i] == PersonNames.ALLAH || words[i] == AL_DIN
                    || SpeakerNames.isFamilyName(token, clusters)
                    || isUnknownDefiniteWord(token, clusters);
            if (!familyName || isCommonWordWithAffix(token, clusters)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a trigger word, as written or with ال (بطريرك: البطريرك). */
    private static boolean isTriggerWord(String token, int trigger, Gazetteer gazetteer) {
        return trigger != 0 || gazetteer.trigger(Hashing.ofFolded("ال" + token)) != 0;
    }

    /**
     * Whether a token may begin an unknown name: an Arabic word of two letters or more, fewer than
     * {@value SpeakerNames#FAMILY_COUNT} times in the news, not definite, and not a word with و before it (names that
     * begin with و, وليد or وائل, are listed given names).
     */
    private static boolean isUnknownFirstWord(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        // definite as written: أل with its hamza begins a name (ألمازبيك أتامباييف), not the article
        return word.length() >= 2 && SpeakerNames.isArabicWord(word) && !NameRules.isDefinite(token)
                && !word.startsWith("لل") && word.charAt(0) != 'و' && clusters.count(word) < SpeakerNames.FAMILY_COUNT;
    }

    /**
     * Whether a token after the first is a common word with و before it or the accusative ا after it, the news knowing
     * it without (رجالا ونساء, سقط أرضا); not the first, which may end in ا (دارا خسروشاهي).
     */
    private static boolean isCommonWordWithAffix(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return isConjoinedCommonWord(word, clusters)
                || word.length() > 3 && word.endsWith("ا") && clusters.count(word.substring(0, word.length() - 1)) > 0;
    }

    /** Whether a normalized word is و and a word the news knows (ونساء, وتحطيم): no name but names' conjunction. */
    static boolean isConjoinedCommonWord(String word, WordClusters clusters) {
        return word.length() > 3 && word.charAt(0) == 'و' && clusters.count(word.substring(1)) > 0;
    }

    /** Whether a token is ال and a word the news does not know (fewer than {@value SpeakerNames#RARE_COUNT} times). */
    private static boolean isUnknownDefiniteWord(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return word.length() >= 5 && word.startsWith("ال") && !word.startsWith("الل") && SpeakerNames.isArabicWord(word)
                && clusters.count(word) < SpeakerNames.RARE_COUNT;
    }
}
