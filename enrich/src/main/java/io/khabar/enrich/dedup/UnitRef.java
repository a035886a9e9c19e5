package io.khabar.enrich.dedup;

import java.util.Comparator;

/**
 * Names a fingerprinted unit and carries its place in the global order.
 *
 * @param articleId the article's id
 * @param timestamp the raw article's record timestamp (event time)
 * @param paragraph paragraph index in the article
 * @param start     character offset of the unit in the paragraph (0 for a paragraph)
 * @param end       character offset, exclusive
 * @param kind      paragraph or sentence
 */
public record UnitRef(String articleId, long timestamp, int paragraph, int start, int end, UnitKind kind) {

    /**
     * The deterministic order "earlier": record timestamp, then article id, then paragraph index, then offset. The
     * earliest matching unit in this order is what {@code duplicate_of} names, whatever the arrival order.
     */
    public static final Comparator<UnitRef> ORDER = Comparator.comparingLong(UnitRef::timestamp)
            .thenComparing(UnitRef::articleId)
            .thenComparingInt(UnitRef::paragraph)
            .thenComparingInt(UnitRef::start)
            .thenComparing(UnitRef::kind);

    public boolean isBefore(UnitRef other) {
        return ORDER.compare(this, other) < 0;
    }

    /** Same unit position within the same article (the timestamp is not compared): the same {@link #place()}. */
    public boolean samePlace(UnitRef other) {
        return paragraph == other.paragraph && start == other.start && kind == other.kind
                && articleId.equals(other.articleId);
    }

    /** Where the unit is, whatever its timestamp, as a value to hash (the fields {@link #samePlace} compares). */
    public Place place() {
        return new Place(articleId, paragraph, start, kind);
    }

    /** A unit's position: article, paragraph, offset and kind. */
    public record Place(String articleId, int paragraph, int start, UnitKind kind) {
    }
}
