package io.khabar.sink;

/**
 * Counts of one sink run.
 *
 * @param read            records consumed from the enriched topic
 * @param articlesWritten documents durably written (in a completed bulk file, or acknowledged by the cluster when
 *                        files are off) and committed; an article read twice counts twice
 * @param filesWritten    completed bulk files
 * @param indexed         documents the cluster acknowledged
 * @param deadLettered    records sent to the dead-letter topic
 * @param skipped         records skipped with a warning ({@code on.error=warn})
 */
public record SinkStats(long read, long articlesWritten, long filesWritten, long indexed, long deadLettered, long skipped) {

    @Override
    public String toString() {
        return "read " + read + " records, wrote " + articlesWritten + " articles to " + filesWritten + " files, indexed " + indexed
                + ", dead-lettered " + deadLettered + ", skipped " + skipped;
    }
}
