package io.khabar.entities;

import java.util.regex.Pattern;

/** Head words that a place's name keeps, as ANERcorp tags them. */
final class PlaceHeads {

    /** شبه, "semi-", with its clitics: لشبه, بشبه, وشبه. */
    private static final Pattern SHIBH = Pattern.compile("^[ولب]?شبه$");
    private static final Pattern JAZIRA = Pattern.compile("^(ال)?جزير[ةه]$");

    private PlaceHeads() {
    }

    /**
     * شبه الجزيرة is one place's name with the name that follows it: [شبه الجزيرة العربية], [لشبه الجزيرة الكورية],
     * [شبه جزيرة عمان], where the model tags شبه alone, or leaves it out (لشبه [الجزيرة الكورية]). ANERcorp's training
     * sentences tag شبه inside the name 11 times of 12. شبه must be untagged or a place alone, and a place must
     * begin at الجزيرة or right after it. Both modes. Out of fold +0.0008 on each of seeds 7-10.
     */
    static void joinPeninsulas(TokenSpans tokens, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int i = 0; i + 1 < labels.length; i++) {
            boolean shibh = labels[i] == Labels.O || labels[i] == place && NameRules.isLoneName(labels, i);
            if (!shibh || !SHIBH.matcher(tokens.token(i)).matches()
                    || !JAZIRA.matcher(tokens.token(i + 1)).matches()) {
                continue;
            }
            int j = i + 1;
            int end;
            if (labels[j] == place || labels[j] == Labels.inside(NameType.LOC) && labels[i] == place) {
                end = NameRules.endOfName(labels, j);
            } else if (labels[j] == Labels.O && j + 1 < labels.length && labels[j + 1] == place) {
                end = NameRules.endOfName(labels, j + 1);
            } else {
                continue;
            }
            NameRules.labelName(labels, i, end, NameType.LOC);
            i = end - 1;
        }
    }
}
