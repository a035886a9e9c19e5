package io.khabar.model;

/**
 * A name mentioned in a paragraph.
 *
 * @param type      what it names
 * @param text      the surface form as written
 * @param canonical the clitic-free, normalized name shared by all variants of one entity in the article: the fullest
 *                  form the article writes (فلاديمير بوتين for بوتين when the article names him in full), in the
 *                  proper spelling when the article writes that spelling too
 * @param knownAs   the name of Khabar's name list that the entity is linked to, the same in every article (دونالد ترامب
 *                  for an article that writes ترامب only, الإمارات for الإمارات العربية المتحدة); null for a name the
 *                  list does not know
 * @param paragraph the paragraph index
 * @param start     offset into the paragraph's text; in the enriched article, in code points ({@link CodePoints})
 * @param end       offset, exclusive
 */
public record Entity(EntityType type, String text, String canonical, String knownAs, int paragraph, int start,
                     int end) {

    /** An entity that no list links across articles. */
    public Entity(EntityType type, String text, String canonical, int paragraph, int start, int end) {
        this(type, text, canonical, null, paragraph, start, end);
    }

    /** The name that identifies the entity across articles: the listed name, else the canonical one. */
    public String identity() {
        return knownAs != null ? knownAs : canonical;
    }
}
