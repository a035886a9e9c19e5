package io.khabar.entities;

import java.util.List;

/**
 * The dateline that opens an agency's article: the place, a dash and the source (جدة - الشرق الأوسط, موسكو -
 * سبوتنيك.). The source is a news medium, an organization, whatever else its words may name.
 */
final class Datelines {

    /** Words for a medium under which the gazetteer lists a source's name (صحيفة الأهرام for الأهرام). */
    private static final List<String> MEDIA_HEADS = List.of("صحيفة", "وكالة", "قناة", "موقع", "مجلة", "شبكة");

    /** The longest source name taken: الشرق الأوسط, بوابة الوسط, اليوم السابع. */
    private static final int MAX_SOURCE_WORDS = 4;

    private Datelines() {
    }

    /**
     * A sentence that is a place's name, a dash (or a slash: إغدير/ الأناضول) and up to four words, alone or before a
     * full stop, colon or comma: the words are the source, an organization. A listed place that the model left untagged
     * before a dash that opens a sentence is tagged (مسقط - استقبل السلطان …); before a slash, when a listed
     * organization or medium follows it (إغدير/ الأناضول). A name the model tagged there
     * as another type is retyped (جدة - [الشرق الأوسط], the newspaper, not the region); untagged words are taken when
     * the gazetteer lists them after a word for a medium (القاهرة - الأهرام, listed as صحيفة الأهرام). For article
     * mode.
     */
    static void tagSources(TokenSpans tokens, int[] labels, Gazetteer gazetteer) {
        if (labels.length < 3) {
            return;
        }
        retypeDatelinePlace(tokens, labels, gazetteer);
        tagPlaceBeforeCountry(tokens, labels, gazetteer);
        boolean placeTagged = labels[0] == Labels.begin(NameType.LOC);
        int dash = placeTagged ? NameRules.endOfName(labels, 0) : untaggedPlaceEnd(tokens, labels, gazetteer);
        if (dash < 0 || dash + 1 >= labels.length || labels[dash] != Labels.O || !isDash(tokens.token(dash))) {
            return;
        }
        // a listed place before a dash that opens the sentence is where the article is written from, whatever
        // follows (مسقط - استقبل السلطان …); before a slash only when a source follows (إغدير/ الأناضول)
        if (!placeTagged && !tokens.token(dash).equals("/")) {
            NameRules.labelName(labels, 0, dash, NameType.LOC);
            placeTagged = true;
        }
        int s = dash + 1;
        if (placeTagged && NameRules.isMark(tokens, s, "(")) {
            tagBracketedSource(tokens, labels, s + 1, gazetteer);
            return;
        }
        int e = sourceEnd(tokens, labels, s);
        if (e < 0) {
            return;
        }
        if (!placeTagged) {
            if (NameRules.namesIn(labels, s, e) <= 1 && isListedSource(tokens, s, e, gazetteer)) {
                NameRules.labelName(labels, 0, dash, NameType.LOC); // إغدير/ الأناضول: where the agency writes from
                NameRules.labelName(labels, s, e, NameType.ORG);
            }
        } else if (NameRules.isOneName(labels, s, e)) {
            NameRules.retypeName(labels, s, NameType.ORG);
        } else if (NameRules.namesIn(labels, s, e) == 0 && isListedMedium(tokens, s, e, gazetteer)) {
            NameRules.labelName(labels, s, e, NameType.ORG);
        }
    }

