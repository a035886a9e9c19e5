package io.khabar.entities;

import java.util.Arrays;
import java.util.List;

/**
 * Tokens of a text as character offsets: token {@code i} is {@code text[start(i), end(i))}.
 *
 * @param text   the characters
 * @param starts token starts
 * @param ends   token ends, exclusive
 * @param size   number of tokens
 */
record TokenSpans(char[] text, int[] starts, int[] ends, int size) {

    /** Tokens already split (e.g. CoNLL), laid out with one space between them. */
    static TokenSpans of(List<String> tokens) {
        int len = 0;
        for (String t : tokens) {
            len += t.length() + 1;
        }
        char[] text = new char[Math.max(0, len - 1)];
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            t.getChars(0, t.length(), text, pos);
            starts[i] = pos;
            ends[i] = pos + t.length();
            pos = ends[i];
            if (pos < text.length) {
                text[pos++] = ' ';
            }
        }
        return new TokenSpans(text, starts, ends, tokens.size());
    }

    String token(int i) {
        return new String(text, starts[i], ends[i] - starts[i]);
    }

    /** Tokens [s, e) joined by single spaces, as names are written in the gazetteer. */
    String words(int s, int e) {
        StringBuilder words = new StringBuilder(token(s));
        for (int k = s + 1; k < e; k++) {
            words.append(' ').append(token(k));
        }
        return words.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenSpans t && size == t.size && Arrays.equals(text, t.text)
                && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts) * 31 + size;
    }

    @Override
    public String toString() {
        return "TokenSpans[" + size + " tokens]";
    }
}
