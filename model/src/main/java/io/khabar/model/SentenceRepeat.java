package io.khabar.model;

/**
 * A sentence inside a paragraph that repeats an earlier article's background, while the paragraph as a whole
 * carries new text. Offsets are code points into the paragraph's text ({@link CodePoints}), end exclusive.
 */
public record SentenceRepeat(int start, int end, DuplicateRef duplicateOf, double similarity) {
}
