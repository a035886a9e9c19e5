package io.khabar.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Once an article has tagged a club or a body whose one-word name is also a common word, that word standing alone
 * later is the same organization where the model left it untagged: after [نادي الهلال السعودي], الهلال and للهلال are
 * the club (ونشر الهلال عبر صفحته, انتقاله للهلال); after [النصر] tagged once, والنصر. The model leaves such words to
 * the context of each sentence, and the training text uses them as common words (الهلال, the crescent; النصر,
 * victory), so it misses most repeats.
 *
 * <p>The names: a listed one-word organization that the training text also uses as a common word ({@link CommonWords}:
 * الهلال, الوحدات, حماس), tagged alone as an organization; the word after نادي or النادي in an organization's name
 * (نادي النصر, النادي الأهلي); and the first word of an organization of two words whose second is a country's
 * adjective (العين الإماراتي, المريخ السوداني). Not a nationality (المصري: Egyptian, of نادي المصري), a listed place
 * or a trigger word. A name tagged as anything else in the article is not taken. A repeat is untagged, is no part of
 * a longer listed name (الهلال الأحمر, the Red Crescent), is not followed by a definite word, which may make it another
 * body (الاتحاد الآسيوي, the confederation), and is no place by its context (مدينة العين, في أبوظبي والعين). Article
 * mode only.
 */
final class OrganizationRepeats {

    /** Words that begin a club's name (نادي الهلال), with the clitics they take. */
    private static final LongIntMap CLUB_WORDS = LongIntMap.ofWords(List.of("نادي", "ونادي", "لنادي", "بنادي",
            "النادي", "والنادي", "للنادي", "بالنادي"));

    private OrganizationRepeats() {
    }

    /** Tags the repeats in the labels of an article's sentences (changed in place). */
    static void tag(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                    Gazetteer gazetteer, CommonWords commonWords) {
        Set<String> names = new HashSet<>();
        Set<String> otherwise = new HashSet<>();
        for (int k = 0; k < sentences.size(); k++) {
            collect(sentences.get(k), xs.get(k), labels.get(k), gazetteer, commonWords, names, otherwise);
        }
        names.removeAll(otherwise);
        if (names.isEmpty()) {
            return;
        }
        for (int k = 0; k < sentences.size(); k++) {
            TokenSpans tokens = sentences.get(k);
            FeatureExtractor.Extracted x = xs.get(k);
            int[] l = labels.get(k);
            for (int i = 0; i < l.length; i++) {
                boolean free = l[i] == Labels.O && isNoTrigger(x, i) && isAloneOrListedAlone(x.gazetteer(), i)
                        && (i + 1 == l.length || l[i + 1] == Labels.O && !NameRules.isDefinite(tokens, i + 1));
                if (free && !isPlace(tokens, x, l, i)
                        && SurnameRepeats.isRepeat(ArabicNormalizer.normalize(tokens.token(i)), names)) {
                    l[i] = Labels.begin(NameType.ORG);
                }
            }
        }
    }

    /**
     * Adds the one-word names of the sentence's organizations to {@code names}, and the words of its other names to
     * {@code otherwise}.
     */
    private static void collect(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l, Gazetteer gazetteer,
                                CommonWords commonWords, Set<String> names, Set<String> otherwise) {
        for (int s = 0; s < l.length; s++) {
            if (!Labels.isBegin(l[s])) {
                continue;
            }
            int e = NameRules.endOfName(l, s);
            if (Labels.type(l[s]) != NameType.ORG) {
                for (int i = s; i < e; i++) {
                    otherwise.add(bare(ArabicNormalizer.normalize(tokens.token(i))));
                }
            } else if (e - s == 1) {
                String word = bare(ArabicNormalizer.normalize(tokens.token(s)));
                if (commonWords.contains(Hashing.ofFolded(word))) {
                    names.add(word);
                }
            } else if (e - s == 2 && NameRules.isDefinite(tokens, s) && isNoTrigger(x, s)
                    && gazetteer.isNationality(tokens.token(s + 1))) {
                // a club and its country's adjective: العين الإماراتي, الأهلي المصري
                addClubWord(ArabicNormalizer.normalize(tokens.token(s)), 4, gazetteer, names);
            } else if (e - s >= 2 && CLUB_WORDS.contains(x.words()[s]) && isNoTrigger(x, s + 1)) {
                addClubWord(ArabicNormalizer.normalize(tokens.token(s + 1)), 3, gazetteer, names);
            }
            s = e - 1;
        }
    }

    /**
     * Adds a club's word (normalized) to {@code names} when it has {@code minLength} letters or more and is no
     * nationality (المصري) and no name that a list gives another type (a place: العين السخنة's words aside).
     */
    private static void addClubWord(String word, int minLength, Gazetteer gazetteer, Set<String> names) {
        Gazetteer.Name listed = gazetteer.lookup(word);
        if (word.length() >= minLength && !gazetteer.isNationality(word)
                && (listed == null || listed.type() == NameType.ORG)) {
            names.add(word);
        }
    }

    /** Whether token {@code i} is no trigger word; a given name may be (هلال, of الهلال). */
    private static boolean isNoTrigger(FeatureExtractor.Extracted x, int i) {
        return x.triggers()[i] == 0 || x.triggers()[i] == Gazetteer.FIRST_NAME;
    }

    /**
     * Whether the token carries no list mark, or only that of a one-word organization (الهلال, not الهلال الأحمر nor
     * the start or the end of a longer listed name).
     */
    private static boolean isAloneOrListedAlone(int[] marks, int i) {
        if (marks[i] == 0) {
            return true;
        }
        boolean inside = (marks[i] & Gazetteer.INSIDE_BITS) != 0
                || i + 1 < marks.length && (marks[i + 1] & Gazetteer.INSIDE_BITS) != 0;
        return !inside && (marks[i] & Gazetteer.beginBit(NameType.ORG)) != 0;
    }

    /**
     * Whether the word names a place here: after a word for a place (مدينة العين), or joined by و to a place before it
     * (في أبوظبي والعين).
     */
    private static boolean isPlace(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l, int i) {
        if (i == 0) {
            return false;
        }
        boolean afterPlaceWord = x.triggers()[i - 1] == Gazetteer.triggerCode(NameType.LOC);
        boolean joinedToPlace = l[i - 1] != Labels.O && Labels.type(l[i - 1]) == NameType.LOC
                && tokens.text()[tokens.starts()[i]] == 'و';
        return afterPlaceWord || joinedToPlace;
    }

    /** A normalized word without the proclitic و, ب or ل that it may carry, when what is left is definite (والهلال). */
    private static String bare(String word) {
        for (String p : SurnameRepeats.PROCLITICS) {
            if (word.length() > p.length() + 3 && word.startsWith(p) && word.startsWith("ال", p.length())) {
                return word.substring(p.length());
            }
        }
        if (word.length() > 4 && word.startsWith("لل")) {
            return "ا" + word.substring(1); // للهلال = ل + الهلال
        }
        return word;
    }
}
