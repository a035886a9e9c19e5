package io.khabar.model;

import java.util.List;

/**
 * An article as ingest publishes it to the raw topic: parsed from a text or JSON file, not yet enriched.
 *
 * @param id          stable id: the same input always gets the same id
 * @param origin      where it came from: the file name of a raw text file, or a JSON article's own id / url / file:line
 * @param source      the publishing agency or site, or null
 * @param title       the title line, or null
 * @param dateline    the place of the dateline (e.g. موسكو), or null
 * @param publishedAt ISO 8601 publication date or date-time, or null when unknown
 * @param url         the article's URL, or null
 * @param body        the body text, paragraphs separated by blank lines; title, dateline date and boilerplate removed
 * @param boilerplate page furniture removed from the body (source lines, keyword lists, related headlines)
 * @param ingestedAt  ISO 8601 instant at which ingest read the article
 */
public record RawArticle(
        String id,
        String origin,
        String source,
        String title,
        String dateline,
        String publishedAt,
        String url,
        String body,
        List<String> boilerplate,
        String ingestedAt) {

    public RawArticle {
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    }
}
