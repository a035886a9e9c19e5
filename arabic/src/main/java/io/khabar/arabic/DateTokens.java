package io.khabar.arabic;

/**
 * One pass of tokenization for date finding: runs of letters (diacritics and tatweel stay inside the run) and runs
 * of digits (any script) become tokens with their offsets; everything else separates them. Letter tokens carry their
 * {@link ArabicNormalizer#foldLetter folded} form, digit tokens their value. A clitic glued to a number
 * ({@code و11}) is a separate letter token with an empty gap.
 */
final class DateTokens {

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private String[] norms;
    private int[] values;

    DateTokens(String text) {
        this.text = text;
        int capacity = Math.max(8, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        norms = new String[capacity];
        values = new int[capacity];
        tokenize();
    }

    private void tokenize() {
        int n = text.length();
        int i = 0;
        StringBuilder norm = new StringBuilder(16);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                long value = 0;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    value = value * 10 + Character.digit(text.charAt(i), 10);
                    if (value > Integer.MAX_VALUE / 10) {
                        value = Integer.MAX_VALUE / 10;
                    }
                    i++;
                }
                add(start, i, null, (int) value);
            } else if (Character.isLetter(c) || ArabicNormalizer.isDiacriticOrTatweel(c)) {
                int start = i;
                norm.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (ArabicNormalizer.isDiacriticOrTatweel(d)) {
                        i++;
                    } else if (Character.isLetter(d)) {
                        norm.append(ArabicNormalizer.foldLetter(d));
                        i++;
                    } else {
                        break;
                    }
                }
                add(start, i, norm.toString(), -1);
            } else {
                i++;
            }
        }
    }

    private void add(int start, int end, String norm, int value) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = java.util.Arrays.copyOf(starts, capacity);
            ends = java.util.Arrays.copyOf(ends, capacity);
            norms = java.util.Arrays.copyOf(norms, capacity);
            values = java.util.Arrays.copyOf(values, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        norms[size] = norm;
        values[size] = value;
        size++;
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    /** The folded letters of token {@code k}; empty for a number or past the last token. */
    String norm(int k) {
        if (k < 0 || k >= size || norms[k] == null) {
            return "";
        }
        return norms[k];
    }

    boolean isNumber(int k) {
        return k >= 0 && k < size && norms[k] == null;
    }

    /** True when only whitespace (or one comma) lies between offset {@code from} and token {@code k}, at least one. */
    boolean spaceBetween(int from, int k) {
        if (k <= 0 || k >= size || from >= starts[k]) {
            return false;
        }
        boolean comma = false;
        for (int i = from; i < starts[k]; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == '،') && !comma) {
                comma = true;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    int value(int k) {
        return values[k];
    }

    /** Digits in number token {@code k}. */
    int digits(int k) {
        return ends[k] - starts[k];
    }

    /** True when token {@code k} is a letter token equal to {@code word} once folded. */
    boolean is(int k, String word) {
        return k >= 0 && k < size && word.equals(norms[k]);
    }

    /** True when tokens {@code k-1} and {@code k} are separated by whitespace only (at least one character). */
    boolean spaceBefore(int k) {
        return gapMatches(k, '\0', false);
    }

    /** True when tokens {@code k-1} and {@code k} touch (no character between them). */
    boolean glued(int k) {
        return k > 0 && k < size && ends[k - 1] == starts[k];
    }

    /** True when the gap before token {@code k} is {@code sep} with optional whitespace around it. */
    boolean sepBefore(int k, char sep) {
        return gapMatches(k, sep, true);
    }

    /** True when the gap before token {@code k} is exactly {@code sep}, no whitespace. */
    boolean tightSepBefore(int k, char sep) {
        return k > 0 && k < size && ends[k - 1] + 1 == starts[k] && text.charAt(ends[k - 1]) == sep;
    }

    private boolean gapMatches(int k, char sep, boolean needSep) {
        if (k <= 0 || k >= size) {
            return false;
        }
        int from = ends[k - 1];
        int to = starts[k];
        if (from == to) {
            return false;
        }
        boolean seen = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (needSep && c == sep && !seen) {
                seen = true;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return seen == needSep;
    }

    /** True when the text before token {@code k} (back to the previous token) holds one of {@code marks}, or starts. */
    boolean gapBeforeHasAny(int k, String marks) {
        if (k == 0) {
            return true;
        }
        return hasAny(ends[k - 1], starts[k], marks);
    }

    /** True when the text after token {@code k} (up to the next token) holds one of {@code marks}, or ends. */
    boolean gapAfterHasAny(int k, String marks) {
        if (k + 1 >= size) {
            return true;
        }
        return hasAny(ends[k], starts[k + 1], marks);
    }

    private boolean hasAny(int from, int to, String marks) {
        for (int i = from; i < to; i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
