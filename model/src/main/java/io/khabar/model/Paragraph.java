package io.khabar.model;

import java.util.List;

/**
 * One body paragraph of an enriched article.
 *
 * @param index             position in the body, from 0
 * @param text              the paragraph's text as in the source, trimmed
 * @param duplicateOf       the earlier paragraph (in arrival order) this one repeats exactly or nearly, or null
 * @param similarity        how close the repeat is (1.0 = identical after normalization), or null when not a repeat
 * @param repeatedSentences sentences of a paragraph that is not itself a repeat but carries known background
 *                          sentences; empty when there are none
 */
public record Paragraph(
        int index,
        String text,
        DuplicateRef duplicateOf,
        Double similarity,
        List<SentenceRepeat> repeatedSentences) {

    public Paragraph {
        repeatedSentences = repeatedSentences == null ? List.of() : List.copyOf(repeatedSentences);
    }

    public static Paragraph novel(int index, String text) {
        return new Paragraph(index, text, null, null, List.of());
    }

    public Paragraph withDuplicate(DuplicateRef ref, double similarityScore) {
        return new Paragraph(index, text, ref, similarityScore, repeatedSentences);
    }

    public Paragraph withRepeatedSentences(List<SentenceRepeat> sentences) {
        return new Paragraph(index, text, duplicateOf, similarity, sentences);
    }
}
