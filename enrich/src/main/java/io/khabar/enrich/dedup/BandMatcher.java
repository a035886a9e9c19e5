package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Compares a unit with the texts of a bucket and adds it to the bucket. Two units repeat each other when they belong
 * to different articles, lie within the memory horizon of each other and their similarity is at or above the
 * threshold (1.0 for the same canonical text, else shingle Jaccard). Shared by the band processor and the offline
 * evaluation ({@link InMemoryDeduplicator}), so that {@code dedup-eval} measures what the topology does.
 */
public final class BandMatcher {

    private final double threshold;
    private final long horizonMs;
    private final int maxCopies;

    /**
     * @param maxCopies how many units are remembered per distinct text and bucket (the earliest and the latest
     *                  others): later copies can be re-pointed when an earlier copy arrives late, up to this many
     */
    public BandMatcher(double threshold, long horizonMs, int maxCopies) {
        if (maxCopies < 1) {
            throw new IllegalArgumentException("maxCopies must be positive");
        }
        this.threshold = threshold;
        this.horizonMs = horizonMs;
        this.maxCopies = maxCopies;
    }

    public long horizonMs() {
        return horizonMs;
    }

    public int maxCopies() {
        return maxCopies;
    }

    /**
     * Compares {@code entry} with every text of {@code bucket}: each remembered copy that precedes the entry's unit
     * goes to {@code earlier} (the unit repeats it), each that follows goes to {@code later} (it repeats the unit).
     *
     * @return true when the bucket already holds this very unit (a record processed again)
     */
    public boolean compare(BandEntry entry, Bucket bucket, Consumer<UnitMatch> earlier, Consumer<UnitMatch> later) {
        UnitRef unit = entry.unit();
        boolean known = false;
        for (BucketMember member : bucket.members()) {
            boolean same = member.exactHash() == entry.exactHash();
            double similarity = same ? 1.0 : Similarity.jaccard(entry.features(), member.features());
            if (similarity < threshold) {
                continue;
            }
            for (UnitRef copy : member.copies()) {
                if (same && copy.samePlace(unit)) {
                    known = true;
                    continue;
                }
                if (copy.articleId().equals(unit.articleId())
                        || Math.abs(copy.timestamp() - unit.timestamp()) > horizonMs) {
                    continue;
                }
                MatchKind kind = MatchKind.of(unit.kind(), copy.kind());
                if (copy.isBefore(unit)) {
                    earlier.accept(new UnitMatch(unit, kind, copy, similarity));
                } else {
                    later.accept(new UnitMatch(copy, kind, unit, similarity));
                }
            }
        }
        return known;
    }

    /** The bucket with the entry's unit added to the copies of its text, or with its text added. */
    public Bucket absorb(Bucket bucket, BandEntry entry) {
        List<BucketMember> members = new ArrayList<>(bucket.members().size() + 1);
        boolean placed = false;
        for (BucketMember member : bucket.members()) {
            if (!placed && member.exactHash() == entry.exactHash()) {
                members.add(new BucketMember(member.exactHash(), member.features(),
                        withCopy(member.copies(), entry.unit())));
                placed = true;
            } else {
                members.add(member);
            }
        }
        if (!placed) {
            members.add(new BucketMember(entry.exactHash(), entry.features(), List.of(entry.unit())));
        }
        return new Bucket(members);
    }

    /** The copies with {@code unit} inserted in order; over the limit, the second earliest is forgotten. */
    private List<UnitRef> withCopy(List<UnitRef> copies, UnitRef unit) {
        List<UnitRef> out = new ArrayList<>(copies.size() + 1);
        boolean inserted = false;
        for (UnitRef copy : copies) {
            if (!inserted && unit.isBefore(copy)) {
                out.add(unit);
                inserted = true;
            }
            out.add(copy);
        }
        if (!inserted) {
            out.add(unit);
        }
        while (out.size() > maxCopies) {
            out.remove(1);
        }
        return out;
    }
}
