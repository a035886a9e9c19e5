package io.khabar.arabic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verbs that news puts in the future (ستبدأ, سيعقد, وستنشر), as folded words ({@link ArabicNormalizer#foldLetter}):
 * س, then ي or ت, then the stem of one of the verbs news uses most for what is to come, with و or ف before it or
 * not. A closed list, not a pattern: many transliterated names begin with سي or ست (سيرغي, ستيفن, سيلفا).
 */
public final class FutureVerbs {

    /** Stems of the verbs, folded, without س and the person's letter. */
    private static final List<String> STEMS = List.of("بدا", "عقد", "جري", "كون", "مثل", "علن", "صدر", "قام",
            "توجه", "نطلق", "لتقي", "زور", "عود", "عاد", "واجه", "خوض", "لعب", "شارك", "غادر", "حضر", "حدث", "نشر",
            "ستانف", "صل", "جتمع", "فتتح", "نظر", "قدم", "طلب", "كشف", "وقع", "عرض", "نظم", "نفذ", "تخذ", "غلق",
            "تراس", "حتفل", "ستمر", "خضع", "ستهل", "دخل", "صوت", "ختتم", "نعقد", "تم", "لقي", "بحث", "وصل", "جمع",
            "طلق", "قيم", "نهي", "سلم", "صادق", "دلي", "قرر", "بت", "تولي", "خلف", "دفع", "نتخب", "ستضيف", "ستقبل",
            "نضم", "فوز", "صبح", "قود");

    /** The verbs' future forms, folded. */
    public static final Set<String> FORMS = forms("س", STEMS);

    private FutureVerbs() {
    }

    /**
     * The third-person forms of verbs given by their stems (folded, without the person's letter): و or ف or neither,
     * then {@code tense} (س for the future, empty for the present), then ي or ت, then the stem.
     */
    static Set<String> forms(String tense, List<String> stems) {
        Set<String> forms = new HashSet<>();
        for (String stem : stems) {
            for (String person : List.of("ي", "ت")) {
                for (String conj : List.of("", "و", "ف")) {
                    forms.add(conj + tense + person + stem);
                }
            }
        }
        return Set.copyOf(forms);
    }
}
