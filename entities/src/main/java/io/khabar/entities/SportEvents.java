package io.khabar.entities;

import java.util.List;
import java.util.regex.Pattern;

/** Sports competitions named by their year. */
final class SportEvents {

    /** مونديال with its clitics and article and a year glued to it: ومونديال2006, المونديال1998. */
    private static final Pattern MONDIAL_YEAR = Pattern.compile("^[ولب]?(ال)?مونديال(19|20)\\d\\d$");
    /** مونديال with its clitics and article: لمونديال, المونديال (folded hashes). */
    private static final LongIntMap MONDIAL = LongIntMap.ofWords(LongIntMap.withClitics(List.of("مونديال",
            "المونديال"), "", "و", "ل", "ب"));
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d\\d$");

    private SportEvents() {
    }

    /**
     * مونديال with a year is the World Cup of that year, a MISC name: [مونديال 2006], [مونديال1998]. ANERcorp's training
     * sentences tag it so 4 times of 5 (without the year, مونديال is mostly untagged); out of fold on seeds 7-10 the
     * model left 3 to 4 of them untagged. Both modes; only where the words are untagged.
     */
    static void tagWorldCupYears(TokenSpans tokens, long[] words, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != Labels.O) {
                continue;
            }
            // a glued year is rare: the token's string is built only when it ends in a digit
            if (Character.isDigit(tokens.text()[tokens.ends()[i] - 1])
                    && MONDIAL_YEAR.matcher(tokens.token(i)).matches()) {
                NameRules.labelName(labels, i, i + 1, NameType.MISC);
            } else if (MONDIAL.contains(words[i]) && i + 1 < labels.length
                    && YEAR.matcher(tokens.token(i + 1)).matches()
                    && labels[i + 1] == Labels.O && NameRules.noNameContinuesAt(labels, i + 2)) {
                NameRules.labelName(labels, i, i + 2, NameType.MISC);
                i++;
            }
        }
    }
}
