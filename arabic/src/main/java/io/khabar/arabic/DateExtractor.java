package io.khabar.arabic;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.khabar.model.DateMention;

/**
 * Finds date expressions in Arabic text and gives them ISO values.
 *
 * <p>What is found, in one left-to-right pass over the tokens of a paragraph (no regular expressions):
 * <ul>
 *   <li>day, month, year: {@code 9 نوفمبر 2020}, {@code 9 تشرين الثاني/نوفمبر 2020}, {@code 29 أغسطس عام 1997},
 *       {@code 31/10/2020}, {@code 2020-10-31} → {@code 2020-11-09}. When a Levantine and a transliterated month
 *       name are paired and disagree ({@code تشرين الأول/نوفمبر}) the transliterated one wins;</li>
 *   <li>a Hijri day with its year ({@code 15 رمضان 1442هـ}) → its Gregorian date by the Umm al-Qura calendar
 *       ({@code 2021-04-27});</li>
 *   <li>the day may also be written out as an ordinal before من ({@code الحادي عشر من سبتمبر 2001},
 *       {@code الثالث من أغسطس/آب}), and من شهر may stand between day and month ({@code 19 من شهر يونيو});</li>
 *   <li>the first day of a pair or a range of days of one month takes the second's month and year
 *       ({@code 12 و13 أغسطس}, {@code من 18 إلى 25 أغسطس});</li>
 *   <li>day and month without a year ({@code 27 سبتمبر/أيلول الماضي}): the year comes from the publication date:
 *       with الماضي or after منذ the latest such day not after it, with المقبل the first one after it, with no
 *       qualifier the one of the publication year unless that is more than six months ahead or nine months behind
 *       ({@code 15 ديسمبر} or {@code 4 مارس} in September are this year's, {@code 27 سبتمبر} in January last
 *       year's); in a clause that a future verb or a word of plans puts in the future, the first such day after
 *       publication, or one of the month before it ({@code على أن يفتتح البطولة في 21 نوفمبر} in April is this
 *       year's). When the publication date is unknown, {@link #extractArticle} reads them against the first full
 *       date of the lead, else they are skipped;</li>
 *   <li>month and year ({@code أيلول/سبتمبر 2020} → {@code 2020-09}); a month with الماضي/المقبل/الجاري when the
 *       publication date is known (or, through {@link #extractArticle}, the first full date of the lead); and,
 *       when it is known, a bare month after a word of time (في، منذ، خلال، حتى، مطلع، منتصف، أواخر، نهاية, …:
 *       {@code في يونيو} → the June from 8 months before publication to 4 after;
 *       after منذ, the last one not after it). A bare month after anything else is no date (مارس is also a verb);
 *       with or without its day, a month followed by a year said relative to publication takes that year
 *       ({@code في مايو من العام الماضي}, {@code 5 يونيو من هذا العام}, {@code ديسمبر العام المقبل});</li>
 *   <li>years introduced by عام/سنة with clitics ({@code عام 1997}, {@code لعام 1997}, {@code بعام}) →
 *       {@code 1997}, or by a season ({@code صيف 2021}); both years after the dual ({@code عامي 2008 و2009}); bare
 *       numbers are never dates;</li>
 *   <li>relative days, only when the publication date is known: {@code اليوم الأحد} (the publication date when its
 *       weekday matches, else the nearest such weekday before it), {@code أمس} / {@code يوم أمس} /
 *       {@code أمس الأحد} (the day before), {@code أول أمس}, {@code غدا} and {@code بعد غد} (with an optional weekday
 *       after them), {@code الثلاثاء الماضي} (the last Tuesday before
 *       publication), {@code الجمعة الماضية}, {@code الثلاثاء المقبل}, and a weekday after يوم, a part of day
 *       (صباح، مساء، ليل), between commas, after a comma or a closing quote without the second comma (وقال روحاني،
 *       الأحد قبل مغادرته), with و opening a sentence (والجمعة دعا) or after any word of the sentence (أجرت محادثات
 *       الثلاثاء), not a weekly
 *       day (صلاة الجمعة, كل جمعة) nor الاثنين as "the two" (the nearest such weekday not after publication; after a
 *       future verb or the present of a scheduled event in the words before it, ستبدأ يوم الاثنين, يلعب الفريق
 *       الأحد, the nearest not before it). A weekday followed by a date
 *       ({@code يوم الثلاثاء 2 أكتوبر}) is one mention with the date's value.</li>
 * </ul>
 * Digits may be Arabic-Indic or Persian. Offsets are characters into the given text, end exclusive.
 */
public final class DateExtractor {

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;
    private static final String COMMAS = ",،";
    /** What ends the words before a weekday that {@link #afterClause} takes: a comma, a closing quote or bracket. */
    private static final String CLAUSE_ENDS = ",،\"»”)";
    private static final String SENTENCE_ENDS = ".؟?!؛;:";
    /** The paragraphs whose first full date may stand in for an unknown publication date (dateline and lead). */
    private static final int LEAD_PARAGRAPHS = 4;

    private DateExtractor() {
    }

    /**
     * Dates mentioned in one paragraph, in text order.
     *
     * @param paragraph     the paragraph index, copied into each mention
     * @param text          the paragraph's text
     * @param publishedDate the article's publication date, for relative mentions (اليوم الثلاثاء); may be null
     */
    public static List<DateMention> extract(int paragraph, String text, LocalDate publishedDate) {
        return extract(paragraph, text, publishedDate, null);
    }

