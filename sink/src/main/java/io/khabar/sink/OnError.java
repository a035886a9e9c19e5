package io.khabar.sink;

import java.util.Arrays;
import java.util.Locale;

/** What the sink does with a record it cannot write: a malformed value, or a document the cluster rejects. */
public enum OnError {
    /** Stop the sink; nothing after the bad record is committed. */
    FAIL,
    /** Log the record's coordinates and the reason, then skip it. */
    WARN,
    /** Publish the original bytes to the dead-letter topic with the reason in headers, then go on. */
    DLQ;

    /** The configured spelling: {@code fail}, {@code warn}, {@code dlq}. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OnError parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    static String[] configValues() {
        return Arrays.stream(values()).map(OnError::configValue).toArray(String[]::new);
    }
}
