package io.khabar.ingest;

import io.khabar.model.RawArticle;

/**
 * An article read from the input.
 *
 * @param article the raw article, id and ingestion instant set
 * @param file    the input file
 * @param line    where it starts in that file (1-based), or 0 for a whole-file article
 */
public record ParsedArticle(RawArticle article, String file, long line) implements ParsedInput {
}
