package io.khabar.entities;

import java.util.List;

/**
 * Corrections of the extent of a person's name: it takes in آل and the family name, the word after a joining word
 * (بن, عبد, أبو) and the kunya before it (أبو هريرة), and leaves out a title at its start (والشاعر عبدالرحمن).
 */
final class PersonNames {

    private static final long AL_FAMILY = Hashing.ofFolded("آل");

    /** Words that join a person's name to the word after it (حاتم بن عرفة, أسماء بنت قادة, معين عبد الملك). */
    private static final LongIntMap NAME_JOINERS = LongIntMap.ofWords(List.of("بن", "ابن", "بنت", "أبو", "عبد"));

    /** The kunya's first word: father of (أبو هريرة). */
    private static final LongIntMap KUNYA = LongIntMap.ofWords(List.of("أبو", "أبي", "أبا"));

    /** The preposition على ("on", "against"), which folds to the given name علي. */
    private static final String ALA = "على";

    private PersonNames() {
    }

    /**
     * A person's name that the model starts with على, written with ى, starts after it: on folded text the preposition
     * is the given name علي, and the model takes the word after it into a name (حكم على كريس, الحكم على بدوي, أوضح
     * على تويتر). Not when the name as written is a listed person's (على خامنئي, على عبد الله صالح: علي written the
     * Egyptian way; the gazetteer marks, on folded words, say so). What is left of the name stays for the rules after
     * this one to type (تويتر is listed as an organization).
     */
    static void trimLeadingPreposition(TokenSpans tokens, int[] gz, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != begin || !tokens.token(s).equals(ALA)) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            boolean listed = (gz[s] & Gazetteer.beginBit(NameType.PERS)) != 0
                    && Gazetteer.nameEnd(gz, s, NameType.PERS) == e;
            if (listed) {
                continue;
            }
            labels[s] = Labels.O;
            if (s + 1 < e) {
                labels[s + 1] = begin;
            }
        }
    }

    /**
     * A person's title that the model put at the start of the name is left out of it (والشاعر عبدالرحمن →
     * عبدالرحمن, as ANERcorp does), unless a listed name starts there (الأميرة ديانا).
     */
    static void trimLeadingTitles(int[] triggers, int[] gz, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        int personTitle = 1 + NameType.PERS.ordinal();
        int listedPerson = Gazetteer.beginBit(NameType.PERS);
        for (int s = 0; s + 1 < labels.length; s++) {
            while (s + 1 < labels.length && labels[s] == begin && labels[s + 1] == inside
                    && triggers[s] == personTitle && (gz[s] & listedPerson) == 0) {
                labels[s] = Labels.O;
                labels[++s] = begin;
            }
        }
    }

    /**
     * A person's name that runs over و and a person's title (إبراهيم عبد المجيد والشاعر أحمد حجازي) is two names: the
     * first ends before the title and the second starts after it. Not a listed name (a title inside it is its own).
     */
    static void splitAtJoinedTitles(TokenSpans tokens, int[] triggers, int[] gz, int[] labels) {
        int inside = Labels.inside(NameType.PERS);
        int personTitle = 1 + NameType.PERS.ordinal();
        int listedPerson = Gazetteer.beginBit(NameType.PERS) | Gazetteer.insideBit(NameType.PERS);
        for (int k = 1; k + 1 < labels.length; k++) {
            if (labels[k] == inside && labels[k + 1] == inside && triggers[k] == personTitle
                    && (gz[k] & listedPerson) == 0 && tokens.text()[tokens.starts()[k]] == 'و'
                    && NameRules.isWord(tokens, k - 1)) {
                labels[k] = Labels.O;
                labels[k + 1] = Labels.begin(NameType.PERS);
            }
        }
    }

    /**
     * A person's name ending in آل, or followed by آل and a word, takes in the family name (آل سعود, آل نهيان); a
     * name the model starts just after آل starts at آل (دعم آل سعود). So does a name that the model ends at a word
     * that joins it to the next (بن, ابن, بنت, أبو, عبد; not أبي, which folds to آبي, Abe): حاتم بن عرفة, أسماء بنت
     * قادة, معين عبد الملك.
     */
    static void extendFamilyNames(TokenSpans tokens, long[] words, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        for (int e = 1; e < labels.length; e++) {
            boolean nameEndsBefore = (labels[e - 1] == begin || labels[e - 1] == inside) && labels[e] != inside;
            if (!nameEndsBefore) {
                continue;
            }
            boolean joinsNext = words[e - 1] == AL_FAMILY ? labels[e - 1] == inside : NAME_JOINERS.contains(words[e - 1]);
            if (joinsNext && NameRules.isWord(tokens, e)
                    && (labels[e] == Labels.O || labels[e] == begin)) {
                labels[e] = inside;
            } else if (words[e] == AL_FAMILY && labels[e] == Labels.O && e + 1 < labels.length
                    && NameRules.isWord(tokens, e + 1)
                    && (labels[e + 1] == Labels.O || labels[e + 1] == begin)) {
                labels[e] = inside;
                labels[e + 1] = inside;
            }
        }
        for (int a = 0; a + 1 < labels.length; a++) {
            if (words[a] == AL_FAMILY && labels[a] == Labels.O && labels[a + 1] == begin) {
                labels[a] = begin;
                labels[a + 1] = inside;
            }
        }
    }

    /**
     * A person's name right after أبو / أبي / أبا takes that word in: it is the name's first word, the kunya
     * (استخلف عليها أبا هريرة, the model having tagged هريرة alone). Not أم, which is also "mother of" (دور أم بينيت).
     */
    static void growToKunya(TokenSpans tokens, long[] words, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] == begin && labels[s - 1] == Labels.O && KUNYA.contains(words[s - 1])) {
                labels[s - 1] = begin;
                labels[s] = Labels.inside(NameType.PERS);
            }
        }
    }
}
