package io.khabar.enrich;

import io.khabar.model.EnrichedArticle;

/**
 * A parsed article on its way to the article side (internal topic and draft store, Smile: {@link DraftSerde}).
 *
 * @param timestamp       the raw record's timestamp: the article's place in the dedup order
 * @param expectedReports how many band batches will report on it
 * @param draft           the enriched article without duplicate flags
 */
public record DraftEvent(long timestamp, int expectedReports, EnrichedArticle draft) {
}
