package io.khabar.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception chain into the one-line reason a command prints when it fails. */
final class Failures {

    private Failures() {
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        StringBuilder reason = new StringBuilder(describe(e));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            String more = describe(root);
            if (!reason.toString().contains(more)) {
                reason.append(": ").append(more);
            }
        }
        return reason.toString().replace('\n', ' ');
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
