package io.khabar.arabic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Arabic month names in both systems in use: the transliterated (يناير … ديسمبر, Egypt and the Maghreb) and the
 * Syriac (كانون الثاني … كانون الأول, the Levant and Iraq), plus Maghrebi variants. Names are matched on
 * {@link ArabicNormalizer#normalize normalized} text.
 */
public final class ArabicMonths {

    /** The Syriac names, normalized, to month numbers 1..12. */
    private static final Map<String, Integer> SYRIAC = Map.ofEntries(
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
            Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
            Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الاول", 12),
            // the same without ال, as often written (كانون ثاني, تشرين أول)
            Map.entry("كانون ثاني", 1), Map.entry("تشرين اول", 10), Map.entry("تشرين ثاني", 11),
            Map.entry("كانون اول", 12));

    /** Normalized single- or two-word month names to month numbers 1..12: the transliterated and the Syriac. */
    private static final Map<String, Integer> MONTHS = withSyriac(Map.ofEntries(
            Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4),
            Map.entry("مايو", 5), Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7),
            Map.entry("يوليه", 7), Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10),
            Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12),
            // Maghrebi
            Map.entry("جانفي", 1), Map.entry("فيفري", 2), Map.entry("افريل", 4), Map.entry("ماي", 5),
            Map.entry("جوان", 6), Map.entry("جويليه", 7), Map.entry("جويلية", 7), Map.entry("اوت", 8),
            Map.entry("غشت", 8), Map.entry("شتنبر", 9), Map.entry("نونبر", 11), Map.entry("دجنبر", 12)));

    /** First words of two-word Syriac month names. */
    private static final List<String> TWO_WORD_HEADS = List.of("كانون", "تشرين");

    private ArabicMonths() {
    }

    /** The month number of a normalized name (one word, or two words joined by one space), or 0. */
    public static int monthOf(String normalizedName) {
        Integer month = MONTHS.get(normalizedName);
        return month == null ? 0 : month;
    }

    /** True when a normalized name (one word, or two joined by one space) is a Syriac month name (تموز, كانون الثاني). */
    public static boolean isSyriac(String normalizedName) {
        return SYRIAC.containsKey(normalizedName);
    }

    /** True when a normalized word starts a two-word Syriac month name (كانون, تشرين). */
    public static boolean isTwoWordHead(String normalizedWord) {
        return TWO_WORD_HEADS.contains(normalizedWord);
    }

    private static Map<String, Integer> withSyriac(Map<String, Integer> transliterated) {
        Map<String, Integer> all = new HashMap<>(transliterated);
        all.putAll(SYRIAC);
        return Map.copyOf(all);
    }

    /** Every normalized month name known, one or two words. */
    public static Iterable<String> names() {
        return MONTHS.keySet();
    }
}
