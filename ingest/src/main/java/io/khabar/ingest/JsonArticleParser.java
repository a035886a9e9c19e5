package io.khabar.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.arabic.DateExtractor;
import io.khabar.model.RawArticle;

/**
 * Turns one JSON article ({@code title}, {@code body}, {@code source}, {@code date}, {@code url}, optional
 * {@code id} and {@code dateline}) into a raw article. The publication date may also be named
 * {@code published_at} (as the enriched article names it) or {@code published}. The body's paragraphs are its
 * non-empty lines; a dateline opening the body and furniture at its end are handled as in raw text
 * ({@link RawTextParser#parseBody}).
 */
final class JsonArticleParser {

    private JsonArticleParser() {
    }

    /**
     * @param node     the JSON value of the article
     * @param file     the input file, for failures
     * @param fileName the file's name, for the origin of an article with neither id nor url
     * @param line     where the article starts in the file (1-based)
     * @param original the article's bytes, kept by a failure
     */
    static ParsedInput parse(JsonNode node, String file, String fileName, long line, byte[] original, Clock clock) {
        if (!node.isObject()) {
            return new ParseFailure(file, line, "not a JSON object but " + node.getNodeType(), original);
        }
        JsonNode bodyNode = node.get("body");
        if (bodyNode != null && !bodyNode.isNull() && !bodyNode.isTextual()) {
            return new ParseFailure(file, line, "field 'body' is not a string", original);
        }
        String body = text(node, "body");
        if (body == null) {
            return new ParseFailure(file, line, "empty article: no 'body' text", original);
        }
        ParsedText parsed = RawTextParser.parseBody(RawTextParser.paragraphs(body));
        if (parsed.paragraphs().isEmpty()) {
            return new ParseFailure(file, line, "empty article: 'body' holds only boilerplate", original);
        }
        String source = firstNonNull(text(node, "source"), parsed.source());
        String title = text(node, "title");
        String date = firstNonNull(text(node, "date"), firstNonNull(text(node, "published_at"), text(node, "published")));
        String published = date == null ? null : PublicationDates.plausible(DateExtractor.parsePublished(date), clock);
        if (published == null) {
            published = PublicationDates.plausible(parsed.publishedAt(), clock);
        }
        String url = text(node, "url");
        String origin = firstNonNull(text(node, "id"), url);
        if (origin == null) {
            origin = fileName + ":" + line;
        }
        String bodyText = parsed.body();
        RawArticle article = new RawArticle(ArticleIds.of(source, title, bodyText), origin, source, title,
                firstNonNull(text(node, "dateline"), parsed.dateline()), published, url, bodyText,
                List.copyOf(parsed.boilerplate()), Instant.now(clock).toString());
        return new ParsedArticle(article, file, line);
    }

    /** A string field, cleaned ({@link InputText}) and trimmed; null when absent, not text, or blank. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String s = RawTextParser.strip(InputText.clean(value.asText()));
        return s.isEmpty() ? null : s;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
