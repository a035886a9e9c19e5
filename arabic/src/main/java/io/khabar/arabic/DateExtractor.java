package io.khabar.arabic;

import java.time.LocalDate;
import java.util.List;

import io.khabar.model.DateMention;

/**
 * Finds date expressions in Arabic text and gives them ISO values.
 *
 * <p>PLACEHOLDER until the date grammar lands.
 */
public final class DateExtractor {

    private DateExtractor() {
    }

    /**
     * Dates mentioned in one paragraph.
     *
     * @param paragraph     the paragraph index, copied into each mention
     * @param text          the paragraph's text
     * @param publishedDate the article's publication date, for relative mentions (اليوم الثلاثاء); may be null
     */
    public static List<DateMention> extract(int paragraph, String text, LocalDate publishedDate) {
        return List.of();
    }
}
