package io.khabar.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A person's name of one word that the news does not know, tagged somewhere in an article, is that person wherever
 * else the word stands untagged and alone (one sense per discourse, as {@link NameRepeats} does for longer names): the
 * model and the rules find بارلي after وقالت and miss it after وتضيف. A listed given name right before a repeat, or
 * before a tagged mention, is the person's first name (كريستا فريلاند, هيذر ويلسون), and so is a word the news does
 * not know after a title (الملاكم فلويد مايويذر); not when the name has و before it (أماندا وستيف are two people).
 * A repeat right after a person's one-word name that another rule tagged alone is that name's family name (قالت [جين
 * مور]). The first word of a person named in full that the article names alone at least twice, however common, is the
 * name the article uses for that person (ماجدة of ماجدة خوري in a feature, شي of شي جين بينغ), and its other lone
 * mentions are tagged the same way.
 *
 * <p>Article mode only. The word must be rare in the news (fewer than {@value SpeakerNames#RARE_COUNT} times), an Arabic word of
 * three letters or more, or the given name the article uses; and tagged as nothing but a person in the article.
 */
final class PersonRepeats {

    /**
     * Listed given names that are more often something else before a name: a kinship word (ابن رونالدينيو, his son),
     * باسم (in the name of: متحدث باسم كروز), عمر (age: وكان عمر بينيت 17 عاما), خليفة (successor), ميلاد (birth: عيد ميلاد).
     */
    static final LongIntMap NOT_FIRST_NAMES = LongIntMap.ofWords(List.of("ابن", "بن", "بنت", "أبو", "أم",
            "عمر", "باسم", "خليفة", "ميلاد"));

    /** Lone mentions of a full name's first word that make it the name the article uses for the person. */
    static final int GIVEN_NAME_USES = 2;

    /** The trigger code of a person's title (الوزير, الملاكم, الدكتور): {@link Gazetteer#trigger}. */
    private static final int PERSON_TITLE = Gazetteer.triggerCode(NameType.PERS);

    private PersonRepeats() {
    }

    /** Tags the repeats in the labels of an article's sentences (changed in place). */
    static void tag(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                    WordClusters clusters, Gazetteer gazetteer) {
        Set<Long> persons = new HashSet<>();
        Set<Long> otherwise = new HashSet<>();
        Set<Long> firstWords = new HashSet<>();
        Map<Long, Integer> loneCounts = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            long[] words = xs.get(k).words();
            for (int i = 0; i < l.length; i++) {
                if (l[i] == Labels.O) {
                    continue;
                }
                boolean lonePerson = NameRules.isLoneName(l, i) && Labels.type(l[i]) == NameType.PERS;
                if (lonePerson) {
                    loneCounts.merge(words[i], 1, Integer::sum);
                } else if (l[i] == Labels.begin(NameType.PERS)) {
                    firstWords.add(words[i]);
                }
                if (lonePerson && isRareWord(sentences.get(k).token(i), clusters)) {
                    persons.add(words[i]);
                } else if (Labels.type(l[i]) != NameType.PERS) {
                    otherwise.add(words[i]);
                }
            }
        }
        Set<Long> givenNames = givenNamesUsedAlone(xs, firstWords, loneCounts);
        persons.addAll(givenNames);
        persons.removeAll(otherwise);
        if (persons.isEmpty()) {
            return;
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] l = labels.get(k);
            long[] words = xs.get(k).words();
            for (int i = 0; i < l.length; i++) {
                if (!persons.contains(words[i])) {
                    continue;
                }
                boolean nextFree = i + 1 == l.length || l[i + 1] == Labels.O;
                boolean alone = l[i] == Labels.O && (i == 0 || l[i - 1] == Labels.O) && nextFree;
                boolean lone = NameRules.isLoneName(l, i);
                // after a person's one-word name (a given name another rule tagged alone): its family name
                if (l[i] == Labels.O && nextFree && i > 0 && NameRules.isLoneName(l, i - 1)
                        && Labels.type(l[i - 1]) == NameType.PERS && sentences.get(k).token(i).charAt(0) != 'و') {
                    l[i] = Labels.inside(NameType.PERS);
                    continue;
                }
                if (!alone && !lone) {
                    continue;
                }
                boolean given = i > 0 && l[i - 1] == Labels.O && !givenNames.contains(words[i])
                        && xs.get(k).gazetteer()[i - 1] == 0 && sentences.get(k).token(i).charAt(0) != 'و'
                        && isFirstName(sentences.get(k), xs.get(k), l, i - 1, gazetteer, clusters);
                NameRules.labelName(l, given ? i - 1 : i, i + 1, NameType.PERS);
            }
        }
    }

    /**
     * The first words of the article's persons named in full that the article also names them by, alone, at least
     * {@value #GIVEN_NAME_USES} times: ماجدة of ماجدة خوري, whom a feature calls ماجدة from then on. Not a trigger word
     * (البابا, a title), but a given name may be one.
     */
    private static Set<Long> givenNamesUsedAlone(List<FeatureExtractor.Extracted> xs, Set<Long> firstWords,
                                                 Map<Long, Integer> loneCounts) {
        Set<Long> out = new HashSet<>();
        for (Long word : firstWords) {
            if (loneCounts.getOrDefault(word, 0) >= GIVEN_NAME_USES) {
                out.add(word);
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        for (FeatureExtractor.Extracted x : xs) {
            for (int i = 0; i < x.words().length; i++) {
                int trigger = x.triggers()[i];
                if (trigger != 0 && trigger != Gazetteer.FIRST_NAME) {
                    out.remove(x.words()[i]);
                }
            }
        }
        return out;
    }

    /**
     * Whether the untagged word at {@code g} before the name is its first name: a listed given name as written (not
     * ابن, باسم, عمر, خليفة, which are more often something else there), or a word the news does not know right after a
     * person's title, or after a title, its nationality and a comma (الملاكم فلويد مايويذر; وزير الإعلام الفنزويلي،
     * خورخي رودريغيز).
     */
    private static boolean isFirstName(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l, int g,
                                       Gazetteer gazetteer, WordClusters clusters) {
        if (x.triggers()[g] == Gazetteer.FIRST_NAME) {
            return SpeakerNames.isGivenNameAsWritten(tokens, x.words(), g, gazetteer)
                    && !NOT_FIRST_NAMES.contains(x.words()[g]);
        }
        if (g == 0 || x.triggers()[g] != 0 || tokens.token(g).charAt(0) == 'و'
                || !SpeakerNames.isUnknownName(tokens.token(g), clusters)) {
            return false;
        }
        if (x.triggers()[g - 1] == PERSON_TITLE) {
            return true; // الملاكم فلويد مايويذر, الدكتور مات كيرني
        }
        // a person's title, its nationality and a comma: وزير الطاقة التركي، فاتح دونميز. Not after other names or
        // commas, where a verb often stands before its subject (وكان برشلونة استقدم ديمبيلي; وفي الشوط الثاني، أكمل).
        if (g < 3 || !NameRules.isMark(tokens, g - 1, "،,")
                || !NisbaAdjectives.isDefiniteNisbaForm(ArabicNormalizer.normalize(tokens.token(g - 2)))) {
            return false;
        }
        for (int t = g - 3; t >= Math.max(0, g - 6); t--) {
            if (x.triggers()[t] == PERSON_TITLE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRareWord(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return word.length() >= 3 && SpeakerNames.isArabicWord(word) && clusters.count(word) < SpeakerNames.RARE_COUNT;
    }
}
