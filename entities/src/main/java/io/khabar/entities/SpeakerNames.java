package io.khabar.entities;

import java.util.List;

import io.khabar.arabic.ArabicNormalizer;

/**
 * The speaker's name between a verb of saying and what was said: وقالت ويتهورن: "…", وأضاف موينش أنه …, ويقول مونجر
 * إن … The model leaves most such transliterated names untagged: it has never seen them, and the verb alone is weak
 * evidence. What follows the name is a colon, a comma, a quote, إن/أن (with a pronoun), في (وقال مونجر في بيان) or
 * إلى (وأشارت بارلي إلى أن). The name is
 * <ul>
 *   <li>a word the news does not know (fewer than {@value #RARE_COUNT} times), untagged, no listed name or trigger word,
 *       not definite, and no common word with a clitic or an ending the news knows without it: a pronoun (محاميها,
 *       مراسلنا, مديري), a plural or dual (مستثمرون, مصدران), the feminine (موظفة), nor a participle or an adverb
 *       (مسعف, ساخرا);</li>
 *   <li>or such a word and a family name (قال فكرت أوزار، سفير …);</li>
 *   <li>or a listed given name as written (وتقول أماندا إن);</li>
 *   <li>or a rare family name of the nisba form that the news never writes without ال (وأوضح التوبالي: …).</li>
 * </ul>
 * Both modes, after the document-level corrections.
 */
final class SpeakerNames {

    /** News count from which a word is too common to be taken for an unknown name. */
    static final int RARE_COUNT = 30;

    /** News count from which a word is too common to be taken for a family name after an unknown given name. */
    static final int FAMILY_COUNT = 100;

    /** Endings of a common word that a family name after a given name is not: pronouns, plurals, adjectives. */
    private static final List<String> FAMILY_NAME_NOT_ENDINGS = List.of("هما", "هم", "ها", "ه", "ون", "ين", "يه", "ي");

    /** Particles and pronouns that fold into a listed given name (أن, إن and الآن into آن, أنا into آنا). */
    private static final LongIntMap PARTICLES = LongIntMap.ofWords(List.of("أن", "الآن", "أنا"));
    private static final long ALI = Hashing.ofFolded("علي");

    /** Verbs of saying, in the past (3rd person, with و or ف) and the present. */
    static final LongIntMap VERBS = LongIntMap.ofWords(LongIntMap.withClitics(List.of("قال", "قالت", "أضاف",
            "أضافت", "تابع", "تابعت", "أوضح", "أوضحت", "أكد", "أكدت", "أشار", "أشارت", "ذكر", "ذكرت", "صرح", "صرحت",
            "كتب", "كتبت", "غرد", "غردت", "علق", "علقت", "يقول", "تقول", "أردف", "أردفت", "استطرد", "استطردت",
            "أجاب", "أجابت"), "", "و", "ف"));

    /** Words after the name that begin what was said. */
    private static final LongIntMap SAID = LongIntMap.ofWords(List.of("إن", "أن", "إنه", "أنه", "إنها", "أنها",
            "إنهم", "أنهم", "في", "إلى", "الى"));

    /**
     * Endings of a common word that the news knows without them, as normalized (ة is ه): pronouns, plurals, the dual,
     * the feminine and the accusative.
     */
    private static final List<String> ENDINGS = List.of("هما", "هم", "هن", "ها", "ه", "نا", "ي", "ون", "ين", "ان",
            "ات", "تان", "تا", "ا");

    private SpeakerNames() {
    }

    /**
     * Tags the speakers' names in one sentence's labels (changed in place): one unknown word, or an unknown word and a
     * family name (وقالت كيتلين ويد، من جامعة …, قال فكرت أوزار، سفير …).
     */
    static void tag(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                    WordClusters clusters) {
        long[] words = x.words();
        for (int i = 1; i + 1 < labels.length; i++) {
            if (labels[i] != Labels.O || labels[i - 1] != Labels.O || !VERBS.contains(words[i - 1])
                    || x.gazetteer()[i] != 0 || !isGivenOrUnknownName(tokens, words, i, x.triggers()[i], gazetteer,
                    clusters)) {
                continue;
            }
            if (beginsSpeech(tokens, words, i + 1)) {
                labels[i] = Labels.begin(NameType.PERS);
            } else if (i + 2 < labels.length && labels[i + 1] == Labels.O && beginsSpeech(tokens, words, i + 2)
                    && x.gazetteer()[i + 1] == 0 && x.triggers()[i + 1] == 0
                    && isFamilyName(tokens.token(i + 1), clusters)) {
                NameRules.labelName(labels, i, i + 2, NameType.PERS);
            }
        }
    }

    /**
     * Whether the word after the verb may begin the speaker's name: a listed given name as it is written, not a form
     * with a clitic or a particle that folds into one (أن and آن, على and علي: علي only as written, before a mark), or
     * a word that is no trigger word and that the news does not know.
     */
    private static boolean isGivenOrUnknownName(TokenSpans tokens, long[] words, int i, int trigger,
                                                Gazetteer gazetteer, WordClusters clusters) {
        if (trigger == 0) {
            return isUnknownName(tokens.token(i), clusters) || isUnknownFamilyName(tokens.token(i), clusters)
                    || isSeldomName(tokens.token(i), clusters);
        }
        return isGivenNameAsWritten(tokens, words, i, gazetteer)
                && (words[i] != ALI || NameRules.isMark(tokens, i + 1, ":،,\"«“"));
    }

    /**
     * Whether token {@code i} is a listed given name as it is written: not a form with a clitic, nor a particle that
     * folds into a given name (أن and آن, على and علي).
     */
    static boolean isGivenNameAsWritten(TokenSpans tokens, long[] words, int i, Gazetteer gazetteer) {
        return isGivenNameAsWritten(tokens.token(i), words[i], gazetteer);
    }

