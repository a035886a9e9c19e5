package io.khabar.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text as it comes in, before any parsing: HTML markup becomes plain text, control characters and broken
 * UTF-16 are dropped. Khabar publishes plain text; markup in a feed is page residue, not content.
 * <ul>
 *   <li>HTML is recognized by its tags ({@code <p>}, {@code <br/>}, {@code </div>} ... a fixed list of HTML element
 *       names, so {@code a < b > c} or {@code <<عاجل>>} stay text). When found, comments and {@code script},
 *       {@code style}, {@code noscript}, {@code iframe} elements are removed with their content, block elements and
 *       {@code <br>} become line breaks (so {@code <p>} ends a paragraph), and every other tag is removed.</li>
 *   <li>Character references ({@code &amp;}, {@code &nbsp;}, {@code &#1582;}, {@code &#x62E;}) are decoded in any
 *       text; an unknown name stays as written.</li>
 *   <li>Control characters (C0 except tab, line feed and carriage return; DEL; C1), unpaired surrogates,
 *       noncharacters U+FFFE/U+FFFF and a byte-order mark inside the text are removed. Format characters used in
 *       Arabic and Persian writing (ZWNJ, ZWJ, direction marks) are kept.</li>
 * </ul>
 */
public final class InputText {

    private static final String ELEMENTS = "a|abbr|address|article|aside|b|big|blockquote|body|br|caption|center|cite"
            + "|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i"
            + "|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol|p|picture|pre|q|s|script|section"
            + "|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|title|tr|tt"
            + "|u|ul|video";
    private static final Pattern TAG = Pattern.compile("</?(?:" + ELEMENTS + ")(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);
    private static final Pattern DROPPED_ELEMENT = Pattern.compile(
            "<(script|style|noscript|iframe)(?:\\s[^<>]*)?>.*?(?:</\\1\\s*>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK_TAG = Pattern.compile("</?(?:p|div|h[1-6]|li|ul|ol|tr|table|blockquote|section"
            + "|article|header|footer|figure|figcaption|pre|dl|dt|dd|hr|main|aside|nav|address|details|summary)"
            + "(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK_TAG = Pattern.compile("<br(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lrm", "\u200E"), Map.entry("rlm", "\u200F"),
            Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"), Map.entry("shy", ""));

    private InputText() {
    }

    /** The text without markup, character references and control characters; null stays null. */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        if (looksLikeHtml(s)) {
            s = COMMENT.matcher(s).replaceAll("");
            s = DROPPED_ELEMENT.matcher(s).replaceAll("");
            s = BLOCK_TAG.matcher(s).replaceAll("\n\n");
            s = BREAK_TAG.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeReferences(s);
        }
        return dropControls(s);
    }

    /** True when the text holds at least one HTML tag or comment. */
    public static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && (TAG.matcher(text).find() || text.contains("<!--"));
    }

    private static String decodeReferences(String s) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                replacement = NAMED.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), m.group());
            } else {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String dropControls(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop;
            if (Character.isHighSurrogate(c)) {
                drop = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!drop) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                drop = Character.isLowSurrogate(c) || isControl(c);
            }
            if (drop && out == null) {
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isControl(char c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF' || c == '\uFEFF';
    }
}
