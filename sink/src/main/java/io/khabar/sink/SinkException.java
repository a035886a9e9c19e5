package io.khabar.sink;

/** The sink cannot go on; the message says why and, where a setting can fix it, names the setting. */
public final class SinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SinkException(String message) {
        super(message);
    }

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
