package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * The band side's decision, shared by the band processor and the offline evaluation ({@link InMemoryDeduplicator}),
 * so that {@code dedup-eval} measures what the topology does.
 *
 * <p>Two units repeat each other when they belong to different articles, lie within the memory horizon of each other
 * and their similarity is at or above the threshold (1.0 for the same canonical text, else shingle Jaccard). A unit
 * meets its candidates through its LSH buckets: each bucket lists the distinct texts that fell into it, and each
 * text ({@link KnownText}) is kept once with its shingles and the units that carried it.
 *
 * <p>State is kept per epoch of one horizon: a unit of event time {@code t} is stored in the epoch of {@code t} and
 * compared with the epochs before, of and after its own, the only ones that can hold units within the horizon; the
 * topology drops whole epochs once event time has moved three horizons on.
 */
public final class BandMatcher {

    /**
     * How far past a unit the copies in the state may lie when the caller knows the unit's {@code laterTexts}: every
     * copy in the state is at most this much later than the unit (the band task's window of recent texts).
     */
    public static final long LATER_TEXTS_WINDOW_MS = 30_000;

    /** {@code laterTexts} of a unit later than everything in the state: no text has a later copy. */
    public static final LongPredicate NO_LATER_COPIES = hash -> false;

    private final double threshold;
    private final long horizonMs;
    private final int maxCopies;
    private final int maxTexts;
    private final int minAgreement;

    /**
     * @param maxCopies how many units a text remembers (the earliest and the latest others, at least 2); a unit that
     *                  arrives late, before the second of them, also reads the forgotten ones to correct them all
     * @param maxTexts  how many distinct texts a bucket lists; a full bucket takes no more, so a bucket never
     *                  outgrows a fixed size however large the state. Only buckets keyed by common word pairs get
     *                  there; a real repeat shares several bands with its original and is still found through others.
     */
    public BandMatcher(double threshold, long horizonMs, int maxCopies, int maxTexts) {
        this(threshold, horizonMs, maxCopies, maxTexts, 0);
    }

    /**
     * @param minAgreement sketch bytes a text must share with the unit to be read (the band's own {@code rows} bytes
     *                     always agree); 0 reads every text that passes the size test
     */
    public BandMatcher(double threshold, long horizonMs, int maxCopies, int maxTexts, int minAgreement) {
        if (maxCopies < 2 || maxTexts < 1 || horizonMs < 1) {
            throw new IllegalArgumentException("horizonMs and maxTexts must be positive, maxCopies at least 2");
        }
        this.threshold = threshold;
        this.horizonMs = horizonMs;
        this.maxCopies = maxCopies;
        this.maxTexts = maxTexts;
        this.minAgreement = minAgreement;
    }

    /** A matcher with the default bounds of {@link DedupDefaults}, for band keys of {@code rows} minima. */
    public static BandMatcher withDefaults(double threshold, long horizonMs, int rows) {
        return new BandMatcher(threshold, horizonMs, DedupDefaults.COPIES_PER_TEXT, DedupDefaults.TEXTS_PER_BUCKET,
                rows + DedupDefaults.SKETCH_EXTRA_AGREEMENT);
    }

    public long horizonMs() {
        return horizonMs;
    }

    public int maxCopies() {
        return maxCopies;
    }

    /** The epoch (start of a horizon-long period of event time) a unit of this timestamp is stored in. */
    public long epochOf(long timestamp) {
        return Math.floorDiv(Math.max(0, timestamp), horizonMs) * horizonMs;
    }

    /**
     * Compares the unit with the texts of its buckets and remembers it: {@link #find} and, unless the unit was
     * already there (a record processed again), {@link #absorb}.
     */
    public void match(BandUnit unit, BandState state, Consumer<UnitMatch> earlier, Consumer<UnitMatch> later) {
        match(unit, state, null, earlier, later);
    }

