package io.khabar.entities;

import java.util.List;

/** Head words that a place's name keeps, or leaves outside, as ANERcorp tags them. */
final class PlaceHeads {

    /** شبه, "semi-", with its clitics: لشبه, بشبه, وشبه. */
    private static final LongIntMap SHIBH = LongIntMap.ofWords(List.of("شبه", "لشبه", "بشبه", "وشبه"));
    /** جزيرة, "island", with or without ال (ة and ه fold together). */
    private static final LongIntMap JAZIRA = LongIntMap.ofWords(List.of("جزيرة", "الجزيرة"));

    /** قطاع, "strip", with its clitics. */
    private static final LongIntMap QITAA = LongIntMap.ofWords(List.of("قطاع", "وقطاع", "بقطاع", "لقطاع", "فقطاع"));
    /** غزة, with or without و (ة and ه fold together). */
    private static final LongIntMap GAZA = LongIntMap.ofWords(List.of("غزة", "وغزة"));

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

    /**
     * قطاع is outside the name of the Gaza Strip: في قطاع [غزة], as ANERcorp's training sentences tag it 20 times of
     * 21. The gazetteer lists قطاع غزة whole (article mode keeps it so, one place with its canonical name), and the
     * model, led by it, tags قطاع as a place of its own or as the name's first word. CoNLL mode only.
     */
    static void trimSectorHeads(long[] words, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int i = 0; i + 1 < labels.length; i++) {
            if (labels[i] != place || !QITAA.contains(words[i]) || !GAZA.contains(words[i + 1])) {
                continue;
            }
            boolean alone = labels[i + 1] == place;
            boolean first = labels[i + 1] == Labels.inside(NameType.LOC) && NameRules.noNameContinuesAt(labels, i + 2);
            if (alone || first) {
                labels[i] = Labels.O;
                labels[i + 1] = place;
            }
        }
    }
}
