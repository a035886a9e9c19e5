package io.khabar.enrich;

import io.khabar.model.EnrichedArticle;

/**
 * A parsed article on its way to the article side (internal topic and draft store, Smile: {@link DraftSerde}).
 *
 * @param timestamp       the raw record's timestamp: the article's place in the dedup order
 * @param expectedReports how many band batches will report on it
 * @param draft           the enriched article without duplicate flags, and without its novel text: that is the text
 *                        of the paragraphs left unflagged, which the assembler computes when it emits the article
 *                        ({@link EnrichedArticle#withParagraphs}); storing it would put a second copy of the whole
 *                        text in every draft (37% of a draft's bytes on the ANT sample)
 */
public record DraftEvent(long timestamp, int expectedReports, EnrichedArticle draft) {

    public DraftEvent {
        if (draft != null && draft.novelText() != null) {
            draft = draft.withoutNovelText();
        }
    }
}
