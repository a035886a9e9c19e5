package io.khabar.enrich.dedup;

/**
 * What a match between two units means: a paragraph repeating a paragraph ({@code duplicate_of}), or a sentence-level
 * repeat (sentence↔sentence, sentence↔one-sentence paragraph) reported as {@code repeated_sentences}.
 */
public enum MatchKind {
    PARAGRAPH,
    SENTENCE;

    public static MatchKind of(UnitKind a, UnitKind b) {
        return a == UnitKind.PARAGRAPH && b == UnitKind.PARAGRAPH ? PARAGRAPH : SENTENCE;
    }
}