    /**
     * {@link #match}, told which texts have copies later than the unit ({@code laterTexts}; {@link #NO_LATER_COPIES}
     * when the unit is later than everything in the state, as in a feed that arrives in order; null when unknown):
     * see {@link #find(BandUnit, BandState, LongPredicate, Consumer, Consumer)} and {@link #matchedAsCopy}.
     */
    public void match(BandUnit unit, BandState state, LongPredicate laterTexts, Consumer<UnitMatch> earlier,
            Consumer<UnitMatch> later) {
        ReadOnce once = new ReadOnce(state);
        BandUnit seen = asFirstSeen(unit, once);
        if (seen != unit) {
            laterTexts = null; // known for the unit's arrival now, not for its first one: read everything
        }
        if (laterTexts != null && matchedAsCopy(seen, once, earlier)) {
            return;
        }
        Pass pass = new Pass(seen.unit());
        if (!find(seen, once, laterTexts, pass, earlier, later)) {
            absorb(seen, once, pass);
        }
        pass.leads.forEach((key, text) -> once.putText(key.key(), key.epoch(), text));
    }

    /**
     * The unit at its first arrival, when the state already holds it earlier at the same place (same article,
     * paragraph, offset and text): its article was ingested again (a feed re-delivered it, or the same files were
     * run again) and the record carries a later timestamp. Matched as of its first arrival it repeats what it repeated
     * then, and not the units that came in between, so its article comes out as it did the first time. Before, an
     * article ingested twice was flagged as a repeat of the articles that had repeated it, each pointing at the other.
     * Otherwise the unit itself. The reads are the ones the match makes next anyway (its first bucket, then its text).
     */
    private BandUnit asFirstSeen(BandUnit unit, BandState state) {
        KnownText text = storedText(unit, state);
        UnitRef copy = text == null ? null : text.copyAt(unit.unit());
        if (copy == null || !copy.isBefore(unit.unit())) {
            return unit;
        }
        return new BandUnit(copy, unit.exactHash(), unit.features(), unit.bandKeys(), unit.sketch());
    }

    /**
     * The unit's own text as stored in the unit's epoch, or null. Whether it is stored is asked of the unit's first
     * bucket first, which the full path reads anyway: most units are new texts, whose absent value is then not read.
     */
    private KnownText storedText(BandUnit unit, BandState state) {
        long epoch = epochOf(unit.unit().timestamp());
        if (unit.bandKeys().length == 0 || showsNew(state.bucket(unit.bandKeys()[0], epoch), unit.exactHash())) {
            return null;
        }
        return state.text(unit.exactHash(), epoch);
    }

    /**
     * A later copy of a text already known in its epoch repeats what the text's first copy repeats, or that first
     * copy itself: the text's {@link KnownText#lead() lead} says which, so the unit reads its first bucket and the
     * text instead of all its buckets and their candidates, and writes only its copy (its buckets already list the
     * text, first seen before it). It needs to correct nobody: a later unit that repeats it also repeats the first
     * copy, which is earlier. That holds when the first copy comes from another article of the same kind and stays
     * within the horizon of every copy in the state (at most {@link #LATER_TEXTS_WINDOW_MS} past the unit), and the
     * lead is within the unit's horizon; else, or when the lead is not known, the unit takes the full path. Whether
     * the text is known is asked of the unit's first bucket, which the full path reads anyway: most units are new
     * texts.
     *
     * @return whether the unit was matched and remembered here
     */
    private boolean matchedAsCopy(BandUnit unit, BandState state, Consumer<UnitMatch> earlier) {
        UnitRef ref = unit.unit();
        long epoch = epochOf(ref.timestamp());
        KnownText text = storedText(unit, state);
        if (text == null || text.lead() == null) {
            return false;
        }
        UnitRef first = text.first();
        KnownText.Lead lead = text.lead();
        if (!first.isBefore(ref) || first.kind() != ref.kind() || first.articleId().equals(ref.articleId())
                || ref.timestamp() - first.timestamp() > horizonMs - LATER_TEXTS_WINDOW_MS
                || lead.unit() != null && !related(lead.unit(), ref)) {
            return false;
        }
        UnitRef match = lead.unit() == null ? first : lead.unit();
        double similarity = lead.unit() == null ? 1.0 : lead.similarity();
        earlier.accept(new UnitMatch(ref, MatchKind.of(ref.kind(), match.kind()), match, similarity));
        if (!text.hasCopyAt(ref)) {
            putCopy(unit, state, epoch, text, lead);
        }
        return true;
    }

