package io.khabar.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way ANERcorp is tokenized: words are runs of letters, digits and combining marks
 * (clitics stay attached: {@code وروسيا} is one token), every other non-space character is a token of its own,
 * and a number keeps its decimal point or thousands separator ({@code 1.5}, {@code 2,000}).
 */
public final class ArabicTokenizer {

    private ArabicTokenizer() {
    }

    /** Tokens of {@code text} with their offsets. */
    static TokenSpans tokenize(String text) {
        char[] chars = text.toCharArray();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i++;
                while (i < chars.length) {
                    char d = chars[i];
                    if (isWordChar(d)) {
                        i++;
                    } else if ((d == '.' || d == ',' || d == '٫' || d == '٬') && i + 1 < chars.length
                            && Character.isDigit(chars[i + 1]) && Character.isDigit(chars[i - 1])) {
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < chars.length) {
                    i++;
                }
            }
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            starts[n] = start;
            ends[n] = i;
            n++;
        }
        return new TokenSpans(chars, starts, ends, n);
    }

    /** The token strings of {@code text}. */
    public static List<String> tokens(String text) {
        TokenSpans spans = tokenize(text);
        List<String> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            out.add(spans.token(i));
        }
        return out;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (c == '\u0640') {
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200c' || c == '\u200d' || c == '\u200e' || c == '\u200f' || c == '\ufeff' || c == '\u061c';
    }
}
