package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.khabar.arabic.ArabicMonths;
import io.khabar.arabic.ArabicNormalizer;

/**
 * The canonical token sequence that paragraph fingerprints are computed from.
 *
 * <p>Spec {@value #VERSION} (fingerprints are only comparable within one version), applied in this order:
 * <ol>
 *   <li>{@link ArabicNormalizer#normalize} ({@value ArabicNormalizer#VERSION}: NFKC, diacritics incl. U+0670,
 *       tatweel, alef variants, ى→ي, ة→ه, Eastern digits, Latin lower case);</li>
 *   <li>tokens are maximal runs of Unicode letters or of digits (a letter/digit boundary splits: {@code و11} →
 *       {@code و 11}); everything else separates tokens; single-letter clitic tokens (و ف ب ل ك) are dropped;</li>
 *   <li>month names (one word or the two-word Syriac كانون/تشرين names, all systems of {@link ArabicMonths}) become
 *       one token {@code #mNN} when they stand next to a number or form a group joined by {@code /}; in a group the
 *       first transliterated (western) name wins, so {@code 9 نوفمبر 2020}, {@code 9 تشرين الثاني/نوفمبر 2020} and
 *       {@code 9 تشرين الأول/نوفمبر 2020} all read {@code 9 #m11 2020}; an isolated name is kept as a word
 *       (ماي, اب are also common words);</li>
 *   <li>light clitic stripping of every other word, at most one step of each: a leading و or ف (if 3 letters
 *       remain), then one of بال/كال/لال → strip 3, لل → strip 2, ال → strip 2 (if 3 letters remain), or a single
 *       ب/ل (if 4 letters remain).</li>
 * </ol>
 * Stop words ({@link #isStopWord}) stay in the sequence; only the LSH keys skip them.
 */
public final class CanonicalForm {

    /** The version of this spec. */
    public static final String VERSION = "khabar-canon-1";

    /** Prefix of the month tokens, not a letter so that it cannot collide with a word. */
    public static final String MONTH_TOKEN_PREFIX = "#m";

    private static final Set<String> SYRIAC = Set.of("كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران",
            "تموز", "اب", "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول");

    private static final Set<String> STOP_WORDS = Set.of("في", "من", "علي", "الي", "عن", "ان", "او", "ما", "لا",
            "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "مع", "بعد", "قبل", "كان", "كانت", "قد", "لم", "لن",
            "حيث", "كما", "بين", "عند", "منذ", "خلال", "حتي", "اي", "كل", "ثم", "اذا", "هو", "هي", "هم", "انه", "الا",
            "غير", "يوم", "عام", "نحو", "لدي", "اكثر", "اليوم", "امس", "وقد", "وفي", "ولا", "قال", "وقال", "ذا", "ها");

    private CanonicalForm() {
    }

    /** The canonical tokens of a text, in order. */
    public static List<String> tokens(String text) {
        String normalized = ArabicNormalizer.normalize(text);
        List<String> raw = new ArrayList<>();
        List<Boolean> slashBefore = new ArrayList<>();
        split(normalized, raw, slashBefore);
        List<String> out = new ArrayList<>(raw.size());
        int i = 0;
        while (i < raw.size()) {
            int consumed = monthGroup(raw, slashBefore, i, out);
            if (consumed > 0) {
                i += consumed;
                continue;
            }
            String token = raw.get(i);
            out.add(isDigits(token) ? token : stripClitics(token));
            i++;
        }
        return out;
    }

    /** True for function words that carry no topic; such tokens are not used as LSH keys. */
    public static boolean isStopWord(String canonicalToken) {
        return canonicalToken.length() < 3 || STOP_WORDS.contains(canonicalToken);
    }

    /** Light clitic stripping of one normalized word (see the class spec). */
    static String stripClitics(String word) {
        String w = word;
        if ((w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.length() - 1 >= 3) {
            w = w.substring(1);
        }
        if (w.length() - 3 >= 3 && (w.startsWith("بال") || w.startsWith("كال") || w.startsWith("لال"))) {
            return w.substring(3);
        }
        if (w.length() - 2 >= 3 && (w.startsWith("لل") || w.startsWith("ال"))) {
            return w.substring(2);
        }
        if (w.length() - 1 >= 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')) {
            return w.substring(1);
        }
        return w;
    }

    private static void split(String s, List<String> tokens, List<Boolean> slashBefore) {
        int n = s.length();
        int i = 0;
        boolean slash = false;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '/') {
                    slash = true;
                }
                i++;
                continue;
            }
            boolean digit = isAsciiDigit(c);
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i)) && isAsciiDigit(s.charAt(i)) == digit) {
                i++;
            }
            String token = s.substring(start, i);
            if (token.length() == 1 && isCliticLetter(token.charAt(0))) {
                continue;
            }
            tokens.add(token);
            slashBefore.add(slash);
            slash = false;
        }
    }

    /** Length of a month name at {@code i} (1 or 2 tokens), or 0. */
    private static int monthAt(List<String> tokens, int i) {
        if (i >= tokens.size()) {
            return 0;
        }
        String t = tokens.get(i);
        if (ArabicMonths.isTwoWordHead(t) && i + 1 < tokens.size()
                && ArabicMonths.monthOf(t + " " + tokens.get(i + 1)) > 0) {
            return 2;
        }
        return ArabicMonths.monthOf(t) > 0 ? 1 : 0;
    }

    private static String nameAt(List<String> tokens, int i, int length) {
        return length == 2 ? tokens.get(i) + " " + tokens.get(i + 1) : tokens.get(i);
    }

    /** Replaces a month group at {@code i} by one token; returns the tokens consumed, 0 when none. */
    private static int monthGroup(List<String> tokens, List<Boolean> slashBefore, int i, List<String> out) {
        int length = monthAt(tokens, i);
        if (length == 0) {
            return 0;
        }
        int names = 0;
        int western = 0;
        int first = 0;
        int j = i;
        while (true) {
            String name = nameAt(tokens, j, length);
            int month = ArabicMonths.monthOf(name);
            if (first == 0) {
                first = month;
            }
            if (western == 0 && !SYRIAC.contains(name)) {
                western = month;
            }
            names++;
            j += length;
            if (j >= tokens.size() || !slashBefore.get(j)) {
                break;
            }
            length = monthAt(tokens, j);
            if (length == 0) {
                break;
            }
        }
        boolean numberBefore = i > 0 && isDigits(tokens.get(i - 1));
        boolean numberAfter = j < tokens.size() && isDigits(tokens.get(j));
        if (names < 2 && !numberBefore && !numberAfter) {
            return 0;
        }
        int month = western != 0 ? western : first;
        out.add(MONTH_TOKEN_PREFIX + (month < 10 ? "0" : "") + month);
        return j - i;
    }

    private static boolean isCliticLetter(char c) {
        return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigits(String token) {
        return !token.isEmpty() && isAsciiDigit(token.charAt(0));
    }
}
