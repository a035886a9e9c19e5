package io.khabar.enrich.dedup;

import java.util.List;

/**
 * A distinct text the band side has seen (within one epoch): its shingles, the units seen carrying it, and what the
 * first of them repeats.
 *
 * @param features sorted distinct shingle hashes (empty in exact mode)
 * @param copies   units with this text, in {@link UnitRef#ORDER}: the earliest one and the latest others, at most
 *                 {@link BandMatcher#maxCopies()} in all
 * @param lead     the earliest unit the first copy repeats ({@link Lead#NONE}: none), which is what every later copy
 *                 of the text repeats too; null when not known (a record written before this field existed)
 */
public record KnownText(int[] features, List<UnitRef> copies, Lead lead) {

    /** The earliest copy of the text in this epoch. */
    public UnitRef first() {
        return copies.get(0);
    }

    /** Whether a remembered copy is at the unit's place (the same unit, as when a record is processed again). */
    public boolean hasCopyAt(UnitRef unit) {
        return copyAt(unit) != null;
    }

    /** The remembered copy at the unit's place (whatever its timestamp), or null. */
    public UnitRef copyAt(UnitRef unit) {
        for (UnitRef c : copies) {
            if (c.samePlace(unit)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The earliest unit before the first copy of a text that repeats it, as the first copy's own match would name it:
     * of any kind when that copy is a sentence, a paragraph when it is a paragraph. Units of the first copy's own
     * article count too, since later copies come from other articles.
     *
     * @param unit       the earlier unit, or null when there is none
     * @param similarity its similarity to the text
     */
    public record Lead(UnitRef unit, double similarity) {

        public static final Lead NONE = new Lead(null, 0);

        /** Whether {@code candidate}, of this similarity, is an earlier lead than this one. */
        boolean isAfter(UnitRef candidate) {
            return unit == null || candidate.isBefore(unit);
        }
    }
}