    /** The same for a word and its folded hash ({@link Hashing#ofFolded}). */
    static boolean isGivenNameAsWritten(String word, long folded, Gazetteer gazetteer) {
        return gazetteer.trigger(folded) == Gazetteer.FIRST_NAME && !PARTICLES.contains(folded)
                && (folded != ALI || word.equals("علي"));
    }

    /**
     * Whether a token is a family name of the nisba form that the news rarely writes (fewer than
     * {@value #RARE_COUNT} times) and never without ال: وأوضح الرفاعي أن, not المحامي or القيادي (محامي, قيادي).
     */
    static boolean isUnknownFamilyName(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return word.length() >= 5 && word.startsWith("ال") && word.endsWith("ي") && isArabicWord(word)
                && clusters.count(word) < RARE_COUNT && clusters.count(word.substring(2)) == 0;
    }

    /**
     * Whether a token may be the family name after an unknown given name: an Arabic word that is not common in the news
     * (fewer than {@value #FAMILY_COUNT} times: not رغم or حينها), and not a common word with ل or ب before it
     * (لصحيفة), an adverb of the pattern فاعلا, فاعلة (ماجدة ضاحكة), a pronoun after it, or the ending of a plural
     * (أمور is left to the news count) or an adjective (نفسي). A definite word is a family name only in the nisba form
     * (القدوسي, not أصابع الاتهام).
     */
    static boolean isFamilyName(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        if (word.length() < 2 || !isArabicWord(word) || clusters.count(word) >= FAMILY_COUNT) {
            return false;
        }
        if (NameRules.isDefinite(token)) {
            return word.endsWith("ي"); // a family name of the nisba form (القدوسي), not a noun (أصابع الاتهام)
        }
        boolean clitic = word.length() > 3 && "لب".indexOf(word.charAt(0)) >= 0
                && clusters.count(word.substring(1)) > 0;
        boolean adverb = (word.endsWith("ا") || word.endsWith("ه")) && word.charAt(1) == 'ا'; // ضاحكة, ساخرا
        return !clitic && !adverb && FAMILY_NAME_NOT_ENDINGS.stream().noneMatch(e -> word.length() > e.length() + 1
                && word.endsWith(e) && knowsStem(word.substring(0, word.length() - e.length()), clusters));
    }

    /** Whether token {@code i} begins what was said: a colon, comma or quote, إن/أن (with a pronoun), في or إلى. */
    static boolean beginsSpeech(TokenSpans tokens, long[] words, int i) {
        return NameRules.isMark(tokens, i, ":،,\"«“") || SAID.contains(words[i]);
    }

    /**
     * Whether a token is an Arabic word of three letters or more that the news does not know (fewer than
     * {@value #RARE_COUNT} times), nor the common word it would be with a clitic or an ending taken off. Participles
     * are common words too (مسعف, متعاملون, ساخرا): م then a consonant, or an accusative of the pattern فاعلا, فاعلة (ساخرا,
     * مازحة); the transliterated names that begin with م mostly have a long vowel after it (مور, ماكلور, ميلر).
     */
    static boolean isUnknownName(String token, WordClusters clusters) {
        return isUnknownWord(ArabicNormalizer.normalize(token), NameRules.isDefinite(token), clusters, RARE_COUNT);
    }

    /**
     * Whether a token is a word that the news knows only a little (fewer than {@value #FAMILY_COUNT} times) and never
     * writes with ال, as it would a noun or an adjective, and otherwise as {@link #isUnknownName}: a foreign name that
     * the model missed in the news (وتقول تشاريتي: …, 60 times).
     */
    private static boolean isSeldomName(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return word.length() >= 3 && "وبفلك".indexOf(word.charAt(0)) < 0 && clusters.count("ال" + word) == 0
                && isUnknownWord(word, NameRules.isDefinite(token), clusters, FAMILY_COUNT);
    }

    /**
     * {@link #isUnknownName} of a normalized word ({@code definite}: written with the article), with the news count
     * under {@code limit}.
     */
    private static boolean isUnknownWord(String word, boolean definite, WordClusters clusters, int limit) {
        if (word.length() < 3 || !isArabicWord(word) || definite || word.startsWith("لل")
                || clusters.count(word) >= limit) {
            return false;
        }
        boolean participle = word.charAt(0) == 'م' && "اويك".indexOf(word.charAt(1)) < 0
                || (word.endsWith("ا") || word.endsWith("ه")) && word.charAt(1) == 'ا';
        boolean clitic = "وبفلك".indexOf(word.charAt(0)) >= 0 && clusters.count(word.substring(1)) > 0;
        return !participle && !clitic && ENDINGS.stream().noneMatch(e -> word.length() > e.length() + 1
                && word.endsWith(e) && knowsStem(word.substring(0, word.length() - e.length()), clusters));
    }

    /**
     * Whether the news knows a stem as it is, with ة (قيادي: قيادة), with its ت or ئ as ة or ء (أسرته, حذائه), or
     * with the dual's تا as ة (حملتاهما).
     */
    static boolean knowsStem(String stem, WordClusters clusters) {
        String last = stem.substring(0, stem.length() - 1);
        return clusters.count(stem) > 0 || clusters.count(stem + "ه") > 0
                || stem.endsWith("ت") && clusters.count(last + "ه") > 0
                || stem.endsWith("ئ") && clusters.count(last + "ء") > 0
                || stem.endsWith("تا") && clusters.count(stem.substring(0, stem.length() - 2) + "ه") > 0;
    }

    /** Whether a normalized word is made of Arabic letters only. */
    static boolean isArabicWord(String word) {
        return word.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A');
    }
}
