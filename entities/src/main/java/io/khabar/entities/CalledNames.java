package io.khabar.entities;

import java.util.List;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A person introduced as "called …": شاهد يدعى كيلانا, جزائري يدعى بلقاسم بليل, لسيدة تدعى كيت مكلور, بلغاري يُدعى
 * سيفيرين كاسيميروف. The model leaves most such names untagged: the people are not known, and often not named again.
 * After يدعى or تدعى (with و) that follows a word for a person (شاهد, رجل, امرأة, سيدة, شاب, شاهد العيان, …) or an
 * indefinite nationality (جزائري, بلغارية), the next one or two untagged words are the name when they are Arabic
 * words that the news knows under {@value SpeakerNames#FAMILY_COUNT} times or listed given names (or الله after the
 * first: عبيد الله), not definite nor a common word with و; a name already tagged right after them is joined
 * (جيرالد [أوهارا]). After a word for a thing the name is no person's (شبكة تدعى خلية فيلانوفا, جهازا جديدا يدعى
 * …). Both modes, after the document-level corrections.
 */
final class CalledNames {

    private static final LongIntMap CALLED = LongIntMap.ofWords(List.of("يدعى", "تدعى", "ويدعى", "وتدعى"));

    /** Words for a person before يدعى, with ل or و. */
    private static final LongIntMap PERSONS = LongIntMap.ofWords(List.of("شاهد", "رجل", "شخص", "امرأة", "سيدة",
            "شاب", "شابة", "فتاة", "طفل", "طفلة", "صبي", "مواطن", "مواطنة", "لاجئ", "لاجئة", "عامل", "عاملة", "مهاجر",
            "ضابط", "جندي", "طالب", "طالبة", "مسلح", "لرجل", "لسيدة", "لامرأة", "لشخص", "لشاب", "لفتاة", "ورجل",
            "وامرأة", "وشاب", "زوجها", "زوجته", "ابنه", "ابنها", "العيان"));

    private CalledNames() {
    }

    /** Tags the names in one sentence's labels (changed in place). */
    static void tag(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                    WordClusters clusters) {
        long[] words = x.words();
        for (int c = 1; c + 1 < labels.length; c++) {
            if (!CALLED.contains(words[c]) || !isPerson(tokens.token(c - 1), words[c - 1])) {
                continue;
            }
            int e = c + 1;
            while (e < labels.length && e < c + 3 && labels[e] == Labels.O && isNameWord(tokens, words, e, gazetteer,
                    clusters)) {
                e++;
            }
            if (e > c + 1 && e < labels.length && labels[e] == Labels.begin(NameType.PERS)) {
                e = NameRules.endOfName(labels, e); // the rest of the name, already tagged: جيرالد [أوهارا]
            }
            if (e > c + 1) {
                NameRules.labelName(labels, c + 1, e, NameType.PERS);
            }
        }
    }

    /** A word for a person, or an indefinite nationality (جزائري, بلغارية). */
    private static boolean isPerson(String token, long word) {
        String w = ArabicNormalizer.normalize(token);
        return PERSONS.contains(word) || !w.startsWith("ال") && w.length() >= 4 && (w.endsWith("ي") || w.endsWith("يه"))
                && SpeakerNames.isArabicWord(w);
    }

    private static boolean isNameWord(TokenSpans tokens, long[] words, int i, Gazetteer gazetteer,
                                      WordClusters clusters) {
        String w = ArabicNormalizer.normalize(tokens.token(i));
        if (words[i] == PersonNames.ALLAH) {
            return true; // عبيد الله
        }
        if (w.length() < 2 || !SpeakerNames.isArabicWord(w) || w.startsWith("ال")) {
            return false;
        }
        return SpeakerNames.isGivenNameAsWritten(tokens, words, i, gazetteer)
                || clusters.count(w) < SpeakerNames.FAMILY_COUNT && !AppositiveNames.isConjoinedCommonWord(w, clusters);
    }
}
