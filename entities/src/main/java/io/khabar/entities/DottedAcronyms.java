package io.khabar.entities;

import java.util.List;

/**
 * An acronym written as the names of Latin letters joined by dots (إن.بي.سي, إف.بي.آي, إيه.تي.آر) is one word to a
 * reader, but the tokenizer splits it at the dots, and the model, reading إن as "that" and بي as a piece of
 * something, tags part of it: إن.[بي.سي نيوز], [إف.بي].آي, [إيه.تي].[آر]. A name that takes in a piece of such an
 * acronym takes in all of it, through the names it runs into, and so the word the acronym is written into
 * (جيه.بي.[مورغان], [سي.إن.إن].ترك): each dot of the chain has a letter's name on one side at least.
 */
final class DottedAcronyms {

    private static final LongIntMap V = LongIntMap.ofWords(List.of("في", "ڤي"));

    private DottedAcronyms() {
    }

    /** Grows the names of one sentence's labels (changed in place) to the whole acronyms they touch. */
    static void grow(TokenSpans tokens, long[] words, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            if (!Labels.isBegin(labels[s])) {
                continue;
            }
            NameType type = Labels.type(labels[s]);
            int begin = s;
            while (begin >= 2 && isDotBetween(tokens, begin - 2)
                    && (isLetterName(words, begin - 2) || isLetterName(words, begin))) {
                begin -= 2;
            }
            int end = NameRules.endOfName(labels, s);
            while (end + 1 < labels.length && isDotBetween(tokens, end - 1)
                    && (isLetterName(words, end - 1) || isLetterName(words, end + 1))) {
                end += 2;
                if (end < labels.length && Labels.isInside(labels[end])) {
                    end = NameRules.endOfName(labels, end - 1); // the name the acronym runs into
                }
            }
            if (begin < s || end > NameRules.endOfName(labels, s)) {
                NameRules.labelName(labels, begin, end, type);
            }
            s = end - 1;
        }
    }

    /** Whether token {@code i + 1} is a dot written between tokens {@code i} and {@code i + 2}, with no space. */
    private static boolean isDotBetween(TokenSpans tokens, int i) {
        return i + 2 < tokens.size() && NameRules.isMark(tokens, i + 1, ".")
                && tokens.ends()[i] == tokens.starts()[i + 1] && tokens.ends()[i + 1] == tokens.starts()[i + 2];
    }

    /** Whether token {@code i} names a Latin letter; between dots في is the letter V (إن.تي.في), not "in". */
    private static boolean isLetterName(long[] words, int i) {
        return NotNames.LETTER_NAMES.contains(words[i]) || V.contains(words[i]);
    }
}
