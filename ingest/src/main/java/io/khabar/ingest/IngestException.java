package io.khabar.ingest;

/** Ingest stopped: input failed with {@code on.malformed=fail}, or Kafka did not take a record. */
public class IngestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
