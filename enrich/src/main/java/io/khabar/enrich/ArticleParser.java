package io.khabar.enrich;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.khabar.arabic.ArabicNormalizer;
import io.khabar.arabic.DateExtractor;
import io.khabar.entities.EntityTagger;
import io.khabar.model.CodePoints;
import io.khabar.model.DateMention;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Entity;
import io.khabar.model.Paragraph;
import io.khabar.model.RawArticle;

/** Turns a raw article into the draft enriched article: paragraphs, language, entities, dates; no dedup yet. */
public final class ArticleParser {

    private final EntityTagger tagger;

    public ArticleParser(EntityTagger tagger) {
        this.tagger = tagger;
    }

    /** The draft; {@code fallbackId} (the record key) is used when the article carries no id. */
    public EnrichedArticle draft(RawArticle raw, String fallbackId) {
        String id = raw.id() != null && !raw.id().isBlank() ? raw.id() : fallbackId;
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article has no id and the record no key");
        }
        List<String> texts = paragraphs(raw.body());
        List<Paragraph> paragraphs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            paragraphs.add(Paragraph.novel(i, texts.get(i)));
        }
        LocalDate published = publishedDate(raw.publishedAt());
        List<DateMention> dates = new ArrayList<>();
        for (DateMention d : DateExtractor.extractArticle(texts, published)) {
            String text = texts.get(d.paragraph());
            dates.add(new DateMention(d.text(), d.value(), d.paragraph(), CodePoints.offset(text, d.start()),
                    CodePoints.offset(text, d.end())));
        }
        List<Entity> entities = new ArrayList<>();
        for (Entity e : texts.isEmpty() ? List.<Entity>of() : tagger.tagArticle(texts)) {
            String text = texts.get(e.paragraph());
            entities.add(new Entity(e.type(), e.text(), e.canonical(), e.knownAs(), e.paragraph(),
                    CodePoints.offset(text, e.start()), CodePoints.offset(text, e.end())));
        }
        return new EnrichedArticle(id, raw.source(), raw.origin(), raw.title(), raw.dateline(), raw.publishedAt(),
                language(raw.title(), raw.body()), raw.url(), raw.ingestedAt(), paragraphs,
                EnrichedArticle.novelTextOf(paragraphs), raw.boilerplate(), entities, dates);
    }

    /** Body paragraphs: split on blank lines (lines holding only whitespace), trimmed, empty ones dropped. */
    public static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (line.isBlank()) {
                flush(current, out);
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().trim();
        if (!p.isEmpty()) {
            out.add(p);
        }
        current.setLength(0);
    }

    /**
     * The date part of an ISO date or date-time, or null; null too for years before 1800 or after next year
     * (0001-01-01, 9999-12-31 are feed defaults), so that relative mentions are never dated from them.
     */
    public static LocalDate publishedDate(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(publishedAt.substring(0, 10));
            int latest = LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
            return date.getYear() >= 1800 && date.getYear() <= latest ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "ar" when Arabic letters are most of the letters, "en" when Latin ones are, else "und". */
    public static String language(String title, String body) {
        int arabic = 0;
        int latin = 0;
        int other = 0;
        for (String s : new String[] {title, body}) {
            if (s == null) {
                continue;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                if (ArabicNormalizer.isArabicLetter(c)) {
                    arabic++;
                } else if (c < 0x250) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        int letters = arabic + latin + other;
        if (letters == 0) {
            return "und";
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        return latin * 2 > letters ? "en" : "und";
    }
}
