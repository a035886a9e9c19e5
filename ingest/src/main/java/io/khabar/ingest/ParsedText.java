package io.khabar.ingest;

import java.util.List;

/**
 * What {@link RawTextParser} finds in one article's text.
 *
 * @param title       the title line, or null
 * @param source      the agency or site named by a dateline or source line, or null
 * @param dateline    the place of the dateline (موسكو), or null
 * @param publishedAt ISO 8601 date or local date-time of publication, or null
 * @param paragraphs  the body paragraphs, trimmed, in order; dateline prefixes removed
 * @param boilerplate page furniture removed from the body: source line, keyword lists, related headlines
 */
public record ParsedText(String title, String source, String dateline, String publishedAt, List<String> paragraphs,
        List<String> boilerplate) {

    public ParsedText {
        paragraphs = List.copyOf(paragraphs);
        boilerplate = List.copyOf(boilerplate);
    }

    /** The body as published on the raw topic: paragraphs joined by blank lines. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