    /**
     * A name of another type that opens the sentence before a dash and a listed medium or news agency (بيشكيك -
     * سبوتنيك., taken for an organization; سول - (يونهاب) -) is the place the agency writes from; so is a listed place
     * before a dash and the sentence's words (سول - أعلن الرئيس …, which the model, having learned ANERcorp's club
     * results, took for an organization). Not a name that a list gives another type.
     */
    private static void retypeDatelinePlace(TokenSpans tokens, int[] labels, Gazetteer gazetteer) {
        if (!Labels.isBegin(labels[0]) || Labels.type(labels[0]) == NameType.LOC) {
            return;
        }
        int dash = NameRules.endOfName(labels, 0);
        if (dash > 3 || dash + 1 >= labels.length || !isDash(tokens.token(dash)) || tokens.token(dash).equals("/")) {
            return;
        }
        // a listed name of another kind stays: فرانس 24 / أ ف ب is a credit, النصر السعودي – مولودية الجزائر a match
        Gazetteer.Name name = gazetteer.lookup(tokens.words(0, dash));
        if (name != null && name.type() != NameType.LOC) {
            return;
        }
        // a listed place before a dash and the sentence's untagged words is where the article is written from (سول -
        // أعلن الرئيس …), whatever the model made of it
        if (name != null && labels[dash + 1] == Labels.O && NameRules.isWord(tokens, dash + 1)) {
            NameRules.retypeName(labels, 0, NameType.LOC);
            return;
        }
        // the source in brackets (سول - (يونهاب) -), or ending at a full stop, a colon or a comma: a line that ends
        // with a name is a result or a pair
        int s = dash + 1;
        boolean bracketed = NameRules.isMark(tokens, s, "(");
        if (bracketed) {
            s++;
        }
        int e = bracketed ? bracketedSourceEnd(tokens, labels, s) : sourceEnd(tokens, labels, s);
        if (e > 0 && e < labels.length && isListedSource(tokens, s, e, gazetteer)) {
            NameRules.retypeName(labels, 0, NameType.LOC);
        }
    }

    /** The end of one to {@value #MAX_SOURCE_WORDS} words from token {@code s} before a closing bracket, or -1. */
    private static int bracketedSourceEnd(TokenSpans tokens, int[] labels, int s) {
        int e = wordsEnd(tokens, labels, s);
        return e > s && e < labels.length && NameRules.isMark(tokens, e, ")") ? e : -1;
    }

    /**
     * The source in brackets after the place and its dash (مسقط - (العمانية) -, المنامة - (بنا) -) is an organization
     * when a list gives it so: as a name, after a word for a medium, or as a spelling that is a name only in such a
     * context (=العمانية: the Omani agency here, the adjective "Omani" elsewhere; =بنا, "with us" elsewhere).
     */
    private static void tagBracketedSource(TokenSpans tokens, int[] labels, int s, Gazetteer gazetteer) {
        int e = bracketedSourceEnd(tokens, labels, s);
        if (e < 0 || NameRules.namesIn(labels, s, e) > 0 && !NameRules.isOneName(labels, s, e)) {
            return;
        }
        boolean listed = isListedSource(tokens, s, e, gazetteer);
        if (!listed && e == s + 1 && labels[s] == Labels.O) {
            Gazetteer.Contextual spelling = gazetteer.contextual(Hashing.ofFolded(tokens.token(s)));
            listed = spelling != null && spelling.name().type() == NameType.ORG;
        }
        if (listed) {
            NameRules.labelName(labels, s, e, NameType.ORG);
        }
    }

    /**
     * A name, or one or two untagged words, that open the sentence before a country in brackets and a dash are the
     * place the article is written from: بتلر (بنسلفانيا) -, taken for a person; درنة (ليبيا) - (أ ف ب) -. Not a name
     * that a list gives another type.
     */
    private static void tagPlaceBeforeCountry(TokenSpans tokens, int[] labels, Gazetteer gazetteer) {
        int e = 0;
        if (Labels.isBegin(labels[0])) {
            e = NameRules.endOfName(labels, 0);
        } else {
            while (e < 2 && e < labels.length && labels[e] == Labels.O && NameRules.isWord(tokens, e)) {
                e++;
            }
        }
        if (e == 0 || labels[0] == Labels.begin(NameType.LOC) || !isPlaceAndCountry(tokens, labels, 0, e)) {
            return;
        }
        Gazetteer.Name name = gazetteer.lookup(tokens.words(0, e));
        if (name == null || name.type() == NameType.LOC) {
            NameRules.labelName(labels, 0, e, NameType.LOC);
        }
    }

