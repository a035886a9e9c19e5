package io.khabar.arabic;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
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

    /** عامي / سنتي (the dual: two years, عامي 2008 و2009) with their clitics. */
    static final Set<String> DUAL_YEAR_MARKERS = Set.of("عامي", "لعامي", "بعامي", "وعامي", "فعامي", "العامين", "سنتي",
            "لسنتي", "بسنتي");

    /** Seasons, which name a year when one follows (صيف 2021, وشتاء 2019). */
    static final Set<String> SEASONS = Set.of("صيف", "وصيف", "بصيف", "لصيف", "شتاء", "وشتاء", "بشتاء", "لشتاء", "ربيع",
            "وربيع", "بربيع", "لربيع", "خريف", "وخريف", "بخريف", "لخريف");

    /** Tomorrow (غدا, غداً), folded, with و. */
    static final Set<String> TOMORROW = Set.of("غدا", "وغدا");

    /**
     * Past and next, folded: with their duals after two dates (27 سبتمبر و9 نوفمبر الماضيين), and feminine after
     * الجمعة (الجمعة الماضية).
     */
    static final Set<String> PAST = Set.of("الماضي", "المنصرم", "الفائت", "السابق", "الماضيين", "المنصرمين",
            "الماضيه", "المنصرمه", "الفائته");
    static final Set<String> NEXT = Set.of("المقبل", "القادم", "المقبلين", "القادمين", "المقبله", "القادمه");
    static final Set<String> CURRENT = Set.of("الجاري", "الحالي");

    /** Words before a day that a bare الجاري follows (في 17 الجاري, حتى 15 الجاري), folded. */
    static final Set<String> BEFORE_BARE_DAY = Set.of("في", "وفي", "الي", "حتي", "يوم", "منذ", "بحلول", "قبل",
            "بعد", "من", "مطلع", "اعتبارا", "الموافق", "تاريخ", "بتاريخ");

    /**
     * Words after which a weekday is a weekly day or no day (كل جمعة, صلاة الجمعة, أيام الخميس, كلا الاثنين: "both"),
     * folded.
     */
    static final Set<String> NOT_BEFORE_WEEKDAY = Set.of("كل", "وكل", "صلاه", "وصلاه", "لصلاه", "بصلاه", "خطبه",
            "وخطبه", "صلوات", "ايام", "وايام", "كلا", "الواحد", "بين");
    /** Words that make the weekday after them part of a person's name (عبد الأحد, عبد الجمعة), folded. */
    static final Set<String> NAME_JOINERS = Set.of("عبد", "وعبد", "لعبد", "بعبد", "ابو", "وابو", "بن");

    /** Words after الاثنين that make it "the two" (الاثنين معا) or a number (الاثنين وثلاثين), folded. */
    static final Set<String> TOGETHER = Set.of("معا", "وعشرين", "وثلاثين", "واربعين", "وخمسين", "وستين", "وسبعين",
            "وثمانين", "وتسعين", "وعشرون", "وثلاثون", "واربعون", "وخمسون", "وستون", "وسبعون", "وثمانون", "وتسعون");

    static final Set<String> YESTERDAY = Set.of("امس", "وامس", "الامس", "بالامس", "وبالامس");

    /** Words for a part of a day that make a following bare weekday a date (صباح الأحد). */
    static final Set<String> DAY_PARTS = Set.of(
            "صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "عصر", "نهار", "ظهيره", "وصباح", "ومساء", "وليل", "وليله");

    static final Set<String> DAY = Set.of("يوم", "ويوم", "بيوم", "ليوم");

    /** منذ, since, with و or ف: a date after it is not after publication (منذ السابع من أكتوبر). */
    static final Set<String> SINCE = Set.of("منذ", "ومنذ", "فمنذ");

    /** Forms of كان, folded: before a word of {@link #FUTURE_CUES}, a plan of the past (كان من المقرر). */
    static final Set<String> WAS = Set.of("كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "كانوا", "وكانوا");

    /**
     * Stems of the verbs of a scheduled event, folded, without the person's letter: in the present tense they put a
     * bare weekday after them ahead (يلعب الفريق الأحد, يعقد المجلس اجتماعا الخميس, تنطلق البطولة السبت).
     */
    private static final List<String> SCHEDULED_STEMS = List.of("لعب", "لتقي", "عقد", "نعقد", "نطلق", "ستضيف",
            "واجه", "خوض", "زور", "توجه", "فتتح", "ختتم", "ستانف", "جتمع", "بدا", "حل", "ستقبل", "ستعد");

    /**
     * Words that put what follows in the future ({@link FutureVerbs}: سيعقد, ستجرى, وستنشر; المقرر; the present and
     * the future of {@link #SCHEDULED_STEMS}: يلعب, تنطلق, سيستقبل): a bare weekday after them is the coming one.
     */
    static final Set<String> FUTURE_CUES = futureCues();

    /** Words of a plan after من and before أن (من المقرر أن), folded. */
    static final Set<String> PLANS = Set.of("المقرر", "المزمع", "المرتقب", "المنتظر", "المتوقع");

    /** Relative pronouns, which open a clause of its own tense, folded. */
    static final Set<String> RELATIVES = Set.of("الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان",
            "اللواتي", "اللاتي");

    /** من, with و or ف. */
    static final Set<String> MIN = Set.of("من", "ومن", "فمن");

    private static Set<String> futureCues() {
        Set<String> cues = new HashSet<>(FutureVerbs.FORMS);
        cues.addAll(Set.of("المقرر", "المقرره", "المزمع", "المزمعه", "المرتقب", "المرتقبه", "المنتظر", "المنتظره",
                "يعتزم", "تعتزم", "لن", "ولن"));
        cues.addAll(FutureVerbs.forms("", SCHEDULED_STEMS));
        cues.addAll(FutureVerbs.forms("س", SCHEDULED_STEMS));
        return Set.copyOf(cues);
    }

    /** Words of time that make a bare month after them a date (في يونيو, منذ أبريل, أواخر تموز); folded, as all here. */
    static final Set<String> MONTH_LEADS = Set.of(
            "في", "وفي", "منذ", "ومنذ", "فمنذ", "خلال", "وخلال", "حتي", "وحتي", "قبل", "بعد", "بحلول", "شهر", "وشهر", "بشهر",
            "لشهر", "الشهر", "شهري", "بين", "مطلع", "ومطلع", "اوائل", "مستهل", "بدايه", "وبدايه", "منتصف", "ومنتصف", "اواسط",
            "اواخر", "واواخر", "نهايه", "ونهايه", "اخر", "غره", "بنهايه", "لنهايه", "وبنهايه", "بمنتصف", "لمنتصف",
            "ببدايه", "لبدايه", "بمطلع", "باواخر", "باوائل", "ففي", "واوائل", "واواسط", "ومستهل");

    /**
     * Words before a bare month that make it a date unless it can be a verb (من أبريل إلى يونيو; من مارس = who did;
     * أشهر سبتمبر وأكتوبر, the months of).
     */
    static final Set<String> WEAK_MONTH_LEADS = Set.of("من", "الي", "والي", "بدءا", "ابتداء", "اعتبارا", "اشهر");

    /**
     * Words before a month that name an event of the past by it, folded (حرب أكتوبر, ثورة يناير, هجمات سبتمبر, جيل
     * أكتوبر): the month is no date of the article's year.
     */
    static final Set<String> EVENTS_NAMED_BY_MONTH = Set.of("حرب", "لحرب", "وحرب", "بحرب", "نصر", "ونصر", "لنصر",
            "انتصار", "انتصارات", "ثوره", "لثوره", "وثوره", "بثوره", "هجمات", "لهجمات", "اعتداءات", "لاعتداءات",
            "احداث", "ذكري", "حركه", "جيل", "مسيره", "ساحه", "ميدان", "قوي", "لقوي", "وقوي", "تحالف", "لتحالف",
            "وتحالف");

    /**
     * Words before a day and month that make them a name, folded: of an event of the past ({@link
     * #EVENTS_NAMED_BY_MONTH}: ثورة 25 يناير, هجمات 11 سبتمبر, and of a coalition named after one: قوى 14 آذار) or of a
     * place (مدينة 6 أكتوبر, جسر 6 أكتوبر, شارع 26 يوليو, جامعة 6 أكتوبر): no date of the article's year.
     */
    static final Set<String> NAMED_BY_DATE = namedByDate();

    private static Set<String> namedByDate() {
        Set<String> words = new HashSet<>(EVENTS_NAMED_BY_MONTH);
        for (String place : List.of("مدينه", "شارع", "جسر", "كوبري", "جامعه", "حي", "محور", "نادي", "مستشفي",
                "مدرسه", "ميدان", "ساحه", "مطار")) {
            for (String clitic : List.of("", "و", "ب", "ل", "وب", "ول")) {
                words.add(clitic + place);
            }
        }
        return Set.copyOf(words);
    }

    /** Month names that are also verbs (مارس: he practised). */
    static final Set<String> VERB_LIKE_MONTHS = Set.of("مارس");

    /** Ordinal days 1-10 (الأول … العاشر), folded; الحادي only in 11, 21 and 31. */
    private static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(
            Map.entry("الاول", 1), Map.entry("الحادي", 1), Map.entry("الثاني", 2), Map.entry("الثالث", 3),
            Map.entry("الرابع", 4), Map.entry("الخامس", 5), Map.entry("السادس", 6), Map.entry("السابع", 7),
            Map.entry("الثامن", 8), Map.entry("التاسع", 9), Map.entry("العاشر", 10));

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
        return ArabicMonths.isSyriac(norm) || (norm.length() > 3 && isClitic(norm.charAt(0))
                && ArabicMonths.monthOf(norm) == 0 && ArabicMonths.isSyriac(norm.substring(1)));
    }

    /** An ordinal day written out (الثالث, الحادي عشر): its day and the index of its last token. */
    record OrdinalDay(int day, int lastToken) {
    }

    /**
     * The ordinal day written out at token {@code k} (الثالث, الحادي عشر, الثاني والعشرين, الحادي والثلاثين; a leading
     * و allowed), or null.
     */
    static OrdinalDay ordinalDay(DateTokens t, int k) {
        String word = unwaw(t.norm(k));
        if (word.equals("العشرين")) {
            return new OrdinalDay(20, k);
        }
        if (word.equals("الثلاثين")) {
            return new OrdinalDay(30, k);
        }
        Integer unit = ORDINAL_UNITS.get(word);
        if (unit == null) {
            return null;
        }
        String next = t.spaceBefore(k + 1) ? t.norm(k + 1) : "";
        if (unit < 10 && next.equals("عشر")) {
            return new OrdinalDay(10 + unit, k + 1);
        }
        if (unit < 10 && next.equals("والعشرين")) {
            return new OrdinalDay(20 + unit, k + 1);
        }
        if (unit == 1 && next.equals("والثلاثين")) {
            return new OrdinalDay(31, k + 1);
        }
        return word.equals("الحادي") ? null : new OrdinalDay(unit, k);
    }

    private static String unwaw(String norm) {
        return norm.length() > 4 && norm.charAt(0) == 'و' && norm.charAt(1) == 'ا' ? norm.substring(1) : norm;
    }

    static boolean isClitic(char c) {
        return c == 'و' || c == 'ب' || c == 'ل' || c == 'ف';
    }
}
