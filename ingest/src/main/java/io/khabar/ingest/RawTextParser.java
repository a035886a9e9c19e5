package io.khabar.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.khabar.arabic.ArabicNormalizer;
import io.khabar.arabic.DateExtractor;

/**
 * Splits a raw news text into title, publication date, dateline, body paragraphs and page furniture.
 *
 * <p>The layout it reads, as published by Arabic news sites:
 * <ul>
 *   <li>paragraphs are non-empty lines (blank lines between them, or single newlines);</li>
 *   <li>the first line is a title when it is short (at most {@value #TITLE_MAX_CHARS} characters and
 *       {@value #TITLE_MAX_WORDS} words), does not end a sentence (. ! ? ؟ …) and a blank line follows it;</li>
 *   <li>a line that is wholly a date after the title ({@code السبت 31 أكتوبر 2020 11:46 ص}) is the publication
 *       date, not body;</li>
 *   <li>a line that is a place, a dash and a date ({@code صنعاء - الأربعاء 14 شباط/فبراير 2024}) is the dateline
 *       and the publication date, not body;</li>
 *   <li>the first body paragraph may open with a dateline: {@code (پاکستان پوائنٹ نیوز / سبوتنيك - 21 نوفمبر 2021ء)}
 *       (source and publication date: the republisher's stamp, removed from the paragraph), {@code موسكو - سبوتنيك.},
 *       {@code القدس (CNN)--} or {@code إغدير/ الأناضول} (place and source: the agency's own words, which stay in the
 *       paragraph, so that the place and the agency are tagged there like any other name);</li>
 *   <li>after the first paragraph, a source line ({@code المصدر | الخليج الجديد + وكالات}) or a furniture heading
 *       ({@code كلمات مفتاحية}, {@code اقرأ أيضا}) is boilerplate, with the short lines that follow it (keyword
 *       lists, related headlines: at most 15 words, no closing full stop) up to the next real paragraph.</li>
 * </ul>
 */
public final class RawTextParser {

    static final int TITLE_MAX_CHARS = 200;
    static final int TITLE_MAX_WORDS = 30;

    private static final String LETTERS = "[\\p{L}\\p{M}]+";
    private static final String DASH = "[-\u2013\u2014]";

    /** (republisher / agency - date) rest */
    private static final Pattern PAREN_DATELINE = Pattern.compile("^\\(([^()]{2,100})\\)\\s*(.*)$", Pattern.DOTALL);

    /** CITY[، COUNTRY] (AGENCY)-- rest, or (AGENCY)-- rest */
    private static final Pattern CITY_PAREN_AGENCY = Pattern.compile(
            "^(" + LETTERS + "(?:[ \u060C,]+" + LETTERS + "){0,3})?\\s*\\(([^()]{2,40})\\)\\s*(?:" + DASH + "{1,2}|:)\\s*(.+)$",
            Pattern.DOTALL);

    /** CITY - AGENCY. rest, CITY - AGENCY: rest, CITY - AGENCY - rest */
    private static final Pattern CITY_DASH_AGENCY = Pattern.compile(
            "^(" + LETTERS + "(?: " + LETTERS + "){0,2})\\s*" + DASH + "\\s*([^.:()\\-\u2013\u2014]{2,40}?)\\s*(?:[.:]|"
                    + DASH + "{1,2})\\s+(.+)$",
            Pattern.DOTALL);

    /** CITY/ AGENCY, alone or before the text (إغدير/ الأناضول), as Anadolu writes its datelines. */
    private static final Pattern CITY_SLASH_AGENCY = Pattern.compile(
            "^(" + LETTERS + "(?: " + LETTERS + "){0,2})\\s*/\\s*([^/.:()\\d\\-\u2013\u2014]{2,40}?)\\s*(?:$|[.:]\\s*|"
                    + DASH + "{1,2}\\s*)(.*)$", Pattern.DOTALL);

    /** CITY - DATE, a whole line: the place and the publication date. */
    private static final Pattern CITY_DASH_DATE = Pattern.compile(
            "^(" + LETTERS + "(?: " + LETTERS + "){0,2})\\s*" + DASH + "\\s*(.+)$", Pattern.DOTALL);

    private static final int MAX_AGENCY_WORDS = 4;
    private static final int FURNITURE_MAX_WORDS = 15;
    private static final int FURNITURE_MAX_CHARS = 120;

    /** Folded headings of page furniture. */
    private static final Set<String> FURNITURE_HEADINGS = Set.of(
            "كلمات مفتاحيه", "الكلمات المفتاحيه", "اقرا ايضا", "اقرا المزيد", "مواضيع ذات صله", "اخبار ذات صله",
            "مقالات ذات صله", "الوسوم", "وسوم", "شارك", "شارك الخبر", "تابعونا", "المزيد", "اخبار متعلقه");

