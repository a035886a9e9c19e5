package io.khabar.sink;

/** A consumed record that is not an enriched article the sink can write. */
final class MalformedRecordException extends Exception {

    MalformedRecordException(String message) {
        super(message);
    }
}