    /**
     * What one unit's full match learns besides its matches: the earliest unit before it that it repeats (its lead,
     * should it become the first copy of its text), and the texts whose first copy it precedes and repeats (their
     * new leads, written after the match).
     */
    private static final class Pass {
        private final UnitRef unit;
        private UnitRef before;
        private double beforeSimilarity;
        private final Map<ReadOnce.Key, KnownText> leads = new HashMap<>();

        Pass(UnitRef unit) {
            this.unit = unit;
        }

        void offerBefore(UnitRef copy, double similarity) {
            if (counts(unit.kind(), copy.kind()) && (before == null || copy.isBefore(before))) {
                before = copy;
                beforeSimilarity = similarity;
            }
        }

        /** The lead of a text whose first copy is this pass's unit. */
        KnownText.Lead leadAsFirst() {
            return before == null ? KnownText.Lead.NONE : new KnownText.Lead(before, beforeSimilarity);
        }

        /** The lead of a text whose first copy {@code first} precedes this pass's unit (same kind), learned anew. */
        KnownText.Lead leadOf(UnitRef first) {
            return before != null && before.isBefore(first) ? leadAsFirst() : KnownText.Lead.NONE;
        }
    }

    /** Whether a match with a copy of {@code copyKind} counts for a unit of {@code unitKind} (see {@link Earliest}). */
    private static boolean counts(UnitKind unitKind, UnitKind copyKind) {
        return unitKind == UnitKind.SENTENCE || copyKind == UnitKind.PARAGRAPH;
    }

    /**
     * The state as one unit's match sees it: what {@link #find} read (found or not) is not read again by
     * {@link #absorb}, about half of the store reads of a unit.
     */
    private static final class ReadOnce implements BandState {

        private record Key(long key, long epoch) {
        }

        private final BandState state;
        private final Map<Key, Bucket> buckets = new HashMap<>();
        private final Map<Key, KnownText> texts = new HashMap<>();

        ReadOnce(BandState state) {
            this.state = state;
        }

        @Override
        public Bucket bucket(long bandKey, long epoch) {
            return readOnce(buckets, new Key(bandKey, epoch), () -> state.bucket(bandKey, epoch));
        }

        @Override
        public KnownText text(long exactHash, long epoch) {
            return readOnce(texts, new Key(exactHash, epoch), () -> state.text(exactHash, epoch));
        }

        /** The value read before, absent ones too (which {@code computeIfAbsent} would not remember). */
        private static <T> T readOnce(Map<Key, T> read, Key key, Supplier<T> reader) {
            if (read.containsKey(key)) {
                return read.get(key);
            }
            T value = reader.get();
            read.put(key, value);
            return value;
        }

        @Override
        public void putBucket(long bandKey, long epoch, Bucket bucket) {
            buckets.put(new Key(bandKey, epoch), bucket);
            state.putBucket(bandKey, epoch, bucket);
        }

        @Override
        public void putText(long exactHash, long epoch, KnownText text) {
            texts.put(new Key(exactHash, epoch), text);
            state.putText(exactHash, epoch, text);
        }

        @Override
        public void addCopy(long exactHash, long epoch, UnitRef unit) {
            state.addCopy(exactHash, epoch, unit);
        }

        @Override
        public List<UnitRef> copies(long exactHash, long epoch, long from, long to) {
            return state.copies(exactHash, epoch, from, to);
        }
    }

    /**
     * Compares the unit with every text of its buckets in the neighbouring epochs, each text once: each remembered
     * copy that precedes the unit goes to {@code earlier} (the unit repeats it), each that follows goes to
     * {@code later} (it repeats the unit). Reads state, never writes it.
     *
     * @return true when the state already holds this very unit
     */
    public boolean find(BandUnit unit, BandState state, Consumer<UnitMatch> earlier, Consumer<UnitMatch> later) {
        return find(unit, state, null, earlier, later);
    }

