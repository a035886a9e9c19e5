package io.khabar.enrich;

import org.apache.kafka.streams.errors.StreamsException;

/** A raw record that cannot be enriched, raised when {@code on.malformed=fail}. Fatal: the app stops. */
public final class MalformedArticleException extends StreamsException {

    private static final long serialVersionUID = 1L;

    public MalformedArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