    /**
     * Dates mentioned in an article's paragraphs, in text order. When the publication date is unknown, a day and
     * month without a year ({@code 27 أيلول/سبتمبر}, {@code 20 تشرين الثاني}) or a month with الماضي/المقبل
     * ({@code أيار/مايو الماضي}) takes its year from the article's first full date instead (the lead's
     * {@code 8 تشرين الثاني/نوفمبر 2020}), which news writes close to publication: the year that puts it nearest
     * that date. Only a date of the first {@value #LEAD_PARAGRAPHS} paragraphs (dateline and lead) is taken: a full
     * date further down is most often background (the war that began on 15 April 2023), and a year read against it
     * would be wrong. Weekdays and other relative mentions still need the publication date.
     */
    public static List<DateMention> extractArticle(List<String> paragraphs, LocalDate publishedDate) {
        List<DateMention> found = new ArrayList<>();
        LocalDate anchor = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            List<DateMention> here = extract(i, paragraphs.get(i), publishedDate, anchor);
            if (publishedDate == null && anchor == null && i < LEAD_PARAGRAPHS) {
                anchor = here.stream().map(DateMention::value).filter(DateExtractor::isDay).findFirst()
                        .map(LocalDate::parse).orElse(null);
                if (anchor != null) {
                    // the first full date: the paragraphs so far again, read against it (the later ones once)
                    found.clear();
                    for (int j = 0; j <= i; j++) {
                        found.addAll(extract(j, paragraphs.get(j), null, anchor));
                    }
                    continue;
                }
            }
            found.addAll(here);
        }
        return found;
    }

    /** {@code yearAnchor} stands in for the publication date for a day and month without a year; may be null. */
    private static List<DateMention> extract(int paragraph, String text, LocalDate publishedDate,
                                             LocalDate yearAnchor) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        DateTokens tokens = new DateTokens(text);
        List<DateMention> found = new ArrayList<>(2);
        LocalDate yearReference = publishedDate != null ? publishedDate : yearAnchor;
        int k = 0;
        while (k < tokens.size()) {
            Match match = matchAt(tokens, k, publishedDate, yearReference);
            if (match == null) {
                k++;
            } else if (match.value == null) {
                k = match.nextToken;
            } else {
                Match dated = datedWeekday(tokens, match, publishedDate, yearReference);
                Match kept = dated != null ? dated : match;
                int firstDay = dated == null ? firstDayOfPair(tokens, k, match.value) : -1;
                if (firstDay >= 0 && (found.isEmpty() || found.get(found.size() - 1).end() <= tokens.start(firstDay))) {
                    String value = LocalDate.parse(match.value).withDayOfMonth(tokens.value(firstDay)).toString();
                    found.add(mention(text, tokens.start(firstDay), tokens.end(firstDay), value, paragraph));
                }
                found.add(mention(text, kept.start, kept.end, kept.value, paragraph));
                int secondYear = secondYearOfDual(tokens, k, kept);
                if (secondYear >= 0) {
                    found.add(mention(text, tokens.start(secondYear), tokens.end(secondYear),
                            Integer.toString(tokens.value(secondYear)), paragraph));
                    k = secondYear + 1;
                } else {
                    k = addJoinedMonths(tokens, text, paragraph, k, kept, found, publishedDate, yearReference);
                }
            }
        }
        return found;
    }

    /**
     * Adds the months joined by و to the month {@code kept} found at token {@code k} ({@link #coordinatedMonths}), and
     * returns the token after the last of them ({@code kept}'s next token when none follows). A year or qualifier
     * after the last month holds for the bare ones before it (بين سبتمبر ونوفمبر من العام الماضي), {@code kept}'s
     * mention, already added, included.
     */
    private static int addJoinedMonths(DateTokens t, String text, int paragraph, int k, Match kept,
                                       List<DateMention> found, LocalDate published, LocalDate yearReference) {
        List<Joined> joined = coordinatedMonths(t, kept, published, yearReference);
        if (joined.isEmpty()) {
            return kept.nextToken;
        }
        Joined last = joined.get(joined.size() - 1);
        String lastValue = last.match().value;
        boolean reYear = !last.bare();
        MonthSpan keptMonth = monthAt(t, k);
        if (reYear && keptMonth != null && keptMonth.end == kept.end) { // kept is a month: months were joined to it
            found.set(found.size() - 1, mention(text, kept.start, kept.end, monthBefore(kept.value, lastValue),
                    paragraph));
        }
        for (Joined and : joined) {
            Match m = and.match();
            String value = reYear && and.bare() ? monthBefore(m.value, lastValue) : m.value;
            found.add(mention(text, m.start, m.end, value, paragraph));
        }
        return last.match().nextToken;
    }

    /** A month joined by و to the one before it, and whether it stands bare (no year or qualifier of its own). */
    private record Joined(Match match, boolean bare) {
    }

    /**
     * The months joined by و to the month that {@code first} names ({@code بين أبريل ويونيو}, {@code خلال شهري يوليو
     * وأغسطس}, {@code في يناير كانون الثاني ومارس آذار}, after a comma too), in order; empty when none follows. A
     * month with its own year or qualifier takes it and ends the run (يونيو ويوليو الماضيين); a bare one is of the
     * year of the month before it, or of the next when it comes earlier in the year (ديسمبر ويناير).
     */
    private static List<Joined> coordinatedMonths(DateTokens t, Match first, LocalDate published,
                                                  LocalDate yearReference) {
        List<Joined> joined = new ArrayList<>(2);
        Match previous = first;
        while (isMonth(previous.value)) {
            int k = previous.nextToken;
            if (k >= t.size() || !t.norm(k).startsWith("و")
                    || !(t.spaceBefore(k) || (t.gapBeforeHasAny(k, COMMAS) && !t.gapBeforeHasAny(k, SENTENCE_ENDS)))) {
                break;
            }
            MonthSpan month = monthAt(t, k);
            if (month == null || month.start != t.start(k) + 1) {
                break;
            }
            Match own = monthYear(t, k, published, yearReference);
            if (own != null && own.value != null) {
                joined.add(new Joined(own, false));
                break;
            }
            int year = Integer.parseInt(previous.value.substring(0, 4));
            int previousMonth = Integer.parseInt(previous.value.substring(5));
            previous = new Match(month.start, month.end,
                    yearMonth(month.month < previousMonth ? year + 1 : year, month.month), month.last + 1);
            joined.add(new Joined(previous, true));
        }
        return joined;
    }

    /** Whether an ISO value names a month ({@code 2018-08}). */
    private static boolean isMonth(String value) {
        return value.length() == "2018-08".length();
    }

    /** {@code month}'s month in the year that ends with {@code last}'s month: of its year, or the one before. */
    private static String monthBefore(String month, String last) {
        int year = Integer.parseInt(last.substring(0, 4));
        int m = Integer.parseInt(month.substring(5));
        return yearMonth(m <= Integer.parseInt(last.substring(5)) ? year : year - 1, m);
    }

    private static DateMention mention(String text, int start, int end, String value, int paragraph) {
        return new DateMention(text.substring(start, end), value, paragraph, start, end);
    }

    /** Whether an ISO value names a day ({@code 2018-08-13}), not a month or a year. */
    private static boolean isDay(String value) {
        return value.length() == "2018-08-13".length();
    }

    /** Words between the two days of a pair or a range of days of one month (12 و13 أغسطس, من 18 إلى 25 أغسطس). */
    private static final Set<String> DAY_PAIR_WORDS = Set.of("و", "الي", "حتي");

    /**
     * The token of the first day of a pair or a range of days of one month whose second day begins the full date
     * {@code value} found at token {@code k} ({@code 12 و13 أغسطس}, {@code 7 و 12 سبتمبر}, {@code من 18 إلى 25
     * أغسطس}, {@code 12-13 أغسطس}), or -1. The first day must come before the second: {@code 18 إلى 5 أغسطس} runs
     * from another month.
     */
    private static int firstDayOfPair(DateTokens t, int k, String value) {
        if (!t.isNumber(k) || t.digits(k) > 2 || !isDay(value)) {
            return -1;
        }
        int first;
        if (k >= 2 && DAY_PAIR_WORDS.contains(t.norm(k - 1)) && t.spaceBefore(k - 1)) {
            first = k - 2;
        } else if (k >= 1 && (t.sepBefore(k, '-') || t.sepBefore(k, '–'))) {
            first = k - 1;
        } else {
            return -1;
        }
        int second = t.value(k);
        return t.isNumber(first) && t.digits(first) <= 2 && t.value(first) >= 1 && t.value(first) < second
                && !t.tightSepBefore(first, '/') && !t.tightSepBefore(first, '.') ? first : -1;
    }

    /**
     * A weekday followed by the date it names ({@code يوم الثلاثاء 2 أكتوبر/ تشرين الأول}, {@code الأحد، 7 أكتوبر},
     * {@code الاثنين الموافق الخامس عشر من أكتوبر}):
     * one mention with the date's value. Alone, the weekday would take the one before publication, which the date
     * need not be (an article of Wednesday 10 October about Tuesday the 2nd). Null when {@code weekday} is not a
     * weekday or no full date follows it.
     */
    private static Match datedWeekday(DateTokens t, Match weekday, LocalDate published, LocalDate yearReference) {
        int next = weekday.nextToken;
        if (DateWords.weekday(t.norm(next - 1)) == null || !t.spaceBetween(weekday.end, next)) {
            return null;
        }
        if (t.is(next, "الموافق") && t.spaceBefore(next + 1)) {
            // الاثنين الموافق 15 أكتوبر, الاثنين الموافق الخامس عشر من أكتوبر: "falling on"
            next++;
        } else if (!t.isNumber(next)) {
            return null;
        }
        Match date = matchAt(t, next, published, yearReference);
        if (date == null || date.value == null || !isDay(date.value)) {
            return null;
        }
        return new Match(weekday.start, date.end, date.value, date.nextToken);
    }

    /**
     * Parses a text that is wholly a publication date, as in a date line under a title
     * ({@code السبت 31 أكتوبر 2020 11:46 ص}) or a dateline's date part ({@code 21 نوفمبر 2021ء}); ISO 8601 text is
     * accepted too.
     *
     * @return an ISO 8601 date ({@code 2020-09-28}) or local date-time ({@code 2020-10-31T11:46}), or null when the
     *         text is not only a date
     */
    public static String parsePublished(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String iso = parseIso(text.strip());
        if (iso != null) {
            return iso;
        }
        return new PublishedDateParser(new DateTokens(text)).parse();
    }

    /**
     * The calendar date of an ISO 8601 publication value ({@code 2020-10-31}, {@code 2020-10-31T11:46},
     * {@code 2018-08-01T00:07:46Z}), as written (no zone conversion), or null when absent or not ISO.
     */
    public static LocalDate dateOf(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(publishedAt.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String parseIso(String text) {
        try {
            return OffsetDateTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            // not an offset date-time; try the next shape
        }
        try {
            return ZonedDateTime.parse(text).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDateTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            // next
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A mention found at a token: its span, value (null: consumed but not a date) and the token to resume at. */
    private record Match(int start, int end, String value, int nextToken) {
    }

    /** A month name (one or two words, or a slash/parenthesis pair) ending at token {@code last}. */
    record MonthSpan(int month, int start, int end, int last) {
    }

    /**
     * The date mention at token {@code k}, or null. {@code yearReference} is the date a day and month, or a month
     * with الماضي/المقبل, without a year are read against: the publication date, or when it is unknown the
     * lead's first full date.
     */
    private static Match matchAt(DateTokens t, int k, LocalDate published, LocalDate yearReference) {
        if (t.isNumber(k)) {
            Match m = dayMonth(t, k, yearReference);
            if (m == null) {
                m = hijriDate(t, k);
            }
            return m != null ? m : numericDate(t, k);
        }
        String norm = t.norm(k);
        if (DateWords.month(norm) != 0 || ArabicMonths.isTwoWordHead(norm)) {
            return monthYear(t, k, published, yearReference);
        }
        if (DateWords.YEAR_MARKERS.contains(norm) || DateWords.DUAL_YEAR_MARKERS.contains(norm)
                || DateWords.SEASONS.contains(norm)) {
            return markedYear(t, k);
        }
        DateWords.OrdinalDay ordinal = DateWords.ordinalDay(t, k);
        // النصف الأول من أكتوبر: an ordinal after a definite noun other than اليوم or الموافق ("falling on")
        // qualifies that noun
        boolean ofANoun = k > 0 && t.spaceBefore(k) && t.norm(k - 1).startsWith("ال") && !t.is(k - 1, "اليوم")
                && !t.is(k - 1, "الموافق");
        if (ordinal != null && !ofANoun) {
            Match m = dayMonth(t, k, ordinal.day(), ordinal.lastToken(), true, yearReference);
            if (m == null) {
                m = hijriDate(t, k, ordinal.day(), ordinal.lastToken(), true);
            }
            if (m != null) {
                return m;
            }
        }
        if (norm.equals("اول") || norm.equals("واول")) {
            // أول يوليو: the first day of the month (أول أمس is relative, below)
            Match m = dayMonth(t, k, 1, k, false, yearReference);
            if (m != null) {
                return m;
            }
        }
        if (published == null) {
            return null;
        }
        return relative(t, k, norm, published);
    }

    /** {@code 9 نوفمبر 2020}, {@code 9 تشرين الثاني/نوفمبر عام 2020}, {@code 27 سبتمبر الماضي}. */
    private static Match dayMonth(DateTokens t, int k, LocalDate published) {
        int day = t.value(k);
        if (t.digits(k) > 2 || day < 1 || day > 31) {
            return null;
        }
        return dayMonth(t, k, day, k, false, published);
    }

    /**
     * A day (the tokens {@code k..dayEnd}) and the month after it, with من or من شهر between (required after an
     * ordinal, {@code needsMin}), then a year, a qualifier or neither.
     */
    private static Match dayMonth(DateTokens t, int k, int day, int dayEnd, boolean needsMin, LocalDate published) {
        // a day in digits may touch the month (7آب/أغسطس) or stand before it with a slash (10/ سبتمبر أيلول)
        boolean slashed = t.isNumber(k) && t.sepBefore(dayEnd + 1, '/') && !t.tightSepBefore(dayEnd + 1, '/')
                && !t.isNumber(dayEnd + 1);
        if (!t.spaceBefore(dayEnd + 1) && !(t.isNumber(k) && t.glued(dayEnd + 1)) && !slashed) {
            return null;
        }
        int monthToken = afterMin(t, dayEnd + 1);
        if (needsMin && monthToken == dayEnd + 1) {
            return null;
        }
        MonthSpan month = monthAt(t, monthToken);
        if (month == null) {
            return published == null ? null : dayOfRelativeMonth(t, k, day, monthToken, published);
        }
        int yearToken = yearAfter(t, month);
        if (yearToken >= 0) {
            LocalDate date = safeDate(t.value(yearToken), month.month, day);
            // An impossible date (31 فبراير) is consumed whole, so its month and year are not taken alone.
            return new Match(t.start(k), t.end(yearToken), date == null ? null : date.toString(), yearToken + 1);
        }
        if (k > 0 && t.spaceBefore(k) && DateWords.NAMED_BY_DATE.contains(t.norm(k - 1))) {
            // without its year, a name (ثورة 25 يناير, مدينة 6 أكتوبر): consumed whole, so its month is no date
            return new Match(t.start(k), month.end, null, month.last + 1);
        }
        if (published == null) {
            return null;
        }
        RelativeYear relativeYear = relativeYearAfter(t, month, published);
        if (relativeYear != null) {
            LocalDate date = safeDate(relativeYear.year(), month.month, day);
            return date == null ? null : new Match(t.start(k), t.end(relativeYear.last()), date.toString(),
                    relativeYear.last() + 1);
        }
        int next = month.last + 1;
        String word = t.spaceBetween(month.end, next) ? t.norm(next) : null;
        // any other word after the month is no qualifier (27 سبتمبر و9 نوفمبر: the nearest 27 September)
        String qualifier = word != null && (DateWords.PAST.contains(word) || DateWords.NEXT.contains(word)
                || DateWords.CURRENT.contains(word)) ? word : null;
        int year = published.getYear();
        int end = month.end;
        int resume = month.last + 1;
        if (qualifier != null) {
            end = t.end(next);
            resume = next + 1;
        }
        LocalDate date = safeDate(year, month.month, day);
        if (date == null) {
            return null;
        }
        if (qualifier == null && sinceBefore(t, k)) {
            date = date.isAfter(published) ? safeDate(year - 1, month.month, day) : date; // منذ السابع من أكتوبر
        } else if (qualifier == null) {
            date = futureBefore(t, k) ? upcoming(published, month.month, day) : closestTo(published, month.month, day);
        } else if (DateWords.NEXT.contains(qualifier)) {
            if (!date.isAfter(published)) {
                date = safeDate(year + 1, month.month, day);
            }
        } else if (DateWords.PAST.contains(qualifier) && date.isAfter(published)) {
            date = safeDate(year - 1, month.month, day);
        }
        return date == null ? null : new Match(t.start(k), end, date.toString(), resume);
    }

    /**
     * A day of the month of publication, or of the month before or after it, named by a qualifier instead of the
     * month's name: {@code 21 الجاري}, {@code 21 من الشهر الجاري}, {@code السابع من الشهر الحالي}, {@code 5 الشهر
     * الماضي}, {@code 3 من الشهر المقبل}. The qualifier alone (without الشهر) can only be الجاري or الحالي, after a
     * word of time or a weekday ({@code في 17 الجاري}, {@code الخميس 21 الجاري}). Null when
     * no such qualifier stands at {@code q} or the month has no such day.
     */
    private static Match dayOfRelativeMonth(DateTokens t, int k, int day, int q, LocalDate published) {
        boolean month = q < t.size() && t.is(q, "الشهر");
        int word = month ? q + 1 : q;
        if (word >= t.size() || !t.spaceBefore(word)) {
            return null;
        }
        // without الشهر, only after a word of time or a weekday: إس 9 الحالي is a phone
        if (!month && (k == 0 || !(DateWords.BEFORE_BARE_DAY.contains(t.norm(k - 1))
                || DateWords.weekday(t.norm(k - 1)) != null))) {
            return null;
        }
        String norm = t.norm(word);
        int offset;
        if (DateWords.CURRENT.contains(norm)) {
            offset = 0;
        } else if (month && DateWords.PAST.contains(norm)) {
            offset = -1;
        } else if (month && DateWords.NEXT.contains(norm)) {
            offset = 1;
        } else {
            return null;
        }
        YearMonth named = YearMonth.from(published).plusMonths(offset);
        if (day > named.lengthOfMonth()) {
            return null;
        }
        return new Match(t.start(k), t.end(word), named.atDay(day).toString(), word + 1);
    }

    /**
     * A Hijri day with its year ({@code 15 رمضان 1442هـ}, {@code 1 من شهر ذي الحجة 1439 هـ}, {@code 10 جمادى الأولى
     * 1440}) → its Gregorian date (2021-04-27) by the Umm al-Qura calendar. The year must be in 1300-1600; the mark
     * after it (هـ, هجري, للهجرة) is taken into the mention when present. Without a year nothing is taken: رجب,
     * شعبان and رمضان are also given names.
     */
    private static Match hijriDate(DateTokens t, int k) {
        int day = t.value(k);
        if (t.digits(k) > 2 || day < 1 || day > 30) {
            return null;
        }
        return hijriDate(t, k, day, k, false);
    }

    /**
     * A Hijri day (the tokens {@code k..dayEnd}: digits, or an ordinal, التاسع من ذي الحجة 1445 هـ) and its month and
     * year, with من or من شهر between (required after an ordinal, {@code needsMin}).
     */
    private static Match hijriDate(DateTokens t, int k, int day, int dayEnd, boolean needsMin) {
        if (day > 30 || !t.spaceBefore(dayEnd + 1)) {
            return null;
        }
        int m = afterMin(t, dayEnd + 1);
        if (needsMin && m == dayEnd + 1) {
            return null;
        }
        int month = HijriMonths.monthOf(t.norm(m));
        int monthLast = m;
        if (HijriMonths.isTwoWordHead(t.norm(m)) && t.spaceBefore(m + 1)) {
            month = HijriMonths.monthOf(t.norm(m) + ' ' + t.norm(m + 1));
            monthLast = m + 1;
        }
        int year = monthLast + 1;
        if (DateWords.YEAR_MARKERS.contains(t.norm(year)) && t.spaceBefore(year + 1)) {
            year++;
        }
        if (month == 0 || !t.spaceBefore(year) || !t.isNumber(year) || t.digits(year) != 4
                || t.value(year) < HijriMonths.MIN_YEAR || t.value(year) > HijriMonths.MAX_YEAR) {
            return null;
        }
        int last = HijriMonths.YEAR_MARKS.contains(t.norm(year + 1)) ? year + 1 : year;
        LocalDate date = HijriMonths.toGregorian(t.value(year), month, day);
        return new Match(t.start(k), t.end(last), date == null ? null : date.toString(), last + 1);
    }

    /** The token after من or من شهر at token {@code k} (between a day and its month), or {@code k} when neither. */
    private static int afterMin(DateTokens t, int k) {
        if (!t.is(k, "من") || !t.spaceBefore(k + 1)) {
            return k;
        }
        return t.is(k + 1, "شهر") && t.spaceBefore(k + 2) ? k + 2 : k + 1;
    }

    /** {@code أيلول/سبتمبر 2020} → 2020-09; {@code نوفمبر الماضي} when the publication date is known. */
    private static Match monthYear(DateTokens t, int k, LocalDate published, LocalDate yearReference) {
        MonthSpan month = monthAt(t, k);
        if (month == null) {
            return null;
        }
        int yearToken = yearAfter(t, month);
        if (yearToken >= 0) {
            return new Match(month.start, t.end(yearToken), yearMonth(t.value(yearToken), month.month),
                    yearToken + 1);
        }
        int next = month.last + 1;
        if (yearReference == null) {
            return null;
        }
        RelativeYear relativeYear = relativeYearAfter(t, month, yearReference);
        if (relativeYear != null) {
            return new Match(month.start, t.end(relativeYear.last()), yearMonth(relativeYear.year(), month.month),
                    relativeYear.last() + 1);
        }
        String qualifier = t.spaceBetween(month.end, next) ? t.norm(next) : "";
        int year = yearReference.getYear();
        if (DateWords.PAST.contains(qualifier)) {
            // a publication date's own month is not its past one (نوفمبر الماضي written in November is last year's);
            // a stand-in date from the lead is a day the article reports, on or before publication, so its month
            // may be (a ceasefire of 10 November reported in February: نوفمبر الماضي is that November)
            boolean past = published != null ? month.month >= yearReference.getMonthValue()
                    : month.month > yearReference.getMonthValue();
            year = past ? year - 1 : year;
        } else if (DateWords.NEXT.contains(qualifier)) {
            year = month.month <= yearReference.getMonthValue() ? year + 1 : year;
        } else if (!DateWords.CURRENT.contains(qualifier)) {
            // a bare month needs the publication date
            return published == null ? null : bareMonth(t, k, month, published);
        }
        return new Match(month.start, t.end(next), yearMonth(year, month.month), next + 1);
    }

    /**
     * A month with no year or qualifier, after a word of time ({@code في يونيو}, {@code منذ أبريل}, {@code مطلع
     * تموز/يوليو}): the one from 8 months before publication to 4 after; after منذ the last one not after it; in a
     * clause that a future verb or a word of plans puts in the future ({@link #futureBefore}), the one from the month
     * before publication to 10 after.
     */
    private static Match bareMonth(DateTokens t, int k, MonthSpan month, LocalDate published) {
        // a clitic glued to the month (ويونيو, بيونيو), no word of time before it unless it is a pair, or another
        // month after it (كانون الثاني ديسمبر, a pair that disagrees; not one joined by و, أبريل ويونيو): not taken
        String lead = k > 0 && t.spaceBefore(k) ? t.norm(k - 1) : null;
        MonthSpan after = singleMonth(t, month.last + 1);
        boolean led = lead != null && (DateWords.MONTH_LEADS.contains(lead)
                || (DateWords.WEAK_MONTH_LEADS.contains(lead) && !DateWords.VERB_LIKE_MONTHS.contains(t.norm(k))));
        // a month written in both calendars (انتخابات مايو/أيار, قمة نيسان/أبريل) is no verb nor a person's name;
        // after the word of an event of the past named by its month (حرب أكتوبر/تشرين الأول), no date
        boolean paired = singleMonth(t, k).last < month.last
                && (lead == null || !DateWords.EVENTS_NAMED_BY_MONTH.contains(lead));
        if (month.start > t.start(k) || (after != null && after.start == t.start(month.last + 1))
                || !(led || paired)) {
            return null;
        }
        int offset = month.month - published.getMonthValue();
        int year = published.getYear();
        boolean since = sinceBefore(t, k);
        if (futureBefore(t, k) && !since) {
            // in a clause put in the future (المقرر أن تنطلق البطولة في نوفمبر): from the month before publication
            year = offset < -1 ? year + 1 : year;
        } else if (offset > 4 || (since && offset > 0)) {
            year--;
        } else if (offset < -8) {
            year++;
        }
        return new Match(month.start, month.end, yearMonth(year, month.month), month.last + 1);
    }

    /** {@code عام 1997}, {@code لعام 1997}: a year after عام or سنة. */
    private static Match markedYear(DateTokens t, int k) {
        int year = k + 1;
        if (!t.spaceBefore(year) || !isYear(t, year)) {
            return null;
        }
        return new Match(t.start(k), t.end(year), Integer.toString(t.value(year)), year + 1);
    }

    /**
     * The token of the second year after a dual and its first year ({@code عامي 2008 و2009}, {@code بين عامي 2015 و
     * 2016}), or -1.
     */
    private static int secondYearOfDual(DateTokens t, int k, Match first) {
        int and = first.nextToken;
        if (!DateWords.DUAL_YEAR_MARKERS.contains(t.norm(k)) || !t.is(and, "و") || !t.spaceBefore(and)
                || !isYear(t, and + 1)) {
            return -1;
        }
        return and + 1;
    }

    /** {@code 31/10/2020}, {@code 31-10-2020}, {@code 2020-10-31}, {@code 2020/10/31}. */
    private static Match numericDate(DateTokens t, int k) {
        int second = k + 1;
        int third = k + 2;
        if (!t.isNumber(second) || !t.isNumber(third)) {
            return null;
        }
        char sep = t.text().charAt(t.end(k));
        if ((sep != '/' && sep != '-' && sep != '.') || !t.tightSepBefore(second, sep)
                || !t.tightSepBefore(third, sep) || t.digits(second) > 2) {
            return null;
        }
        LocalDate date = null;
        if (t.digits(k) <= 2 && isYear(t, third)) {
            date = safeDate(t.value(third), t.value(second), t.value(k));
        } else if (t.digits(k) == 4 && t.digits(third) <= 2 && inYearRange(t.value(k))) {
            date = safeDate(t.value(k), t.value(second), t.value(third));
        }
        if (date == null || (t.isNumber(third + 1) && t.tightSepBefore(third + 1, sep))) {
            return null;
        }
        return new Match(t.start(k), t.end(third), date.toString(), third + 1);
    }

    /** (و)اليوم الأحد, أمس, يوم أمس, أول أمس, الثلاثاء الماضي, يوم الثلاثاء, صباح الأحد, ، السبت ،. */
    private static Match relative(DateTokens t, int k, String norm, LocalDate published) {
        if ((norm.equals("اليوم") || norm.equals("واليوم"))
                && (t.spaceBefore(k + 1) || t.sepBefore(k + 1, ',') || t.sepBefore(k + 1, '،'))) {
            DayOfWeek day = DateWords.weekday(t.norm(k + 1));
            if (day != null) {
                return new Match(t.start(k), t.end(k + 1), onOrBefore(published, day).toString(), k + 2);
            }
            return null;
        }
        if (norm.equals("اول") && t.spaceBefore(k + 1)) {
            int y = t.is(k + 1, "من") && t.spaceBefore(k + 2) ? k + 2 : k + 1;
            if (DateWords.YESTERDAY.contains(t.norm(y)) && !t.norm(y).contains("ال")) {
                return new Match(t.start(k), t.end(y), published.minusDays(2).toString(), y + 1);
            }
            return null;
        }
        if (DateWords.DAY.contains(norm) && t.spaceBefore(k + 1)) {
            String next = t.norm(k + 1);
            if (DateWords.YESTERDAY.contains(next)) {
                return yesterday(t, k, k + 1, published);
            }
            if (DateWords.weekday(next) != null) {
                return weekday(t, k, k + 1, published);
            }
            return null;
        }
        if (DateWords.YESTERDAY.contains(norm)) {
            return yesterday(t, k, k, published);
        }
        if (DateWords.TOMORROW.contains(norm)) {
            return comingDay(t, k, k, published, 1);
        }
        if (norm.equals("بعد") && t.spaceBefore(k + 1) && t.is(k + 1, "غد")) {
            return comingDay(t, k, k + 1, published, 2);
        }
        DayOfWeek day = DateWords.weekday(norm);
        if (day == null || k > 0 && t.spaceBefore(k) && DateWords.NAME_JOINERS.contains(t.norm(k - 1))) {
            return null; // عبد الأحد: a person's name
        }
        boolean qualified = t.spaceBefore(k + 1)
                && (DateWords.PAST.contains(t.norm(k + 1)) || DateWords.NEXT.contains(t.norm(k + 1)));
        boolean afterDayPart = k > 0 && t.spaceBefore(k) && DateWords.DAY_PARTS.contains(t.norm(k - 1));
        boolean betweenCommas = t.gapBeforeHasAny(k, COMMAS) && t.gapAfterHasAny(k, COMMAS + ".؛;");
        if (qualified || afterDayPart || betweenCommas || inRunningText(t, k) || afterClause(t, k)
                || opensSentence(t, k, norm)) {
            return weekday(t, k, k, published);
        }
        return null;
    }

    /**
     * A weekday after a comma, a closing quote or a bracket that ends the words before it, in the same sentence:
     * the writer left out the second comma (وقال روحاني، الأحد قبل مغادرته, أعلنت "هواوي" الثلاثاء، طرح). Not
     * الاثنين as "the two" or in a number (، الاثنين معا).
     */
    private static boolean afterClause(DateTokens t, int k) {
        return k > 0 && t.gapBeforeHasAny(k, CLAUSE_ENDS) && !t.gapBeforeHasAny(k, SENTENCE_ENDS + "(«")
                && !(t.spaceBefore(k + 1) && DateWords.TOGETHER.contains(t.norm(k + 1)));
    }

    /**
     * A weekday with و or ف that opens a sentence before a word or a comma (والجمعة دعا أردوغان, والأربعاء، قال:
     * "and on Friday").
     */
    private static boolean opensSentence(DateTokens t, int k, String norm) {
        return (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') && (k == 0 || t.gapBeforeHasAny(k, SENTENCE_ENDS))
                && k + 1 < t.size() && (t.spaceBefore(k + 1) || t.gapAfterHasAny(k, COMMAS));
    }

    /**
     * A weekday after a word of the sentence (أجرت محادثات الثلاثاء مع, الحادث الذي وقع السبت, في وقت لاحق
     * الاثنين): news names the day of an event so. Not a weekly day (كل جمعة, صلاة الجمعة, أيام الخميس) nor
     * الاثنين as "the two" (كلا الاثنين, الاثنين معا) or in a number (الاثنين وثلاثين).
     */
    private static boolean inRunningText(DateTokens t, int k) {
        return k > 0 && t.spaceBefore(k) && !DateWords.NOT_BEFORE_WEEKDAY.contains(t.norm(k - 1))
                && !(t.spaceBefore(k + 1) && DateWords.TOGETHER.contains(t.norm(k + 1)));
    }

    /** How many words before a weekday {@link #futureBefore} reads (المقرر أن تنتهي زيارته يوم الجمعة). */
    private static final int FUTURE_REACH = 5;

    /**
     * Whether a word of {@link DateWords#FUTURE_CUES} stands among the {@link #FUTURE_REACH} words before token
     * {@code k}, in the same sentence: ستبدأ يوم الاثنين, سيمثل أمام المحكمة يوم الاثنين; not after كان (كان من
     * المقرر أن يبدأ ليل الجمعة).
     */
    private static boolean futureBefore(DateTokens t, int k) {
        for (int j = k - 1; j >= 0 && j >= k - FUTURE_REACH; j--) {
            if (t.gapAfterHasAny(j, ".؟?!؛;")) {
                return false;
            }
            if (DateWords.FUTURE_CUES.contains(t.norm(j))) {
                return !pastBefore(t, j) && !pastPlanBefore(t, j);
            }
        }
        return false;
    }

    /** How far back a clause that opens with a plan (من المقرر أن) puts what it says in the future. */
    private static final int PLAN_REACH = 15;

    /**
     * Whether the clause of token {@code k} opens with a plan, من المقرر أن (المنتظر, المزمع, المرتقب, المتوقع), within
     * {@value #PLAN_REACH} words and no comma between: ومن المقرر أن يستضيف رئيس الوزراء البريطاني كير ستارمر قمة
     * أوروبية في لندن الأحد. Not after كان (كان من المقرر أن), nor in a relative clause between, which has its own
     * tense (من المتوقع أن تعلن نتائج الانتخابات التي أجريت الاثنين). For weekdays: a month in such a clause may be a
     * season's (من المتوقع أن تستمر الأمطار من يونيو إلى سبتمبر).
     */
    private static boolean planBefore(DateTokens t, int k) {
        for (int j = k - 1; j >= 1 && j >= k - PLAN_REACH; j--) {
            if (t.gapAfterHasAny(j, ".؟?!؛;،,") || DateWords.RELATIVES.contains(t.norm(j))) {
                return false;
            }
            if (DateWords.PLANS.contains(t.norm(j)) && DateWords.MIN.contains(t.norm(j - 1))
                    && "ان".equals(t.norm(j + 1))) {
                return !pastBefore(t, j);
            }
        }
        return false;
    }

    /** Whether a word of plans with كان before it and أن stand before the verb at {@code j}: كان من المقرر أن يزور. */
    private static boolean pastPlanBefore(DateTokens t, int j) {
        return j >= 2 && "ان".equals(t.norm(j - 1)) && DateWords.FUTURE_CUES.contains(t.norm(j - 2))
                && pastBefore(t, j - 2);
    }

    /** Whether منذ (since) stands right before token {@code k}: what follows is not after publication. */
    private static boolean sinceBefore(DateTokens t, int k) {
        return k > 0 && t.spaceBefore(k) && DateWords.SINCE.contains(t.norm(k - 1));
    }

    /** Whether كان stands in the two words before token {@code k}: كان من المقرر, a plan of the past. */
    private static boolean pastBefore(DateTokens t, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            if (DateWords.WAS.contains(t.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * أمس / يوم أمس, with an optional weekday after it (أمس الأحد): the day before publication. A weekday that is not
     * that day's names the day: the such weekday nearest to the day before publication. News sites date an article
     * by the day it was first written, by the print edition's or the feed's, so أمس الثلاثاء in an article dated
     * Tuesday is that Tuesday and أمس الأحد in one dated Tuesday the Sunday before (of the 5,000 ANT articles', 22
     * name a day other than the one before publication: 11 the day of publication, 11 two days before it).
     */
    private static Match yesterday(DateTokens t, int start, int at, LocalDate published) {
        LocalDate date = published.minusDays(1);
        int last = at;
        DayOfWeek day = t.spaceBefore(at + 1) ? DateWords.weekday(t.norm(at + 1)) : null;
        if (day != null) {
            last = at + 1;
            LocalDate before = onOrBefore(date, day);
            LocalDate after = onOrAfter(date, day);
            date = date.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - date.toEpochDay() ? before : after;
        }
        return new Match(t.start(start), t.end(last), date.toString(), last + 1);
    }

    /**
     * غدا / بعد غد ({@code days} after publication), with an optional weekday after it (غدا الجمعة). A weekday that
     * is not that day's names the day: the nearest such weekday after publication.
     */
    private static Match comingDay(DateTokens t, int start, int at, LocalDate published, int days) {
        LocalDate date = published.plusDays(days);
        int last = at;
        DayOfWeek day = t.spaceBefore(at + 1) ? DateWords.weekday(t.norm(at + 1)) : null;
        if (day != null) {
            last = at + 1;
            date = onOrAfter(published.plusDays(1), day);
        }
        return new Match(t.start(start), t.end(last), date.toString(), last + 1);
    }

    /**
     * A weekday at token {@code at} (with an optional الماضي / المقبل after it), the span starting at {@code start}.
     * Without a qualifier: the nearest such weekday not after publication, or not before it when a word of the
     * clause before the span puts it in the future ({@link #futureBefore}).
     */
    private static Match weekday(DateTokens t, int start, int at, LocalDate published) {
        DayOfWeek day = DateWords.weekday(t.norm(at));
        int last = at;
        boolean ahead = futureBefore(t, start) || planBefore(t, start);
        LocalDate date = ahead ? onOrAfter(published, day) : onOrBefore(published, day);
        if (t.spaceBefore(at + 1)) {
            String qualifier = t.norm(at + 1);
            if (DateWords.PAST.contains(qualifier)) {
                date = onOrBefore(published.minusDays(1), day);
                last = at + 1;
            } else if (DateWords.NEXT.contains(qualifier)) {
                date = onOrAfter(published.plusDays(1), day);
                last = at + 1;
            }
        }
        return new Match(t.start(start), t.end(last), date.toString(), last + 1);
    }

    /** A month name at token {@code k}: one or two words, optionally paired with another by / or (…). */
    static MonthSpan monthAt(DateTokens t, int k) {
        MonthSpan first = singleMonth(t, k);
        if (first == null) {
            return null;
        }
        int next = first.last + 1;
        if (t.spaceBefore(next)) {
            // يوليو تموز, أغسطس آب: a transliterated and a Levantine name side by side (Reuters' style)
            MonthSpan second = singleMonth(t, next);
            if (second != null && second.month == first.month && second.start == t.start(next)
                    && DateWords.isSyriac(monthName(t, first)) != DateWords.isSyriac(monthName(t, second))) {
                return new MonthSpan(first.month, first.start, second.end, second.last);
            }
        } else if (t.sepBefore(next, '/')) {
            MonthSpan second = singleMonth(t, next);
            if (second != null) {
                int month = preferTransliterated(t, first, second);
                return new MonthSpan(month, first.start, second.end, second.last);
            }
        } else if (t.sepBefore(next, '(')) {
            MonthSpan second = singleMonth(t, next);
            if (second != null) {
                int close = closingParenthesis(t, second.end);
                if (close >= 0) {
                    int month = preferTransliterated(t, first, second);
                    return new MonthSpan(month, first.start, close + 1, second.last);
                }
            }
        }
        return first;
    }

    private static MonthSpan singleMonth(DateTokens t, int k) {
        String norm = t.norm(k);
        if (norm.isEmpty()) {
            return null;
        }
        // كانون الثاني, and with one clitic glued to it: وكانون الثاني
        int clitic = !ArabicMonths.isTwoWordHead(norm) && norm.length() > 3 && DateWords.isClitic(norm.charAt(0))
                ? 1 : 0;
        if (ArabicMonths.isTwoWordHead(norm.substring(clitic)) && t.spaceBefore(k + 1) && !t.isNumber(k + 1)) {
            int month = ArabicMonths.monthOf(norm.substring(clitic) + ' ' + t.norm(k + 1));
            if (month != 0) {
                return new MonthSpan(month, t.start(k) + clitic, t.end(k + 1), k + 1);
            }
        }
        int month = DateWords.month(norm);
        if (month == 0) {
            return null;
        }
        return new MonthSpan(month, t.start(k) + DateWords.monthCliticLength(norm), t.end(k), k);
    }

    /** In a pair, a Levantine name that disagrees with a transliterated one loses: the latter is less ambiguous. */
    private static int preferTransliterated(DateTokens t, MonthSpan first, MonthSpan second) {
        if (first.month == second.month) {
            return first.month;
        }
        boolean firstSyriac = DateWords.isSyriac(monthName(t, first));
        boolean secondSyriac = DateWords.isSyriac(monthName(t, second));
        if (firstSyriac && !secondSyriac) {
            return second.month;
        }
        return first.month;
    }

    private static String monthName(DateTokens t, MonthSpan span) {
        int firstToken = span.last;
        if (span.last > 0 && t.start(span.last - 1) >= span.start
                && ArabicMonths.isTwoWordHead(t.norm(span.last - 1))) {
            firstToken = span.last - 1;
            return t.norm(firstToken) + ' ' + t.norm(span.last);
        }
        return t.norm(firstToken);
    }

    private static int closingParenthesis(DateTokens t, int from) {
        String text = t.text();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i;
            }
            if (!DateTokens.isSpace(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** The year token after a month ending at token {@code last}, with an optional عام/سنة between; or -1. */
    private static int yearAfter(DateTokens t, MonthSpan month) {
        int next = month.last + 1;
        if (!t.spaceBetween(month.end, next)) {
            // تموز/يوليو2017: a year glued to the month
            return isYear(t, next) && month.end == t.start(next) ? next : -1;
        }
        if (t.is(next, "من") && DateWords.YEAR_MARKERS.contains(t.norm(next + 1)) && t.spaceBefore(next + 1)) {
            next++;
        }
        if (DateWords.YEAR_MARKERS.contains(t.norm(next)) && t.spaceBefore(next + 1)) {
            next++;
        }
        return isYear(t, next) ? next : -1;
    }

    /** A year said relative to the publication date, and the last token that says it. */
    private record RelativeYear(int year, int last) {
    }

    /**
     * The year said after a month ({@code مايو من العام الماضي}, {@code ديسمبر العام المقبل}, {@code يونيو من هذا
     * العام}, {@code من العام الجاري}), or null.
     */
    private static RelativeYear relativeYearAfter(DateTokens t, MonthSpan month, LocalDate published) {
        int next = month.last + 1;
        if (!t.spaceBetween(month.end, next)) {
            return null;
        }
        if (t.is(next, "من") && t.spaceBefore(next + 1)) {
            next++;
        }
        boolean thisYear = t.is(next, "هذا") && t.spaceBefore(next + 1);
        if (thisYear) {
            next++;
        }
        if (!(t.is(next, "العام") || t.is(next, "السنه"))) {
            return null;
        }
        if (thisYear) {
            return new RelativeYear(published.getYear(), next);
        }
        String qualifier = t.norm(next + 1);
        if (!t.spaceBefore(next + 1)) {
            return null;
        } else if (DateWords.PAST.contains(qualifier)) {
            return new RelativeYear(published.getYear() - 1, next + 1);
        } else if (DateWords.NEXT.contains(qualifier)) {
            return new RelativeYear(published.getYear() + 1, next + 1);
        } else if (DateWords.CURRENT.contains(qualifier)) {
            return new RelativeYear(published.getYear(), next + 1);
        }
        return null;
    }

    /** A four-digit number in range, not marked Hijri (هـ glued after it). */
    private static boolean isYear(DateTokens t, int k) {
        if (!t.isNumber(k) || t.digits(k) != 4 || !inYearRange(t.value(k))) {
            return false;
        }
        return !(t.glued(k + 1) && DateWords.HIJRI_SUFFIX.equals(t.norm(k + 1)));
    }

    private static boolean inYearRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /**
     * A day and month without year or qualifier: in the publication year, unless that puts it more than
     * {@value #MAX_DAYS_AHEAD} days after publication (then last year's: {@code 27 سبتمبر} written in January) or more
     * than {@value #MAX_DAYS_BEHIND} days before it (then next year's: {@code 5 يناير} written in late December).
     * News mostly looks back, and within the year both ways: a match on {@code 15 ديسمبر} announced in August, an
     * attack on {@code 4 مارس} recalled in September. The plain nearest date gets both of those wrong.
     */
    private static LocalDate closestTo(LocalDate published, int month, int day) {
        int year = published.getYear();
        LocalDate date = safeDate(year, month, day);
        if (date == null) { // 29 February
            return null;
        }
        long days = date.toEpochDay() - published.toEpochDay();
        if (days > MAX_DAYS_AHEAD) {
            return safeDate(year - 1, month, day);
        }
        return days < -MAX_DAYS_BEHIND ? safeDate(year + 1, month, day) : date;
    }

    /**
     * A day and month without a year in a clause that a word puts in the future ({@link #futureBefore}: على أن يفتتح
     * البطولة في 21 نوفمبر, published in April): the first such day after publication, or one of the last month
     * (a plan reported after the day: أعلن أنه سيزور المدينة في 5 أغسطس, published on the 10th).
     */
    private static LocalDate upcoming(LocalDate published, int month, int day) {
        LocalDate date = safeDate(published.getYear(), month, day);
        if (date == null) { // 29 February
            return null;
        }
        return date.toEpochDay() - published.toEpochDay() < -MAX_DAYS_BEHIND_UPCOMING
                ? safeDate(published.getYear() + 1, month, day) : date;
    }

    /** Days before publication up to which a day and month in a future clause is in the publication year. */
    private static final int MAX_DAYS_BEHIND_UPCOMING = 31;

    /** Days after publication up to which a day and month without a year is in the publication year. */
    private static final int MAX_DAYS_AHEAD = 183;
    /** Days before publication up to which a day and month without a year is in the publication year. */
    private static final int MAX_DAYS_BEHIND = 274;

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String yearMonth(int year, int month) {
        return year + (month < 10 ? "-0" : "-") + month;
    }

    private static LocalDate onOrBefore(LocalDate date, DayOfWeek day) {
        int back = (date.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        return date.minusDays(back);
    }

    private static LocalDate onOrAfter(LocalDate date, DayOfWeek day) {
        int ahead = (day.getValue() - date.getDayOfWeek().getValue() + 7) % 7;
        return date.plusDays(ahead);
    }

    /** Parses a whole publication-date text; see {@link #parsePublished}. */
    private static final class PublishedDateParser {

        private static final Set<String> LABELS = Set.of(
                "نشر", "النشر", "تاريخ", "بتاريخ", "في", "الموافق", "اخر", "تحديث", "التحديث", "الساعه", "تم",
                "بتوقيت", "غرينتش", "جرينتش", "gmt", "utc");
        private static final Set<String> AM = Set.of("ص", "صباحا", "صباح", "am", "a");
        private static final Set<String> PM = Set.of("م", "مساء", "مساءا", "ظهرا", "عصرا", "pm", "p");

        private final DateTokens t;

        PublishedDateParser(DateTokens tokens) {
            this.t = tokens;
        }

        String parse() {
            LocalDate date = null;
            int hour = -1;
            int minute = 0;
            int second = 0;
            int k = 0;
            while (k < t.size()) {
                String norm = t.norm(k);
                if (!t.isNumber(k)) {
                    String word = norm.toLowerCase(java.util.Locale.ROOT);
                    if (DateWords.weekday(word) != null || DateWords.WEEKDAYS.containsKey("ال" + word)
                            || LABELS.contains(word)) {
                        k++;
                        continue;
                    }
                    if (date != null && hour < 0 && DateWords.YEAR_SUFFIXES.contains(word)) {
                        k++;
                        continue;
                    }
                    if (hour >= 0 && (AM.contains(word) || PM.contains(word))) {
                        if (hour > 12) {
                            return null;
                        }
                        if (AM.contains(word)) {
                            hour = hour == 12 ? 0 : hour;
                        } else {
                            hour = hour == 12 ? 12 : hour + 12;
                        }
                        k++;
                        continue;
                    }
                    return null;
                }
                if (date == null) {
                    Match match = dayMonth(t, k, null);
                    if (match == null) {
                        match = numericDate(t, k);
                    }
                    if (match == null || match.value == null) {
                        return null;
                    }
                    date = LocalDate.parse(match.value);
                    k = match.nextToken;
                    continue;
                }
                if (hour < 0 && t.digits(k) <= 2 && t.tightSepBefore(k + 1, ':') && t.isNumber(k + 1)) {
                    hour = t.value(k);
                    minute = t.value(k + 1);
                    k += 2;
                    if (t.isNumber(k) && t.tightSepBefore(k, ':')) {
                        second = t.value(k);
                        k++;
                    }
                    if (hour > 23 || minute > 59 || second > 59) {
                        return null;
                    }
                    continue;
                }
                return null;
            }
            if (date == null) {
                return null;
            }
            return hour < 0 ? date.toString() : date.atTime(hour, minute, second).toString();
        }
    }
}