    /**
     * {@link #find(BandUnit, BandState, Consumer, Consumer)}, reading fewer texts when the caller knows
     * {@code laterTexts}, the texts with a copy later than the unit (null: not known). A text with no later copy
     * needs no correction, and of the unit's earlier matches only the earliest counts: for a sentence, the earliest
     * of all; for a paragraph, the earliest paragraph it repeats (its sentence-level matches are not shown once it
     * repeats a paragraph). So the candidate texts are read in the order of their earliest copy (kept in the
     * buckets), and once such a match is found, a text without later copies whose copies all come after it is not
     * read: it could change nothing. Without this, a paragraph that the feed keeps re-editing (a background paragraph
     * with a new date each time) read every earlier version of itself, and the texts read per unit grew with the
     * state.
     */
    public boolean find(BandUnit unit, BandState state, LongPredicate laterTexts, Consumer<UnitMatch> earlier,
            Consumer<UnitMatch> later) {
        return find(unit, state, laterTexts, new Pass(unit.unit()), earlier, later);
    }

    private boolean find(BandUnit unit, BandState state, LongPredicate laterTexts, Pass pass,
            Consumer<UnitMatch> earlier, Consumer<UnitMatch> later) {
        List<Candidate> candidates = candidates(unit, state, laterTexts != null);
        if (laterTexts != null) {
            candidates.sort(Comparator.comparingLong(Candidate::firstSeen));
        }
        Earliest earliest = new Earliest(unit.unit().kind());
        Consumer<UnitMatch> found = m -> {
            earliest.offer(m);
            earlier.accept(m);
        };
        boolean known = false;
        for (Candidate c : candidates) {
            if (laterTexts != null && c.hash() != unit.exactHash() && earliest.precedes(c.firstSeen())
                    && !laterTexts.test(c.hash())) {
                continue; // every copy of this text comes after the match already found, and before the unit
            }
            KnownText text = state.text(c.hash(), c.epoch());
            if (text != null) {
                known |= compare(unit, c.hash(), c.epoch(), text,
                        copiesToCorrect(unit, c.hash(), text, state, c.epoch()), pass, found, later);
            }
        }
        return known;
    }

    /** A text to read: its hash and epoch, and no copy of it in that epoch is earlier than {@code firstSeen} (ms). */
    private record Candidate(long hash, long epoch, long firstSeen) {
    }

    /**
     * The texts of the unit's buckets in its epoch and the two around it that may be repeats (same text, or size and
     * sketch close enough), each once per epoch, in the order met. When the caller knows the unit's later texts, no
     * copy in the state lies more than {@link #LATER_TEXTS_WINDOW_MS} past the unit, so the next epoch is read only
     * when that reaches into it (in a feed that arrives in order, the next epoch is always empty).
     */
    private List<Candidate> candidates(BandUnit unit, BandState state, boolean laterKnown) {
        long ts = unit.unit().timestamp();
        long epoch = epochOf(ts);
        long last = laterKnown ? epochOf(ts + Math.min(LATER_TEXTS_WINDOW_MS, Long.MAX_VALUE - ts)) : Long.MAX_VALUE;
        List<Candidate> out = new ArrayList<>();
        Map<Long, Integer> at = new HashMap<>();
        for (long e = epoch - horizonMs; e <= epoch + horizonMs && e <= last; e += horizonMs) {
            if (e >= 0) { // before time began: nothing
                at.clear();
                for (long key : unit.bandKeys()) {
                    Bucket bucket = state.bucket(key, e);
                    for (int i = 0; bucket != null && i < bucket.size(); i++) {
                        long hash = bucket.hashes()[i];
                        if (hash == unit.exactHash() || mayMatch(unit, bucket, i)) {
                            Integer index = at.putIfAbsent(hash, out.size());
                            long first = bucket.firstSeenLowerBound(i);
                            if (index == null) {
                                out.add(new Candidate(hash, e, first));
                            } else if (first < out.get(index).firstSeen()) {
                                out.set(index, new Candidate(hash, e, first));
                            }
                        }
                    }
                }
            }
            if (e > Long.MAX_VALUE - horizonMs) {
                break;
            }
        }
        return out;
    }

