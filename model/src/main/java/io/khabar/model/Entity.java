package io.khabar.model;

/**
 * A name mentioned in a paragraph.
 *
 * @param type      what it names
 * @param text      the surface form as written
 * @param canonical the clitic-free, normalized name shared by all variants of one entity
 * @param paragraph the paragraph index
 * @param start     offset into the paragraph's text; in the enriched article, in code points ({@link CodePoints})
 * @param end       offset, exclusive
 */
public record Entity(EntityType type, String text, String canonical, int paragraph, int start, int end) {
}
