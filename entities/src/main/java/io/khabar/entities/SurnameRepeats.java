package io.khabar.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Once an article has named a person in full (أندرو برانسون), the family name standing alone later (برانسون,
 * لبرانسون, وبرانسون) is that person, where the model left it untagged (article mode; in CoNLL mode the document is
 * the ±{@value EntityTagger#DOC_WINDOW} sentences around, as for the document features). News writes a person in
 * full once and by the family name after that; the model, reading one sentence's context, misses many of those
 * repeats (over the 5,000 ANT articles, 1,121 of 26,973 repeats of a tagged name's last word were left untagged:
 * برانسون 94 times, سكريبال 26, عشماوي 48).
 *
 * <p>Only the last word of a person's name of two words or more is taken, and not when it may be a common word or
 * a name of something else: not a trigger word or a given name (الشيخ, علي), not a listed name of another
 * kind, not the second word of a compound given name (نور الدين, نصر الله), not a word the news mostly uses
 * outside names ({@link NewsPriors#isMostlyOutsideNames}: أمام, the preposition, for حازم إمام; كبير), not the end
 * of a compound (عبد السلام, آل الشيخ, بن سلمان: the father). A repeat is tagged only as a name of its own: not next to
 * another name (but after a country or a capital of one word, the subject of the verb before it: اعتقلت أنقرة
 * [برانسون]; 10 such repeats over the ANT articles, all right), not after a joining word (آل, عبد, بن), not after a
 * word announcing a place, an organization or another kind of name (معبر نصيب, ميدالية فيلدز). A family name that
 * the gazetteer lists alone for a person (=باشينيان) is tagged so without the full name ({@link #tagListedSurnames}).
 * A one-word name tagged alone that the news mostly knows as a person's (ترامب, لولا) has its repeats taken the same
 * way ({@link #knownPersonName}): 27 more over ANT, all right as read.
 */
final class SurnameRepeats {

    /**
     * Words that join the next word to a name (ولد: son of, in Mauritanian names); a family name right after one is
     * part of another name, and a name the model ended at one has no family name.
     */
    static final LongIntMap JOINERS = LongIntMap.ofWords(List.of("بن", "ابن", "بنت", "أبو", "أبي", "أبا",
            "عبد", "آل", "أم", "ولد"));
    /** Second words of compound given names (نور الدين, نصر الله, عبد الرحمن), words of their own when alone. */
    private static final LongIntMap COMPOUND_ENDS = LongIntMap.ofWords(List.of("الدين", "الله", "الرحمن",
            "الرحيم"));
    /** Proclitics a repeat may carry (و, ف, then ب, ل; not ك, "as", which makes other words: كقطب). */
    static final List<String> PROCLITICS = List.of("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل");

    private SurnameRepeats() {
    }

    /**
     * Tags the repeats in the labels of a document's sentences (changed in place); {@code window} = sentences on
     * each side whose full names count (the whole article in article mode).
     */
    static void tag(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                    WordClusters clusters, Gazetteer gazetteer, int window) {
        int ns = sentences.size();
        for (int k = 0; k < ns; k++) {
            tagListedSurnames(sentences.get(k), xs.get(k), labels.get(k), clusters, gazetteer);
        }
        List<Surnames> named = new ArrayList<>(ns);
        Surnames whole = Surnames.empty();
        for (int k = 0; k < ns; k++) {
            Surnames s = surnames(sentences.get(k), xs.get(k), labels.get(k), clusters, gazetteer);
            named.add(s);
            whole.add(s);
        }
        if (whole.isEmpty()) {
            return;
        }
        if (window >= ns - 1) { // every sentence sees the whole document
            LongIntMap tails = whole.tailMap();
            for (int k = 0; k < ns; k++) {
                tagRepeats(sentences.get(k), xs.get(k), labels.get(k), whole, tails, clusters, gazetteer,
                        window == Integer.MAX_VALUE);
            }
            return;
        }
        for (int k = 0; k < ns; k++) {
            Surnames near = Surnames.empty();
            for (int j = Math.max(0, k - window); j <= Math.min(ns - 1, k + window); j++) {
                near.add(named.get(j));
            }
            if (!near.isEmpty()) {
                tagRepeats(sentences.get(k), xs.get(k), labels.get(k), near, near.tailMap(), clusters,
                        gazetteer, false);
            }
        }
    }

    /**
     * Family names (normalized) and their last three letters ({@link #tail}), which rule most words out without
     * building a string (a repeat differs from the family name only at the start). The {@code quoted} ones are family
     * names that the news mostly uses as common words (البرهان "the proof", رئيسي "main"): they are taken only where
     * a repeat stands alone between quotes, as agencies quote names (وقال "البرهان"), or between a verb of saying and
     * what was said (وقال سلام في كلمة, of نواف سلام).
     */
    private record Surnames(Set<String> names, Set<String> quoted, Set<Long> tails) {
        static final Surnames NONE = new Surnames(Set.of(), Set.of(), Set.of());

        static Surnames empty() {
            return new Surnames(new HashSet<>(), new HashSet<>(), new HashSet<>());
        }

        void add(Surnames other) {
            names.addAll(other.names());
            quoted.addAll(other.quoted());
            tails.addAll(other.tails());
        }

        boolean isEmpty() {
            return names.isEmpty() && quoted.isEmpty();
        }

        /** The tails as a map, for lookups without boxing. */
        LongIntMap tailMap() {
            LongIntMap map = new LongIntMap(16);
            for (long t : tails) {
                map.put(t, 1);
            }
            return map;
        }
    }

    /** The token's last three letters, folded, diacritics skipped, as one number. */
    private static long tail(TokenSpans tokens, int i) {
        long key = 0;
        int letters = 0;
        for (int k = tokens.ends()[i] - 1; k >= tokens.starts()[i] && letters < 3; k--) {
            char c = tokens.text()[k];
            if (!ArabicNormalizer.isDiacriticOrTatweel(c)) {
                key = key << 16 | ArabicNormalizer.foldLetter(c);
                letters++;
            }
        }
        return key;
    }

    /**
     * Tags the lone repeats of {@code names} in one sentence. With {@code retype} (article mode: the window is the
     * whole article), a repeat that the model took for a place or an organization of one word is the person too, when no list
     * knows the word and the news does not use it mostly as another kind of name (أوستابينكو, كوبرنيك, كرباسيان; not
     * واشنطن beside جورج واشنطن, which is listed, nor يونايتد, which the news uses as a club's), or when the list
     * gives the word alone as that person's family name too (=أوساكا of نعومي أوساكا, beside the city).
     */
    private static void tagRepeats(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l, Surnames surnames,
                                   LongIntMap tails, WordClusters clusters, Gazetteer gazetteer, boolean retype) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tails.get(tail(tokens, i), 0) == 0) {
                continue;
            }
            boolean quoted = isQuotedAlone(tokens, i);
            boolean other = retype && NameRules.isLoneName(l, i) && Labels.type(l[i]) != NameType.PERS
                    && (quoted || (Labels.type(l[i]) == NameType.LOC || Labels.type(l[i]) == NameType.ORG)
                    && mayBeAPerson(x, i, clusters, gazetteer));
            if ((l[i] == Labels.O || other) && standsAlone(tokens, x, l, i)) {
                String word = ArabicNormalizer.normalize(tokens.token(i));
                boolean speaker = i > 0 && SpeakerNames.VERBS.contains(x.words()[i - 1]) && i + 1 < tokens.size()
                        && SpeakerNames.beginsSpeech(tokens, x.words(), i + 1);
                if (isRepeat(word, surnames.names()) || (quoted || speaker) && isRepeat(word, surnames.quoted())) {
                    l[i] = Labels.begin(NameType.PERS);
                }
            }
        }
    }

    /** Whether token {@code i} stands alone between quotes ("البرهان"). */
    private static boolean isQuotedAlone(TokenSpans tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && QuotedNames.isOpeningQuote(tokens, i - 1)
                && QuotedNames.isQuote(tokens, i + 1);
    }

    /**
     * Whether a word the model took for a place or an organization may be a person's family name: no list knows it and
     * the news does not use it mostly as another kind of name, or the list gives it alone as a person's family name.
     */
    private static boolean mayBeAPerson(FeatureExtractor.Extracted x, int i, WordClusters clusters,
                                        Gazetteer gazetteer) {
        if (x.gazetteer()[i] == 0) {
            return !NewsPriors.isMostlyOtherName(x.words()[i], clusters);
        }
        Gazetteer.Contextual surname = gazetteer.contextual(x.words()[i]);
        return surname != null && surname.name().type() == NameType.PERS;
    }

    /**
     * A family name that the gazetteer lists alone for a person (=باشينيان, =لافروف) is that person standing alone
     * even where the document does not name them in full (بينما اتهم باشينيان باكو), unless the news uses the word
     * mostly outside names, however rarely (=حبوب: "grains"); also where the model took it alone for another kind
     * of name that no list gives it (مع "علييف" و"[باشينيان]", a MISC name between quotes).
     */
    private static void tagListedSurnames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l,
                                          WordClusters clusters, Gazetteer gazetteer) {
        for (int i = 0; i < l.length; i++) {
            // a name of another kind may follow (اتهم باشينيان باكو)
            boolean nextFree = i + 1 == l.length || l[i + 1] == Labels.O
                    || Labels.isBegin(l[i + 1]) && Labels.type(l[i + 1]) != NameType.PERS;
            // or the model took it alone, between quotes, for another kind of name
            boolean mistyped = NameRules.isLoneName(l, i) && Labels.type(l[i]) != NameType.PERS;
            // never a word that a list gives another kind of name as well (أوساكا, the city): only beside the full name
            if (l[i] != Labels.O && !mistyped || !nextFree || !freeBefore(tokens, x, l, i) || x.gazetteer()[i] != 0) {
                continue;
            }
            Gazetteer.Contextual listed = gazetteer.contextual(x.words()[i]);
            if (listed != null && listed.name().type() == NameType.PERS
                    && clusters.prior(listed.bare()) != NewsPriors.MOSTLY_OUTSIDE) {
                l[i] = Labels.begin(NameType.PERS);
            }
        }
    }

    /**
     * The family names of the persons named in full in one sentence, and the one-word persons' names that the news
     * mostly knows as persons ({@link #knownPersonName}).
     */
    private static Surnames surnames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l,
                                     WordClusters clusters, Gazetteer gazetteer) {
        Surnames surnames = Surnames.NONE;
        for (int i = 0; i < tokens.size(); i++) {
            String known = NameRules.isLoneName(l, i) && Labels.type(l[i]) == NameType.PERS
                    ? knownPersonName(tokens, x, i, clusters, gazetteer) : null;
            if (known != null) {
                if (surnames == Surnames.NONE) {
                    surnames = Surnames.empty();
                }
                surnames.names().add(known);
                surnames.tails().add(tail(tokens, i));
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            boolean endsPerson = l[i] == Labels.inside(NameType.PERS)
                    && (i + 1 == tokens.size() || !Labels.isInside(l[i + 1]));
            if (!endsPerson || x.triggers()[i] != 0 || JOINERS.get(x.words()[i - 1], 0) != 0
                    || JOINERS.get(x.words()[i], 0) != 0
                    || COMPOUND_ENDS.get(x.words()[i], 0) != 0) {
                continue;
            }
            String surname = ArabicNormalizer.normalize(tokens.token(i));
            boolean common = NewsPriors.isMostlyOutsideNames(x.words()[i], clusters)
                    && !isForeignName(surname, clusters);
            Gazetteer.Name listed = gazetteer.lookup(surname);
            Gazetteer.Contextual alone = listed == null || listed.type() == NameType.PERS ? null
                    : gazetteer.contextual(x.words()[i]);
            if (surname.length() >= 3 && (listed == null || listed.type() == NameType.PERS
                    || alone != null && alone.name().type() == NameType.PERS)) {
                if (surnames == Surnames.NONE) {
                    surnames = Surnames.empty();
                }
                (common ? surnames.quoted() : surnames.names()).add(surname);
                surnames.tails().add(tail(tokens, i));
            }
        }
        return surnames;
    }

    /**
     * A person's name of one word, tagged alone, that the news tags as a person often enough to tell
     * ({@link NewsPriors#isOftenPerson}: ترامب, لولا, شي), normalized and without the proclitic it may carry (لترامب);
     * else null. Not a given name or a title (صالح, حسن: common words too), nor a definite word, nor a name that a list
     * gives another type. The model misses some of its other mentions in the article, in contexts it reads as common
     * words (تصريحات مماثلة لترامب).
     */
    private static String knownPersonName(TokenSpans tokens, FeatureExtractor.Extracted x, int i,
                                          WordClusters clusters, Gazetteer gazetteer) {
        if (x.triggers()[i] != 0 || JOINERS.get(x.words()[i], 0) != 0) {
            return null;
        }
        String word = ArabicNormalizer.normalize(tokens.token(i));
        if (!NewsPriors.isOftenPerson(x.words()[i], clusters)) {
            String bare = null;
            for (String p : PROCLITICS) {
                if (word.length() > p.length() + 2 && word.startsWith(p)
                        && NewsPriors.isOftenPerson(Hashing.ofFolded(word.substring(p.length())), clusters)) {
                    bare = word.substring(p.length());
                }
            }
            if (bare == null) {
                return null;
            }
            word = bare;
        }
        Gazetteer.Name listed = gazetteer.lookup(word);
        // not a definite word: الأسد is the lion too, and the full name's repeats are taken anyway (بشار الأسد)
        boolean otherType = listed != null && listed.type() != NameType.PERS;
        return word.length() >= 3 && !word.startsWith("ال") && !otherType ? word : null;
    }

    /**
     * Whether a word that the news mostly uses outside names is rather a family name that the model missed there
     * (أدرعي, 38 times): fewer than {@value SpeakerNames#FAMILY_COUNT} times in the news, and never written with ال, as
     * an adjective or a noun is (رئيسي: الرئيسي); or, when definite, never written without it, and with no plural
     * or feminine ending (العليان, 24 times: 3 repeats over ANT).
     */
    private static boolean isForeignName(String word, WordClusters clusters) {
        if (clusters.count(word) >= SpeakerNames.FAMILY_COUNT) {
            return false;
        }
        if (word.startsWith("ال")) { // العليان: never written without ال, and no plural nor feminine ending
            String bare = word.substring(2);
            return bare.length() >= 3 && clusters.count(bare) == 0 && !word.endsWith("ه") && !word.endsWith("ات")
                    && !word.endsWith("ون") && !word.endsWith("ين");
        }
        return clusters.count("ال" + word) == 0;
    }

    /** Not next to another name, not after a joining word or a word announcing a name of another kind. */
    private static boolean standsAlone(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l, int i) {
        return freeBefore(tokens, x, l, i) && (i + 1 == l.length || l[i + 1] == Labels.O);
    }

    /**
     * Not after another name, a joining word or a word announcing a name of another kind; after a person's name only
     * with و, which begins the next name of a list (كوشنر وبولتون [وبومبيو]).
     */
    private static boolean freeBefore(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l, int i) {
        if (i == 0) {
            return true;
        }
        if (l[i - 1] != Labels.O) {
            boolean nextOfList = Labels.type(l[i - 1]) == NameType.PERS && tokens.text()[tokens.starts()[i]] == 'و'
                    && x.stripped()[i] != x.words()[i];
            // a country or a capital of one word, the subject of a verb before its object: اعتقلت أنقرة برانسون
            boolean afterPlace = l[i - 1] == Labels.begin(NameType.LOC) && i >= 2 && l[i - 2] == Labels.O
                    && !NameRules.isDefinite(tokens, i - 1);
            return nextOfList || afterPlace;
        }
        int before = x.triggers()[i - 1];
        boolean announcesOther = before != 0 && before != Gazetteer.triggerCode(NameType.PERS)
                && before != Gazetteer.FIRST_NAME;
        return !announcesOther && JOINERS.get(x.words()[i - 1], 0) == 0;
    }

    /**
     * Whether a normalized word is one of {@code surnames} (normalized names of one word), after at most two
     * proclitics; also used for the organizations of {@link OrganizationRepeats}.
     */
    static boolean isRepeat(String word, Set<String> surnames) {
        if (surnames.contains(word)) {
            return true;
        }
        for (String p : PROCLITICS) {
            if (word.length() > p.length() + 2 && word.startsWith(p)) {
                String rest = word.substring(p.length());
                if (surnames.contains(rest) || p.endsWith("ل") && surnames.contains("ا" + rest)) {
                    return true; // لبرانسون; للأسد = ل + الأسد
                }
            }
        }
        return false;
    }
}