    /**
     * The earliest match that counts for a unit (see
     * {@link #find(BandUnit, BandState, LongPredicate, Consumer, Consumer)}).
     */
    private static final class Earliest {
        private final UnitKind kind;
        private long timestamp = Long.MAX_VALUE;

        Earliest(UnitKind kind) {
            this.kind = kind;
        }

        void offer(UnitMatch m) {
            if (counts(kind, m.match().kind())) {
                timestamp = Math.min(timestamp, m.match().timestamp());
            }
        }

        /** Whether a match was found that precedes every copy of a text first seen at {@code firstSeen}. */
        boolean precedes(long firstSeen) {
            return timestamp < firstSeen;
        }
    }

    /**
     * Adds the unit to the copies of its text and its text to its buckets, in the unit's epoch. A copy the text's
     * bounded list forgets to make room goes to {@link BandState#addCopy}, so that the list and the forgotten copies
     * together always hold every copy.
     */
    private void absorb(BandUnit unit, BandState state, Pass pass) {
        long epoch = epochOf(unit.unit().timestamp());
        UnitRef ref = unit.unit();
        KnownText text = maybeKnown(unit, state, epoch) ? state.text(unit.exactHash(), epoch) : null;
        if (text == null) {
            state.putText(unit.exactHash(), epoch, new KnownText(unit.features(), List.of(ref), pass.leadAsFirst()));
        } else if (!text.hasCopyAt(ref)) {
            KnownText.Lead lead = text.lead();
            if (ref.isBefore(text.first())) {
                lead = pass.leadAsFirst(); // a late copy, earlier than the others: it is the first now
            } else if (lead == null && ref.kind() == text.first().kind()) {
                lead = pass.leadOf(text.first()); // a record of an older version learns its lead
            }
            putCopy(unit, state, epoch, text, lead);
        }
        long ts = unit.unit().timestamp();
        for (long key : unit.bandKeys()) {
            Bucket bucket = state.bucket(key, epoch);
            int listed = bucket == null ? -1 : bucket.indexOf(unit.exactHash());
            if (bucket == null || !bucket.full(maxTexts) && listed < 0) {
                state.putBucket(key, epoch, (bucket == null ? Bucket.EMPTY : bucket)
                        .with(unit.exactHash(), unit.features().length, unit.sketch(), ts, maxTexts));
            } else if (listed >= 0) {
                Bucket moved = bucket.withCopyAt(listed, ts);
                if (moved != bucket) {
                    state.putBucket(key, epoch, moved); // a late copy, earlier than the others
                }
            }
        }
    }

    /** Adds the unit to the remembered copies of its text; a copy the bounded list forgets goes to the copy store. */
    private void putCopy(BandUnit unit, BandState state, long epoch, KnownText text, KnownText.Lead lead) {
        List<UnitRef> copies = withCopy(text.copies(), unit.unit());
        while (copies.size() > maxCopies) {
            state.addCopy(unit.exactHash(), epoch, copies.remove(1));
        }
        state.putText(unit.exactHash(), epoch, new KnownText(text.features(), copies, lead));
    }

