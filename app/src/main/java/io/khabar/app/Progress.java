package io.khabar.app;

import java.io.PrintStream;
import java.time.Duration;

/** Progress lines of a long command, on standard error, prefixed so they stand out from the logs. */
final class Progress {

    private final PrintStream out;
    private long lastEvery;

    Progress(PrintStream out) {
        this.out = out;
    }

    void say(String format, Object... args) {
        out.println("khabar: " + String.format(format, args));
        out.flush();
    }

    /** Says it at most once per {@code interval}. */
    void every(Duration interval, String format, Object... args) {
        long now = System.nanoTime();
        if (now - lastEvery >= interval.toNanos()) {
            lastEvery = now;
            say(format, args);
        }
    }
}
