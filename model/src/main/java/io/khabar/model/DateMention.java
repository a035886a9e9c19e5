package io.khabar.model;

/**
 * A date mentioned in a paragraph.
 *
 * @param text      the surface form as written
 * @param value     ISO value: {@code 2020-11-09}, {@code 2020-11} or {@code 2020}
 * @param paragraph the paragraph index
 * @param start     offset into the paragraph's text; in the enriched article, in code points ({@link CodePoints})
 * @param end       offset, exclusive
 */
public record DateMention(String text, String value, int paragraph, int start, int end) {
}