    /**
     * Whether the unit's text may already be stored in this epoch. A stored text was added to each of its buckets
     * that was not full then, and buckets only grow: so when one of the unit's buckets is absent, or neither full
     * nor listing the text, the text is new here and its (absent) value need not be read. New texts are most units.
     */
    private boolean maybeKnown(BandUnit unit, BandState state, long epoch) {
        for (long key : unit.bandKeys()) {
            if (showsNew(state.bucket(key, epoch), unit.exactHash())) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of a text's buckets shows the text is new in its epoch: absent, or neither full nor listing it. */
    private boolean showsNew(Bucket bucket, long hash) {
        return bucket == null || !bucket.full(maxTexts) && !bucket.contains(hash);
    }

    /**
     * Whether text {@code i} of the bucket is worth reading: the Jaccard of sets of sizes a and b is at most
     * min/max, and a repeat agrees with the unit on about as many sketch bytes as their token Jaccard says, well
     * beyond the bytes of the shared band itself; a text that met the unit by chance in a bucket of two common
     * words agrees on few more.
     */
    private boolean mayMatch(BandUnit unit, Bucket bucket, int i) {
        int a = unit.features().length;
        int b = bucket.sizes()[i];
        int max = Math.max(a, b);
        if (max > 0 && Math.min(a, b) < threshold * max) {
            return false;
        }
        return unit.sketch().length == 0 || bucket.agreement(i, unit.sketch()) >= minAgreement;
    }

    /**
     * The copies of a text that the unit may have to correct. The text remembers its first copy and its latest
     * others; the copies it forgot all lie between the first and the second remembered one. So unless the unit
     * precedes the second remembered copy of a full list (a copy that comes in late, earlier than many it repeats),
     * the remembered copies are all the later ones; otherwise the forgotten copies are read too, so that all of them
     * are re-pointed and the result does not depend on the order in which the copies arrived. Only the forgotten
     * copies from the unit's time on are read: a common text (a line every article of a source carries) gathers
     * thousands of them, and in a feed of several partitions a unit often comes a little after later ones.
     */
    private List<UnitRef> copiesToCorrect(BandUnit unit, long hash, KnownText text, BandState state, long epoch) {
        List<UnitRef> remembered = text.copies();
        UnitRef ref = unit.unit();
        if (remembered.size() < maxCopies || !ref.isBefore(remembered.get(1))) {
            return remembered;
        }
        List<UnitRef> all = new ArrayList<>(remembered);
        Set<UnitRef.Place> seen = new HashSet<>();
        remembered.forEach(c -> seen.add(c.place()));
        long epochEnd = epoch > Long.MAX_VALUE - horizonMs ? Long.MAX_VALUE : epoch + horizonMs - 1;
        for (UnitRef forgotten : state.copies(hash, epoch, ref.timestamp(), epochEnd)) {
            if (ref.isBefore(forgotten) && seen.add(forgotten.place())) { // a record processed again adds it twice
                all.add(forgotten);
            }
        }
        return all;
    }

    private boolean compare(BandUnit unit, long hash, long epoch, KnownText text, List<UnitRef> later, Pass pass,
            Consumer<UnitMatch> earlier, Consumer<UnitMatch> corrections) {
        boolean same = hash == unit.exactHash();
        double similarity = same ? 1.0 : Similarity.jaccard(unit.features(), text.features());
        if (similarity < threshold) {
            return false;
        }
        UnitRef ref = unit.unit();
        boolean known = false;
        for (UnitRef copy : text.copies()) {
            if (same && copy.samePlace(ref)) {
                known = true;
            } else if (copy.isBefore(ref)) {
                pass.offerBefore(copy, similarity);
                if (related(copy, ref)) {
                    earlier.accept(new UnitMatch(ref, MatchKind.of(ref.kind(), copy.kind()), copy, similarity));
                }
            }
        }
        boolean ownRecord = same && epoch == epochOf(ref.timestamp()); // absorb keeps its lead
        if (!ownRecord && text.lead() != null && ref.isBefore(text.first())
                && counts(text.first().kind(), ref.kind()) && text.lead().isAfter(ref)) {
            pass.leads.put(new ReadOnce.Key(hash, epoch),
                    new KnownText(text.features(), text.copies(), new KnownText.Lead(ref, similarity)));
        }
        for (UnitRef copy : later) {
            if (ref.isBefore(copy) && related(copy, ref) && !(same && copy.samePlace(ref))) {
                corrections.accept(new UnitMatch(copy, MatchKind.of(ref.kind(), copy.kind()), ref, similarity));
            }
        }
        return known;
    }

    /** Units of different articles within the horizon of each other. */
    private boolean related(UnitRef a, UnitRef b) {
        return !a.articleId().equals(b.articleId()) && Math.abs(a.timestamp() - b.timestamp()) <= horizonMs;
    }

    /** The copies with {@code unit} inserted in order (the caller trims the list back to its limit). */
    private static List<UnitRef> withCopy(List<UnitRef> copies, UnitRef unit) {
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
        return out;
    }
}
