package io.khabar.ingest;

import java.util.Locale;

/** What ingest does with input that is not an article ({@link IngestConfig#ON_MALFORMED_CONFIG}). */
public enum OnMalformed {
    /** Stop the run with an error naming the input. */
    FAIL,
    /** Log a warning and skip the input. */
    WARN,
    /** Send the original bytes to the dead-letter topic, the reason in headers, and go on. */
    DLQ;

    static OnMalformed of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