    /**
     * Whether the name [s, e) opens the sentence before a country in brackets, a dash, and no name after it or one
     * without a country in brackets: a dateline (درنة (ليبيا) - (أ ف ب) -), not a line of results, which goes on with
     * the next club and its country (ليون ( فرنسا ) - ميلان ( إيطاليا )).
     */
    static boolean isPlaceAndCountry(TokenSpans tokens, int[] labels, int s, int e) {
        if (s != 0 || e + 1 >= labels.length || !NameRules.isMark(tokens, e, "(")
                || labels[e + 1] != Labels.begin(NameType.LOC)) {
            return false;
        }
        int close = NameRules.endOfName(labels, e + 1);
        int dash = close + 1;
        if (dash + 1 >= labels.length || !NameRules.isMark(tokens, close, ")") || !isDash(tokens.token(dash))) {
            return false;
        }
        if (labels[dash + 1] == Labels.O) {
            return true;
        }
        int next = NameRules.endOfName(labels, dash + 1);
        return next == labels.length || !NameRules.isMark(tokens, next, "(");
    }

    /**
     * The end of the one to {@value #MAX_SOURCE_WORDS} words from token {@code s}, a source's name, when the sentence
     * ends there or a full stop, colon or comma follows them; -1 otherwise.
     */
    private static int sourceEnd(TokenSpans tokens, int[] labels, int s) {
        int e = wordsEnd(tokens, labels, s);
        return e == s || (e < labels.length && !isSourceEnd(tokens.token(e))) ? -1 : e;
    }

    /** The end of the words from token {@code s}, at most {@value #MAX_SOURCE_WORDS} of them. */
    private static int wordsEnd(TokenSpans tokens, int[] labels, int s) {
        int e = s;
        while (e < labels.length && e - s < MAX_SOURCE_WORDS && NameRules.isWord(tokens, e)) {
            e++;
        }
        return e;
    }

    /** Whether tokens [s, e) are a listed organization or medium (سبوتنيك, الأهرام as صحيفة الأهرام). */
    private static boolean isListedSource(TokenSpans tokens, int s, int e, Gazetteer gazetteer) {
        Gazetteer.Name listed = gazetteer.lookup(tokens.words(s, e));
        return listed != null && listed.type() == NameType.ORG || isListedMedium(tokens, s, e, gazetteer);
    }

    /** The end of one to three untagged words that open the sentence and that the gazetteer lists as a place, or -1. */
    private static int untaggedPlaceEnd(TokenSpans tokens, int[] labels, Gazetteer gazetteer) {
        int e = 0;
        while (e < labels.length && e < 3 && labels[e] == Labels.O && NameRules.isWord(tokens, e)) {
            e++;
        }
        if (e == 0 || e == labels.length || NameRules.isWord(tokens, e)) {
            return -1;
        }
        Gazetteer.Name place = gazetteer.lookup(tokens.words(0, e));
        return place != null && place.type() == NameType.LOC ? e : -1;
    }

    /** Whether tokens [s, e) are listed after a word for a medium (الأهرام as صحيفة الأهرام). */
    static boolean isListedMedium(TokenSpans tokens, int s, int e, Gazetteer gazetteer) {
        String words = tokens.words(s, e);
        for (String head : MEDIA_HEADS) {
            Gazetteer.Name listed = gazetteer.lookup(head + ' ' + words);
            if (listed != null && listed.type() == NameType.ORG) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(String token) {
        return token.equals("-") || token.equals("–") || token.equals("—") || token.equals("/");
    }

    private static boolean isSourceEnd(String token) {
        return token.equals(".") || token.equals(":") || token.equals("،") || token.equals(",");
    }
}
