package io.khabar.enrich;

/** What to do with a raw record that cannot be read or enriched ({@code on.malformed}). */
public enum MalformedPolicy {
    /** Stop the application: the record needs a human. */
    FAIL,
    /** Log it and go on; the record is lost. */
    WARN,
    /** Write the original bytes with the reason in headers to the dead-letter topic and go on. */
    DLQ
}
