package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences for sentence-level repeat detection.
 *
 * <p>A sentence ends after {@code . ؟ ? ! ؛ ;} or at a line end; a full stop between two digits (3.5) does not end
 * one. Spans are character offsets into the paragraph, trimmed, end exclusive; empty spans are dropped.
 */
public final class SentenceSplitter {

    /** A sentence: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
    }

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isTerminator(text, i, c)) {
                add(text, start, i + 1, spans);
                start = i + 1;
            }
        }
        add(text, start, n, spans);
        return spans;
    }

    private static boolean isTerminator(String text, int i, char c) {
        switch (c) {
            case '؟', '?', '!', '؛', ';', '\n', '\r':
                return true;
            case '.':
                boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
                boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                return !(digitBefore && digitAfter);
            default:
                return false;
        }
    }

    private static void add(String text, int from, int to, List<Span> spans) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && hasLetterOrDigit(text, s, e)) {
            spans.add(new Span(s, e));
        }
    }

    private static boolean hasLetterOrDigit(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
