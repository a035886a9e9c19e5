package io.khabar.ingest;

/** One item read from the input: an article ready to publish, or a failure to parse one. */
public sealed interface ParsedInput permits ParsedArticle, ParseFailure {

    /** The input file the item came from. */
    String file();

    /** The line in that file where it starts (1-based), or 0 for a whole file. */
    long line();
}