    private static final Set<String> SOURCE_HEADS = Set.of("المصدر", "مصدر الخبر", "المصادر");

    private RawTextParser() {
    }

    /** Parses a whole raw article: title, date line, dateline, body and boilerplate. */
    public static ParsedText parse(String text) {
        List<Line> lines = lines(text);
        int first = 0;
        String title = null;
        String published = null;
        if (lines.size() >= 2 && lines.get(0).blankAfter && looksLikeTitle(lines.get(0).text)) {
            title = lines.get(0).text;
            first = 1;
        }
        if (first < lines.size()) {
            String date = DateExtractor.parsePublished(lines.get(first).text);
            if (date != null) {
                published = date;
                first++;
            }
        }
        List<String> body = new ArrayList<>(lines.size() - first);
        for (int i = first; i < lines.size(); i++) {
            body.add(lines.get(i).text);
        }
        ParsedText parsedBody = parseBody(body);
        return new ParsedText(title, parsedBody.source(), parsedBody.dateline(),
                published != null ? published : parsedBody.publishedAt(), parsedBody.paragraphs(),
                parsedBody.boilerplate());
    }

    /**
     * Parses body paragraphs only (a JSON article's body, whose title and date are fields): dateline and
     * boilerplate. The title of the result is null.
     */
    public static ParsedText parseBody(List<String> paragraphs) {
        List<String> body = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            String stripped = strip(p);
            if (!stripped.isEmpty()) {
                body.add(stripped);
            }
        }
        String source = null;
        List<String> boilerplate = new ArrayList<>();
        List<String> kept = new ArrayList<>(body.size());
        int i = 0;
        while (i < body.size()) {
            String line = body.get(i);
            String named = i == 0 ? null : sourceOf(line);
            if (named == null && (i == 0 || !isFurnitureHeading(line))) {
                kept.add(line);
                i++;
                continue;
            }
            source = source != null ? source : named;
            boilerplate.add(line);
            i++;
            while (i < body.size() && looksLikeFurniture(body.get(i))) {
                boilerplate.add(body.get(i));
                i++;
            }
        }
        body = kept;
        String dateline = null;
        String published = null;
        if (!body.isEmpty()) {
            Dateline found = dateline(body.get(0));
            if (found != null) {
                dateline = found.place;
                published = found.published;
                source = source != null ? source : found.agency;
                if (!found.prefixIsText) { // a republisher's stamp or a place-and-date line, not the article's words
                    if (found.rest.isEmpty()) {
                        body.remove(0);
                    } else {
                        body.set(0, found.rest);
                    }
                }
            }
        }
        return new ParsedText(null, source, dateline, published, body, boilerplate);
    }

    /** Splits text into paragraphs: non-empty lines, trimmed. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (Line line : lines(text)) {
            out.add(line.text);
        }
        return out;
    }

    private record Line(String text, boolean blankAfter) {
    }

    private static List<Line> lines(String text) {
        String[] raw = text.split("\r?\n|\r", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String t = strip(raw[i]);
            if (t.isEmpty()) {
                continue;
            }
            boolean blankAfter = i + 1 >= raw.length || strip(raw[i + 1]).isEmpty();
            lines.add(new Line(t, blankAfter));
        }
        return lines;
    }

    static boolean looksLikeTitle(String line) {
        if (line.length() > TITLE_MAX_CHARS || line.split("\\s+").length > TITLE_MAX_WORDS) {
            return false;
        }
        if (endsSentence(line) || line.startsWith("(") || DateExtractor.parsePublished(line) != null
                || placeAndDate(line) != null) {
            return false;
        }
        return true;
    }

    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'»”’)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = line.charAt(i);
        if (c == '.' && i > 0 && line.charAt(i - 1) == '.') {
            return false; // ".." and "..." in headlines trail off, they do not end a sentence
        }
        return ".!?؟…؛;".indexOf(c) >= 0;
    }

    /**
     * A dateline: its place, agency and publication date (each may be null), the paragraph's text after it (empty when
     * the dateline is the whole line), and whether the dateline is the article's own words that stay in the paragraph.
     */
    private record Dateline(String place, String agency, String published, String rest, boolean prefixIsText) {
    }

    /** A whole line that is a place, a dash and a publication date, as a dateline; null when it is not one. */
    private static Dateline placeAndDate(String line) {
        Matcher cityDate = CITY_DASH_DATE.matcher(line);
        String published = cityDate.matches() ? DateExtractor.parsePublished(cityDate.group(2)) : null;
        return published == null ? null : new Dateline(strip(cityDate.group(1)), null, published, "", false);
    }

    /** The dateline opening a paragraph, or null when it has none. */
    private static Dateline dateline(String paragraph) {
        Dateline placeAndDate = placeAndDate(paragraph);
        if (placeAndDate != null) {
            return placeAndDate;
        }
        Matcher paren = PAREN_DATELINE.matcher(paragraph);
        if (paren.matches()) {
            Dateline d = parenthesized(paren.group(1), strip(paren.group(2)));
            if (d != null) {
                return d;
            }
        }
        Matcher cityParen = CITY_PAREN_AGENCY.matcher(paragraph);
        if (cityParen.matches() && wordCount(cityParen.group(2)) <= MAX_AGENCY_WORDS) {
            String place = cityParen.group(1) == null ? null : firstPart(cityParen.group(1));
            return new Dateline(place, cleanAgency(cityParen.group(2)), null, strip(cityParen.group(3)), true);
        }
        Matcher citySlash = CITY_SLASH_AGENCY.matcher(paragraph);
        if (citySlash.matches() && wordCount(citySlash.group(2)) <= MAX_AGENCY_WORDS) {
            return new Dateline(strip(citySlash.group(1)), cleanAgency(citySlash.group(2)), null,
                    strip(citySlash.group(3)), true);
        }
        Matcher cityDash = CITY_DASH_AGENCY.matcher(paragraph);
        if (cityDash.matches() && wordCount(cityDash.group(2)) <= MAX_AGENCY_WORDS
                && !containsDigit(cityDash.group(2))) {
            return new Dateline(strip(cityDash.group(1)), cleanAgency(cityDash.group(2)), null,
                    strip(cityDash.group(3)), true);
        }
        return null;
    }

    /** Inside (…): {@code republisher / agency - date}, {@code agency - date} or {@code a / b}. */
    private static Dateline parenthesized(String inner, String rest) {
        int dash = lastDash(inner);
        String agencies = dash >= 0 ? inner.substring(0, dash) : inner;
        String published = dash >= 0 ? DateExtractor.parsePublished(inner.substring(dash + 1)) : null;
        if (published == null && agencies.indexOf('/') < 0) {
            return null;
        }
        String agency = agencies.substring(agencies.lastIndexOf('/') + 1);
        if (wordCount(agency) > MAX_AGENCY_WORDS) {
            return null;
        }
        return new Dateline(null, cleanAgency(agency), published, rest, false);
    }

    private static int lastDash(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A line that may follow a source line or furniture heading as furniture: a keyword list or a related headline,
     * short and not ending with a full stop. A longer line ends the furniture and the body resumes.
     */
    private static boolean looksLikeFurniture(String line) {
        if (line.length() > FURNITURE_MAX_CHARS || wordCount(line) > FURNITURE_MAX_WORDS) {
            return false;
        }
        int last = line.length() - 1;
        return line.charAt(last) != '.' || (last > 0 && line.charAt(last - 1) == '.');
    }

    private static boolean isFurnitureHeading(String line) {
        if (line.length() > 40) {
            return false;
        }
        return FURNITURE_HEADINGS.contains(ArabicNormalizer.fold(line));
    }

    /** The source named by a line like {@code المصدر | الخليج الجديد + وكالات}, or null for other lines. */
    static String sourceOf(String line) {
        if (line.length() > 80) {
            return null;
        }
        int sep = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' || c == ':' || c == '\uFF1A' || c == '-' || c == '\u2013') {
                sep = i;
                break;
            }
        }
        if (sep < 0 || !SOURCE_HEADS.contains(ArabicNormalizer.fold(line.substring(0, sep)))) {
            return null;
        }
        String named = line.substring(sep + 1);
        int plus = indexOfAny(named, "+\u060C,");
        String first = strip(plus >= 0 ? named.substring(0, plus) : named);
        return first.isEmpty() ? null : cleanAgency(first);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String firstPart(String place) {
        int comma = indexOfAny(place, "\u060C,");
        return strip(comma >= 0 ? place.substring(0, comma) : place);
    }

    private static String cleanAgency(String agency) {
        String s = strip(agency);
        int from = 0;
        int to = s.length();
        while (from < to && "\"'«»“”".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "\"'«»“”".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return strip(s.substring(from, to));
    }

    private static int wordCount(String s) {
        String t = strip(s);
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Trims whitespace, including no-break spaces, byte-order marks and bidirectional marks. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200E'
                || c == '\u200F' || c == '\u061C' || c == '\u200B' || c == '\u202A' || c == '\u202B'
                || c == '\u202C' || c == '\u202D' || c == '\u202E';
    }
}
