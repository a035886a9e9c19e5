package io.khabar.entities;

import java.util.List;

/** Head words that a place's name keeps, or leaves outside, as ANERcorp tags them. */
final class PlaceHeads {

    /** شبه, "semi-", with its clitics: لشبه, بشبه, وشبه. */
    private static final LongIntMap SHIBH = LongIntMap.ofWords(LongIntMap.withClitics(List.of("شبه"), "", "ل", "ب",
            "و"));
    /** جزيرة, "island", with or without ال (ة and ه fold together). */
    private static final LongIntMap JAZIRA = LongIntMap.ofWords(List.of("جزيرة", "الجزيرة"));

    /**
     * Head words that ANERcorp leaves outside the name after them: قطاع, بحيرة, مدينة, بلاد, صحيفة, وكالة, with their
     * clitics. Not جبل, which is inside جبل طارق and film titles (جبل بروكباك).
     */
    private static final LongIntMap OUTSIDE_HEADS = LongIntMap.ofWords(LongIntMap.withClitics(List.of("قطاع", "بحيرة",
            "مدينة", "بلاد", "صحيفة", "وكالة"), "", "و", "ب", "ل", "ف", "ك", "وب", "ول"));
    /** أنباء, "news", definite or not: وكالة الأنباء القطرية is one name, or none, never وكالة [الأنباء القطرية]. */
    private static final LongIntMap NEWS = LongIntMap.ofWords(List.of("أنباء", "الأنباء"));

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
     * A head word that ANERcorp leaves outside the name after it is no name, nor the name's first word: قطاع [غزة],
     * بحيرة [تشاد], مدينة [الصدر], بلاد [الشام], صحيفة [الأهرام], وكالة [فرانس برس]. In the training sentences these
     * heads stand outside the name before them 17 times of 18 (قطاع), 5 of 5, 105 of 105, 14 of 14, 13 of 13 and 9 of
     * 12; not وكالة before أنباء (وكالة الأنباء القطرية, وكالة أنباء الشرق الأوسط: the whole name, or none). The
     * gazetteer lists some of these names whole (قطاع غزة, for article mode, one place with its canonical name), and
     * the model, led by it, tags the head as a name of its own or as the name's first word. CoNLL mode only. Out of
     * fold +0.0011 to +0.0014 on seeds 7-10.
     */
    static void trimOutsideHeads(long[] words, int[] labels) {
        for (int i = 0; i + 1 < labels.length; i++) {
            if (Labels.isBegin(labels[i]) && OUTSIDE_HEADS.contains(words[i]) && !NEWS.contains(words[i + 1])) {
                NameRules.leaveHeadOutside(labels, i);
            }
        }
    }
}
