package io.khabar.ingest;

/**
 * Input that is not an article: malformed JSON, invalid UTF-8, an empty or oversized article.
 *
 * @param file     the input file
 * @param line     where it starts in that file (1-based), or 0 for a whole file
 * @param reason   what is wrong, for the dead letter's reason header and the log
 * @param original the original bytes (at most {@link ArticleReader#MAX_DEAD_LETTER_BYTES} of them)
 */
public record ParseFailure(String file, long line, String reason, byte[] original) implements ParsedInput {
}
