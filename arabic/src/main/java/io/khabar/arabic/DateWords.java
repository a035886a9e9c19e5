package io.khabar.arabic;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/** The folded words around dates: weekdays, year markers, relative qualifiers, clitics. */
final class DateWords {

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "الاحد", DayOfWeek.SUNDAY, "الاثنين", DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY,
            "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس", DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY,
            "السبت", DayOfWeek.SATURDAY);

    /** عام / سنة with the clitics that attach to them (لعام, بعام, وعام, للعام ...). */
    static final Set<String> YEAR_MARKERS = Set.of(
            "عام", "العام", "لعام", "للعام", "بعام", "وعام", "فعام", "والعام", "بالعام",
            "وبعام", "ولعام", "وللعام", "سنه", "السنه", "وبسنه", "ولسنه", "لسنه", "للسنه", "بسنه", "وسنه", "والسنه", "بالسنه");

    static final Set<String> PAST = Set.of("الماضي", "المنصرم", "الفائت", "السابق");
    static final Set<String> NEXT = Set.of("المقبل", "القادم");
    static final Set<String> CURRENT = Set.of("الجاري", "الحالي");

    static final Set<String> YESTERDAY = Set.of("امس", "وامس", "الامس", "بالامس", "وبالامس");

    /** Words for a part of a day that make a following bare weekday a date (صباح الأحد). */
    static final Set<String> DAY_PARTS = Set.of(
            "صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "عصر", "نهار", "ظهيره", "وصباح", "ومساء", "وليل", "وليله");

    static final Set<String> DAY = Set.of("يوم", "ويوم", "بيوم", "ليوم");

    /** The Syriac (Levantine) month names, folded: in a pair with a transliterated name the latter wins. */
    static final Set<String> SYRIAC_MONTHS = Set.of(
            "كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول",
            "تشرين الثاني", "كانون الاول");

    /** Suffixes glued to a year: م and ء (Urdu) for the common era. هـ marks a Hijri year, never taken. */
    static final Set<String> YEAR_SUFFIXES = Set.of("م", "ء");
    static final String HIJRI_SUFFIX = "ه";

    private DateWords() {
    }

    /** The weekday of a folded word, allowing a leading و (والخميس), or null. */
    static DayOfWeek weekday(String norm) {
        DayOfWeek day = WEEKDAYS.get(norm);
        if (day == null && norm.length() > 4 && norm.charAt(0) == 'و') {
            day = WEEKDAYS.get(norm.substring(1));
        }
        return day;
    }

    /** The month of a one-word folded name, allowing one leading clitic (و ب ل ف) before names of 3+ letters. */
    static int month(String norm) {
        int month = ArabicMonths.monthOf(norm);
        if (month == 0 && norm.length() > 3 && isClitic(norm.charAt(0))) {
            month = ArabicMonths.monthOf(norm.substring(1));
        }
        return month;
    }

    /** The length of the clitic that {@link #month} stripped from {@code norm}: 0 or 1. */
    static int monthCliticLength(String norm) {
        return ArabicMonths.monthOf(norm) != 0 ? 0 : 1;
    }

    static boolean isSyriac(String norm) {
        return SYRIAC_MONTHS.contains(norm) || (norm.length() > 3 && isClitic(norm.charAt(0))
                && ArabicMonths.monthOf(norm) == 0 && SYRIAC_MONTHS.contains(norm.substring(1)));
    }

    private static boolean isClitic(char c) {
        return c == 'و' || c == 'ب' || c == 'ل' || c == 'ف';
    }
}
