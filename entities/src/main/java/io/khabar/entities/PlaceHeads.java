package io.khabar.entities;

import java.util.List;

/** Head words that a place's name keeps, as ANERcorp tags them. */
final class PlaceHeads {

    /** شبه, "semi-", with its clitics: لشبه, بشبه, وشبه. */
    private static final LongIntMap SHIBH = LongIntMap.ofWords(List.of("شبه", "لشبه", "بشبه", "وشبه"));
    /** جزيرة, "island", with or without ال (ة and ه fold together). */
    private static final LongIntMap JAZIRA = LongIntMap.ofWords(List.of("جزيرة", "الجزيرة"));

    private PlaceHeads() {
    }

    /**
     * شبه الجزيرة is one place's name with the name that follows it: [شبه الجزيرة العربية], [لشبه الجزيرة الكورية],
     * [شبه جزيرة عمان], where the model tags شبه alone, or leaves it out (لشبه [الجزيرة الكورية]). ANERcorp's training
     * sentences tag شبه inside the name 11 times of 12. شبه must be untagged or a place alone, and a place must
     * begin at الجزيرة or right after it. Both modes. Out of fold +0.0008 on each of seeds 7-10.
     */
    static void joinPeninsulas(long[] words, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int i = 0; i + 1 < labels.length; i++) {
            boolean shibh = labels[i] == Labels.O || labels[i] == place && NameRules.isLoneName(labels, i);
            if (!shibh || !SHIBH.contains(words[i]) || !JAZIRA.contains(words[i + 1])) {
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
