package io.khabar.model;

import java.util.List;

/**
 * The enriched article: the value on the enriched topic and the document in the bulk files.
 * Field names are snake_case in JSON (see {@link Json}); unknown values are null, never invented.
 * The shape is fixed by {@code shared/CONTRACT.md}; fields may be added, not renamed.
 */
public record EnrichedArticle(
        String id,
        String source,
        String origin,
        String title,
        String dateline,
        String publishedAt,
        String language,
        String url,
        String ingestedAt,
        List<Paragraph> paragraphs,
        String novelText,
        List<String> boilerplate,
        List<Entity> entities,
        List<DateMention> dates) {

    public EnrichedArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        entities = entities == null ? List.of() : List.copyOf(entities);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** The text of the paragraphs that repeat nothing seen earlier, joined by blank lines. */
    public static String novelTextOf(List<Paragraph> paragraphs) {
        StringBuilder novel = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (p.duplicateOf() != null) {
                continue;
            }
            if (novel.length() > 0) {
                novel.append("\n\n");
            }
            novel.append(p.text());
        }
        return novel.toString();
    }

    /** A copy with other paragraphs, novel text recomputed from them. */
    public EnrichedArticle withParagraphs(List<Paragraph> newParagraphs) {
        return new EnrichedArticle(id, source, origin, title, dateline, publishedAt, language, url, ingestedAt,
                newParagraphs, novelTextOf(newParagraphs), boilerplate, entities, dates);
    }

    /** A copy without the novel text (null), e.g. to store a draft whose novel text is computed when it is emitted. */
    public EnrichedArticle withoutNovelText() {
        return new EnrichedArticle(id, source, origin, title, dateline, publishedAt, language, url, ingestedAt,
                paragraphs, null, boilerplate, entities, dates);
    }

    /** A copy with other entities and dates. */
    public EnrichedArticle withAnnotations(List<Entity> newEntities, List<DateMention> newDates) {
        return new EnrichedArticle(id, source, origin, title, dateline, publishedAt, language, url, ingestedAt,
                paragraphs, novelText, boilerplate, newEntities, newDates);
    }
}
