package io.khabar.enrich.dedup;

import java.util.List;

/**
 * What a band task tells an article (keyed by its id): the earliest matches found for its units in one batch
 * ({@code correction = false}, counted: the article is complete when all its batches reported), or an earlier unit
 * that arrived after the article's units had been matched ({@code correction = true}).
 */
public record MatchReport(boolean correction, String articleId, long articleTs, List<UnitMatch> matches) {
}
