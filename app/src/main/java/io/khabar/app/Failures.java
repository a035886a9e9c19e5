package io.khabar.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/** Turns an exception chain into the one-line reason a command prints when it fails. */
final class Failures {

    private Failures() {
    }

    static String oneLine(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isWrapperOnly(t)) {
                continue;
            }
            String part = describe(t);
            if (parts.stream().noneMatch(p -> p.contains(part))) {
                parts.add(part);
            }
        }
        return String.join(": ", parts).replace('\n', ' ');
    }

    /** An exception made from its cause alone ({@code new UncheckedIOException(cause)}): its message is the cause's. */
    private static boolean isWrapperOnly(Throwable t) {
        return t.getCause() != null && t.getCause() != t && String.valueOf(t.getCause()).equals(t.getMessage());
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
