package io.khabar.app;

import java.io.PrintStream;
import java.time.Duration;

/** Progress lines of a long command, on standard error, prefixed so they stand out from the logs. */
final class Progress {

    private final PrintStream out;
    private volatile long lastLine = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void say(String format, Object... args) {
        lastLine = System.nanoTime();
        out.println("khabar: " + String.format(format, args));
        out.flush();
    }

    /**
     * Says it when nothing was said for {@code interval}: a long wait shows its progress, and a short one (the last
     * line still fresh) adds no line of its own, e.g. no "0 of 7" just before "done".
     */
    void every(Duration interval, String format, Object... args) {
        if (System.nanoTime() - lastLine >= interval.toNanos()) {
            say(format, args);
        }
    }
}
