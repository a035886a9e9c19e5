package io.khabar.entities;

import java.util.List;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A person's name that the model starts after an untagged listed given name starts at that given name: آلان
 * [ديرشوفيتز] → آلان ديرشوفيتز, أمل [فتحي] → أمل فتحي, and so with و before the given name: وعلي [سعيد العالول] →
 * وعلي سعيد العالول, ويوليا [سكريبال], وكيفن [دي بروين]. The given name must be listed and written as it is listed
 * (not أن, إن or على, which fold into آن and علي), not a word that is more often something else before a name
 * ({@link PersonRepeats#NOT_FIRST_NAMES}: ابن, باسم, عمر, خليفة) nor a verb of the same letters (ورفعت بدوي قضية, وفتح
 * راموس النار, عادل هاميلتون الرقم); and the name must not begin with و itself (أماندا وستيف are two people). Both
 * modes, after the document-level corrections: over ANT 22 names grown, 21 rightly (not لارا [إريك ترامب]); out of
 * fold on ANERcorp 5 more names right (seed 7), none lost; on the dev sentences 2 more (وأشرف عبد الباقي, ألفريد
 * ديمورا).
 */
final class GivenNames {

    /** Listed given names that are also verbs, which stand before their subject: ورفعت بدوي, وحافظ نادال على. */
    private static final LongIntMap VERBS = LongIntMap.ofWords(List.of("رفعت", "نشأت", "حافظ", "فتح", "عزت", "عادل",
            "حلا", "صالح", "سامح", "شكري", "وجدي", "أمين", "كامل", "منير", "حسن"));

    /** Marks that end a name, ANERcorp's straight quote among them (عبدالسلام المجالي ' '). */
    private static final String MARKS = "،,.:؛;\"'«»“”()";

    /** Kinship words with a possessive, with و or not: سكريبال [وابنته] يوليا, اغتيال [أخيه] باسل. */
    private static final LongIntMap KINSHIP = LongIntMap.ofWords(LongIntMap.withClitics(List.of("ابنه", "ابنته",
            "ابنها", "ابنتها", "زوجته", "زوجها", "شقيقه", "شقيقته", "شقيقها", "شقيقتها", "نجله", "نجلها", "أخيه",
            "أخاه", "أخوه", "أخته", "أختها", "حفيده", "حفيدته", "والده", "والدته", "والدها", "والدتها", "خطيبته",
            "خطيبها"), "", "و"));

    private GivenNames() {
    }

    /**
     * A listed given name as written right after a kinship word with a possessive (and a comma, or not) is a person,
     * where the model left it untagged: سيرغي سكريبال وابنته [يوليا], وابنته، [يوليا]، قد تعرضا, اغتيال أخيه [باسل].
     * Not a word more often something else ({@link PersonRepeats#NOT_FIRST_NAMES}, {@link #VERBS}: ابنه عمر, his son's
     * age; ونجله حافظ على, kept), nor one the news uses mostly outside names (زوجته جميلة, his beautiful wife). Both
     * modes.
     */
    static void tagAfterKinship(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                                WordClusters clusters) {
        for (int g = 1; g < labels.length; g++) {
            int k = NameRules.isMark(tokens, g - 1, "،,") && g > 1 ? g - 2 : g - 1;
            if (labels[g] != Labels.O || labels[k] != Labels.O || !KINSHIP.contains(x.words()[k])
                    || x.gazetteer()[g] != 0 || !SpeakerNames.isGivenNameAsWritten(tokens, x.words(), g, gazetteer)
                    || VERBS.contains(x.words()[g]) || PersonRepeats.NOT_FIRST_NAMES.contains(x.words()[g])
                    || NewsPriors.isMostlyOutsideNames(x.words()[g], clusters)) {
                continue;
            }
            NameRules.labelName(labels, g, g + 1, NameType.PERS);
        }
    }

    /** Grows the persons' names of one sentence's labels (changed in place) to the given name before them. */
    static void grow(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            int g = s - 1;
            if (labels[s] != begin || labels[g] != Labels.O || x.gazetteer()[g] != 0
                    || tokens.token(s).charAt(0) == 'و' || !isGivenName(tokens.token(g), x.words()[g], gazetteer)) {
                continue;
            }
            NameRules.labelName(labels, g, NameRules.endOfName(labels, s), NameType.PERS);
        }
    }

    /**
     * Two persons' names side by side, no mark or و between, the first a word alone that no list knows and the news
     * does not know ({@link SpeakerNames#isUnknownName}), the second beginning with a word no list knows, are one
     * person's: رئيس اللجنة [يورغن] [واتنه هاوغلاند] → يورغن واتنه هاوغلاند. Not a name the news knows (وخاطب خاشقجي
     * كاسن), nor one the lists give (ميلانيا السيسي: two people), nor a second name with ل, "to" (ثم توجه بيركاي
     * لتوران). Over ANT 5 names joined, all right (فورست غوردون كلارك, روسلان نيغماتولين, مارسيلينو غارسيا تورال).
     */
    static void joinUnknownGivenNames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                      Gazetteer gazetteer, WordClusters clusters) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            int g = s - 1;
            if (labels[s] != begin || labels[g] != begin || x.gazetteer()[g] != 0 || x.gazetteer()[s] != 0
                    || "ول".indexOf(tokens.token(s).charAt(0)) >= 0 || tokens.ends()[g] == tokens.starts()[s]
                    || !(SpeakerNames.isUnknownName(tokens.token(g), clusters)
                    || isGivenName(tokens.token(g), x.words()[g], gazetteer))) {
                continue;
            }
            labels[s] = Labels.inside(NameType.PERS);
        }
    }

    /**
     * In a list of persons, a name with و right after a person's name, that the model left untagged, is the next
     * person: عبدالحميد وأشرف عبدالغفور [وماجدة الخطيب] ، بلال عبدالرحمن [وعزت جدوع] وعماد ناصر, ادم ساندلر [وكيت
     * بيكنسيل] وكريستوفر. The name ends the list's item: a mark, the end of the sentence or a word with و follows it.
     * <ul>
     *   <li>A listed given name with the word after it, when that word is untagged, no list knows it and the news does
     *   not use it mostly outside names; the given name alone before a mark or another given name with و (وأحمد
     *   مظهر [وشادية] وتحية كاريوكا). Not a given name that is more often something else ({@link
     *   PersonRepeats#NOT_FIRST_NAMES}), and nothing when the word after it is a common word (الأسد وأمين عام).</li>
     *   <li>Two words that the news does not know ({@link SpeakerNames#isUnknownName}), the second one possibly a
     *   listed given name: [وغانلوكا زامبروتا], [وجومانا مراد].</li>
     * </ul>
     * Both modes. Out of fold (seeds 7-10) 6 more names right on each seed, none lost; over ANT 19 names, 16 right (the
     * oil field وكيث after بروس, taken for a person, twice; and بروس أور [وصمة عار], "is a disgrace").
     */
    static void tagConjoinedGivenNames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                       Gazetteer gazetteer, WordClusters clusters) {
        int n = labels.length;
        for (int g = 1; g < n; g++) {
            if (labels[g] != Labels.O || labels[g - 1] == Labels.O || Labels.type(labels[g - 1]) != NameType.PERS
                    || tokens.text()[tokens.starts()[g]] != 'و' || tokens.ends()[g] - tokens.starts()[g] < 3) {
                continue;
            }
            int f = g + 1;
            boolean given = isConjoinedGivenName(tokens, g, gazetteer);
            if (given && (f == n || NameRules.isMark(tokens, f, MARKS) || isConjoinedGivenName(tokens, f, gazetteer))) {
                NameRules.labelName(labels, g, f, NameType.PERS);
                continue;
            }
            if (f == n || labels[f] != Labels.O || tokens.token(f).charAt(0) == 'و' || x.gazetteer()[f] != 0
                    || !(f + 1 == n || NameRules.isMark(tokens, f + 1, MARKS) || tokens.token(f + 1).charAt(0) == 'و')) {
                continue;
            }
            boolean familyAfterGiven = given && !NameRules.beginsWithTrigger(x.triggers(), f)
                    && !NewsPriors.isMostlyOutsideNames(x.words()[f], clusters);
            boolean unknownPair = x.gazetteer()[g] == 0
                    && SpeakerNames.isUnknownName(tokens.token(g).substring(1), clusters)
                    && (SpeakerNames.isUnknownName(tokens.token(f), clusters)
                    || SpeakerNames.isGivenNameAsWritten(tokens, x.words(), f, gazetteer));
            if (familyAfterGiven || unknownPair) {
                NameRules.labelName(labels, g, f + 1, NameType.PERS);
            }
        }
    }

    /** Whether token {@code i} is و and a listed given name as written: وماجدة, وحسن. */
    private static boolean isConjoinedGivenName(TokenSpans tokens, int i, Gazetteer gazetteer) {
        String token = tokens.token(i);
        if (token.length() < 3 || token.charAt(0) != 'و') {
            return false;
        }
        String name = token.substring(1);
        long key = Hashing.ofFolded(name);
        return SpeakerNames.isGivenNameAsWritten(name, key, gazetteer) && !PersonRepeats.NOT_FIRST_NAMES.contains(key);
    }

    /**
     * A listed given name that the model tagged alone takes in the family name after it where the context names a
     * person: after a verb of saying (وأشار حسين [الفردان] إلى أن) or a person's title at most
     * {@value AppositiveNames#TITLE_REACH} words back with no mark between (وزير الإدارة المحلية والبيئة حسين
     * [مخلوف].), and before a mark, the start of what was said or a person's title (دومينيك [راب] وزير …). The
     * family name is untagged, no listed name or trigger word, and a family name by {@link SpeakerNames#isFamilyName}
     * or a definite word the news does not know (fewer than {@value SpeakerNames#RARE_COUNT} times: الحواتمة, not a
     * plural) and writes without ال no more often (not المسلم); not a verb in the present or the future (عائلة ريك
     * تعتقد), nor an adverb in the accusative that the news knows without its ا (وقال منصور متوجها إلى).
     */
    static void growFamilyNames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                                WordClusters clusters) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int g = 1; g + 1 < labels.length; g++) {
            int f = g + 1;
            if (labels[g] != Labels.begin(NameType.PERS) || labels[f] != Labels.O
                    || !SpeakerNames.isGivenNameAsWritten(tokens, x.words(), g, gazetteer)
                    || x.gazetteer()[f] != 0 || x.triggers()[f] != 0 || !isFamilyNameAfter(tokens.token(f), clusters)) {
                continue;
            }
            boolean namedBefore = SpeakerNames.VERBS.contains(x.words()[g - 1])
                    || titleBefore(tokens, x.triggers(), g, personTitle);
            boolean endsAfter = f + 1 == labels.length || NameRules.isMark(tokens, f + 1, MARKS)
                    || SpeakerNames.beginsSpeech(tokens, x.words(), f + 1) || x.triggers()[f + 1] == personTitle;
            if (namedBefore && endsAfter) {
                labels[f] = Labels.inside(NameType.PERS);
            }
        }
    }

    /**
     * A listed given name as written and a family name after it ({@link #isFamilyNameAfter}), both untagged, right
     * after a person's title and one or two definite words (its field, its country), are a person: وزير العمل [علي
     * الربيعي], النجمة الشهيرة [سلمى حايك]. The given name is none of the words that are more often something else
     * ({@link #isGivenName}); the family name is a word the news rarely writes (fewer than
     * {@value SpeakerNames#RARE_COUNT} times: not وزيرة التعاون الدولي علي هامش, "on the sidelines", as ANERcorp
     * writes على), no listed name or trigger word, and no name goes on after it. Both modes, after the document-level
     * corrections.
     */
    static void tagAfterTitles(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                               WordClusters clusters) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int g = 2; g + 1 < labels.length; g++) {
            int f = g + 1;
            // the tests on the arrays first: this runs over every sentence of every article
            if (labels[g] != Labels.O || labels[f] != Labels.O || x.gazetteer()[g] != 0 || x.gazetteer()[f] != 0
                    || x.triggers()[f] != 0 || tokens.text()[tokens.starts()[g]] == 'و'
                    || gazetteer.trigger(x.words()[g]) != Gazetteer.FIRST_NAME
                    || !isGivenName(tokens.token(g), x.words()[g], gazetteer)
                    || !NameRules.noNameContinuesAt(labels, f + 1) || !isFamilyNameAfter(tokens.token(f), clusters)
                    || clusters.count(x.words()[f]) >= SpeakerNames.RARE_COUNT
                    || !afterTitleAndDefiniteWords(tokens, x.triggers(), labels, g, personTitle)) {
                continue;
            }
            NameRules.labelName(labels, g, f + 1, NameType.PERS);
        }
    }

    /**
     * A listed given name alone, untagged, right after a person's definite title is that person: الإمام [علي], اللاعب
     * [علي], العداء [أمين]. The word after it must be no part of a name: the sentence's end, a mark or a number, or a
     * word the news uses mostly outside names (في, العودة); the given name is none of the words that are more often
     * something else ({@link #isGivenName}: not المتحدث باسم). Not an indefinite title, which may be an adjective
     * (مؤتمر صحفي صباح الجمعة), nor a title right after a name, where it may begin a family name (فائق الشيخ علي).
     * CoNLL mode, after the document-level corrections. Out of fold on seeds 7-10 such names are persons 24 times
     * of 28 in the training sentences, and the corrections had tagged none of them (+4 names on each seed, all
     * right). Over ANT in article mode it tagged 3 names, none right: فائق الشيخ [علي] and الشيخ [علي], a family
     * name, and كتائب الإمام [علي], a militia.
     */
    static void tagLoneGivenNamesAfterTitles(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                             Gazetteer gazetteer, WordClusters clusters) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int g = 1; g < labels.length; g++) {
            // the tests on the arrays first: this runs over every sentence
            if (labels[g] != Labels.O || labels[g - 1] != Labels.O || x.triggers()[g - 1] != personTitle
                    || gazetteer.trigger(x.words()[g]) != Gazetteer.FIRST_NAME || x.gazetteer()[g] != 0
                    || tokens.text()[tokens.starts()[g]] == 'و' || !NameRules.startsDefinite(tokens, g - 1)
                    || (g >= 2 && labels[g - 2] != Labels.O)
                    || !isGivenName(tokens.token(g), x.words()[g], gazetteer)) {
                continue;
            }
            int f = g + 1;
            boolean endsHere = f == labels.length || labels[f] == Labels.O && (!NameRules.isWord(tokens, f)
                    || NewsPriors.isMostlyOutsideNames(x.words()[f], clusters));
            if (endsHere) {
                labels[g] = Labels.begin(NameType.PERS);
            }
        }
    }

    /**
     * Two or three untagged words that the news does not know ({@link SpeakerNames#isUnknownName}), right after a
     * person's title, or after a title and one or two definite words, are a person: الممثلة [كيت بيكنسيل], المهاجم
     * المخضرم [ياري ليتمانن], السيناتور الجمهوري البارز [ليندسي غراهام]. No word is a listed name or a trigger word, or
     * begins with و; the first is not a word the first-stage tagger left outside names in the news (شهير, يبحث,
     * هداف: {@link NewsPriors#MOSTLY_OUTSIDE}, however rare), and no name goes on after them. Both modes. Out of fold
     * (seeds 7-10) 4 more names right on each seed, none lost; over ANT 10 names, 8 right (not الرئيس التركي المعروف
     * [بطابع براغماتي], nor صحفي [شهير غطى]).
     */
    static void tagUnknownNamesAfterTitles(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                           WordClusters clusters) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int g = 1; g + 1 < labels.length; g++) {
            int f = g + 1;
            // the tests on the arrays first, the title before the words' strings: this runs over every sentence
            if (labels[g] != Labels.O || labels[f] != Labels.O || x.gazetteer()[g] != 0 || x.gazetteer()[f] != 0
                    || NameRules.beginsWithTrigger(x.triggers(), g) || NameRules.beginsWithTrigger(x.triggers(), f)
                    || tokens.text()[tokens.starts()[g]] == 'و' || tokens.text()[tokens.starts()[f]] == 'و'
                    || clusters.prior(x.words()[g]) == NewsPriors.MOSTLY_OUTSIDE
                    || !(x.triggers()[g - 1] == personTitle
                    || afterTitleAndDefiniteWords(tokens, x.triggers(), labels, g, personTitle))
                    || !SpeakerNames.isUnknownName(tokens.token(g), clusters)
                    || !SpeakerNames.isUnknownName(tokens.token(f), clusters)) {
                continue;
            }
            int e = f + 1;
            if (e < labels.length && labels[e] == Labels.O && x.gazetteer()[e] == 0 && x.triggers()[e] == 0
                    && tokens.text()[tokens.starts()[e]] != 'و' && SpeakerNames.isUnknownName(tokens.token(e), clusters)
                    && clusters.prior(x.words()[e]) != NewsPriors.MOSTLY_OUTSIDE) {
                e++;
            }
            if (!NameRules.noNameContinuesAt(labels, e)) {
                continue;
            }
            NameRules.labelName(labels, g, e, NameType.PERS);
        }
    }

    /** Whether one or two untagged definite words stand before token {@code g}, and a person's title before them. */
    private static boolean afterTitleAndDefiniteWords(TokenSpans tokens, int[] triggers, int[] labels, int g,
                                                      int personTitle) {
        int j = g - 1;
        while (j >= 0 && g - j <= 2 && labels[j] == Labels.O && triggers[j] != personTitle
                && NameRules.startsDefinite(tokens, j)) {
            j--;
        }
        return j >= 0 && j < g - 1 && triggers[j] == personTitle;
    }

    /** Whether a person's trigger word stands at most a few words before token {@code g}, no mark between. */
    private static boolean titleBefore(TokenSpans tokens, int[] triggers, int g, int personTitle) {
        for (int j = g - 1; j >= Math.max(0, g - AppositiveNames.TITLE_REACH); j--) {
            if (NameRules.isMark(tokens, j, MARKS)) {
                return false;
            }
            if (triggers[j] == personTitle) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token may be the family name after a given name ({@link #growFamilyNames}). */
    private static boolean isFamilyNameAfter(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        boolean accusative = word.length() > 3 && word.endsWith("ا")
                && SpeakerNames.knowsStem(word.substring(0, word.length() - 1), clusters);
        boolean rareDefinite = word.startsWith("ال") && SpeakerNames.isArabicWord(word)
                && clusters.count(word) < SpeakerNames.RARE_COUNT
                && clusters.count(word.substring(2)) <= clusters.count(word)
                && !word.endsWith("ات") && !word.endsWith("ون") && !word.endsWith("ين");
        return !accusative && !isPresentOrFutureVerb(word, clusters)
                && (SpeakerNames.isFamilyName(token, clusters) || rareDefinite);
    }

    /**
     * Whether a normalized word is a verb in the present or the future: ي or ت (after س or not) before a stem that the
     * news also writes with the other person's letter (تعتقد: يعتقد; سيلتقي: تلتقي).
     */
    static boolean isPresentOrFutureVerb(String word, WordClusters clusters) {
        String verb = word.length() > 4 && word.charAt(0) == 'س' ? word.substring(1) : word;
        if (verb.length() < 4 || (verb.charAt(0) != 'ي' && verb.charAt(0) != 'ت')) {
            return false;
        }
        char other = verb.charAt(0) == 'ي' ? 'ت' : 'ي';
        return clusters.count(other + verb.substring(1)) > 0;
    }

    /**
     * Whether a token ({@code folded}: its folded hash) is a listed given name as written (not a particle that folds
     * into one: أن, إن, على, أنا, الآن), alone or with و before it, and no verb or kinship word.
     */
    private static boolean isGivenName(String token, long folded, Gazetteer gazetteer) {
        boolean conjoined = token.length() > 2 && token.charAt(0) == 'و'
                && !SpeakerNames.isGivenNameAsWritten(token, folded, gazetteer);
        String name = conjoined ? token.substring(1) : token;
        long key = conjoined ? Hashing.ofFolded(name) : folded;
        return SpeakerNames.isGivenNameAsWritten(name, key, gazetteer) && !VERBS.contains(key)
                && !PersonRepeats.NOT_FIRST_NAMES.contains(key);
    }
}
