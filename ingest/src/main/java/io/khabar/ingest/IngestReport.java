package io.khabar.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one ingest run did.
 *
 * @param read          inputs read: articles and failures
 * @param published     articles acknowledged by the raw topic
 * @param deadLettered  failures acknowledged by the dead-letter topic
 * @param skipped       failures only logged ({@code on.malformed=warn})
 * @param ids           the distinct ids of the published articles, in first-publication order (two inputs with
 *                      the same content share one id)
 * @param elapsed       wall-clock time of the run
 */
public record IngestReport(long read, long published, long deadLettered, long skipped, Set<String> ids,
        Duration elapsed) {

    public IngestReport {
        ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }
}
