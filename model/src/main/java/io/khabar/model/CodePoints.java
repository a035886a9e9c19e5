package io.khabar.model;

/**
 * Offsets into a paragraph's text as the enriched article gives them: counted in Unicode code points (characters),
 * as Python's {@code str} and most readers of the JSON index text, not in Java's UTF-16 units. The two differ only
 * after a character outside the Basic Multilingual Plane (an emoji such as 🔴, which Java stores as two units).
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** The code-point offset of the UTF-16 index {@code utf16Index} of {@code text}. */
    public static int offset(String text, int utf16Index) {
        return text.codePointCount(0, utf16Index);
    }
}
