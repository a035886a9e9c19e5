package io.khabar.arabic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Map;
import java.util.Set;

/**
 * The months of the Hijri calendar (محرم … ذو الحجة), as Gulf news writes them beside or instead of the Gregorian
 * date ({@code 15 رمضان 1442هـ الموافق 27 أبريل 2021م}), and their conversion with the JDK's Umm al-Qura calendar
 * ({@link HijrahDate}, the official calendar of Saudi Arabia, valid for 1300-1600 AH). Names are matched on
 * {@link ArabicNormalizer#normalize normalized} text.
 */
final class HijriMonths {

    /** Normalized one- or two-word names (two joined by one space) to month numbers 1..12. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("محرم", 1), Map.entry("المحرم", 1), Map.entry("صفر", 2),
            Map.entry("ربيع الاول", 3), Map.entry("ربيع اول", 3),
            Map.entry("ربيع الاخر", 4), Map.entry("ربيع اخر", 4), Map.entry("ربيع الثاني", 4), Map.entry("ربيع ثاني", 4),
            Map.entry("جمادي الاولي", 5), Map.entry("جمادي الاول", 5), Map.entry("جمادي اولي", 5),
            Map.entry("جمادي الاخره", 6), Map.entry("جمادي الاخر", 6), Map.entry("جمادي الثانيه", 6),
            Map.entry("جمادي الثاني", 6), Map.entry("جمادي اخره", 6),
            Map.entry("رجب", 7), Map.entry("شعبان", 8), Map.entry("رمضان", 9), Map.entry("شوال", 10),
            Map.entry("ذو القعده", 11), Map.entry("ذي القعده", 11), Map.entry("ذو الحجه", 12), Map.entry("ذي الحجه", 12));

    /** First words of the two-word names. */
    private static final Set<String> TWO_WORD_HEADS = Set.of("ربيع", "جمادي", "ذو", "ذي");

    /** Words after a year that mark it Hijri, normalized: هـ ({@link DateWords#HIJRI_SUFFIX}), هجري, هجرية, للهجرة. */
    static final Set<String> YEAR_MARKS = Set.of(DateWords.HIJRI_SUFFIX, "هجري", "هجريه", "للهجره");

    static final int MIN_YEAR = 1300;
    static final int MAX_YEAR = 1600;

    private HijriMonths() {
    }

    /** The month number of a normalized name (one word, or two joined by one space), or 0. */
    static int monthOf(String normalizedName) {
        Integer month = MONTHS.get(normalizedName);
        return month == null ? 0 : month;
    }

    static boolean isTwoWordHead(String normalizedWord) {
        return TWO_WORD_HEADS.contains(normalizedWord);
    }

    /** The Gregorian date of a Hijri day, or null when the day does not exist or is out of the calendar's range. */
    static LocalDate toGregorian(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
