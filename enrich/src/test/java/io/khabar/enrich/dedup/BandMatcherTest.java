package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The band logic shared by the band processor and dedup-eval: texts kept once, copies and buckets bounded. */
class BandMatcherTest {

    private static final long DAY = 86_400_000L;
    private static final String BACKGROUND = "وكانت الحرب قد اندلعت في السابع والعشرين من أيلول سبتمبر الماضي"
            + " بين أرمينيا وأذربيجان حول إقليم ناغورني قره باغ";
    private static final String EDITED = "وكانت الحرب قد اندلعت في السابع والعشرين من سبتمبر الماضي"
            + " بين أرمينيا وأذربيجان حول إقليم ناغورني قره باغ";
    private static final String OTHER = "أعلن وزير المالية اليوم عن موازنة جديدة للعام المقبل تتضمن زيادة"
            + " في الإنفاق على التعليم والصحة";
    private static final String THIRD = "وقالت الوكالة إن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة"
            + " النمساوية فيينا";

    private final Fingerprinter fingerprinter = new Fingerprinter(DedupMode.MINHASH, 6, 2);
    private final BandMatcher matcher = new BandMatcher(0.55, 90 * DAY, 3, 2);
    private final InMemoryBandState state = new InMemoryBandState();

    @Test
    void exactCopiesShareOneTextAndNearRepeatsAreVerified() {
        match(unit(BACKGROUND, "a1", DAY));
        match(unit(BACKGROUND, "a2", 2 * DAY));
        match(unit(OTHER, "a3", 3 * DAY));
        KnownText background = text(BACKGROUND, DAY);
        assertThat(background.copies()).extracting(UnitRef::articleId).containsExactly("a1", "a2");

        List<UnitMatch> earlier = new ArrayList<>();
        List<UnitMatch> later = new ArrayList<>();
        boolean known = matcher.find(unit(EDITED, "a4", 4 * DAY), state, earlier::add, later::add);

        assertThat(known).isFalse();
        assertThat(earlier).extracting(m -> m.match().articleId()).containsExactly("a1", "a2");
        assertThat(earlier.get(0).similarity()).isBetween(0.55, 0.99);
        assertThat(later).isEmpty();
    }

    @Test
    void aLateEarlierCopyIsReportedToTheLaterCopiesAndTakesTheirPlace() {
        match(unit(BACKGROUND, "b5", 5 * DAY));
        match(unit(BACKGROUND, "b6", 6 * DAY));
        List<UnitMatch> later = new ArrayList<>();

        matcher.match(unit(BACKGROUND, "b1", DAY), state, m -> { }, later::add);

        assertThat(later).extracting(m -> m.unit().articleId()).containsExactly("b5", "b6");
        assertThat(later).allSatisfy(m -> assertThat(m.match().articleId()).isEqualTo("b1"));
        assertThat(text(BACKGROUND, DAY).copies()).extracting(UnitRef::articleId).containsExactly("b1", "b5", "b6");
    }

    @Test
    void aLateEarlierCopyCorrectsEveryLaterCopyNotOnlyTheRememberedOnes() {
        for (int i = 5; i <= 10; i++) {
            match(unit(BACKGROUND, "m" + i, i * DAY));
        }
        List<UnitMatch> later = new ArrayList<>();

        matcher.match(unit(BACKGROUND, "m1", DAY), state, m -> { }, later::add);

        assertThat(later).extracting(m -> m.unit().articleId()).containsExactlyInAnyOrder("m5", "m6", "m7", "m8",
                "m9", "m10");
        assertThat(later).allSatisfy(m -> assertThat(m.match().articleId()).isEqualTo("m1"));
    }

    @Test
    void copiesAreBoundedKeepingTheEarliestAndTheLatest() {
        for (int i = 1; i <= 6; i++) {
            match(unit(BACKGROUND, "c" + i, i * DAY));
        }
        assertThat(text(BACKGROUND, DAY).copies()).extracting(UnitRef::articleId).containsExactly("c1", "c5", "c6");
    }

    @Test
    void aFullBucketKeepsItsEarliestTextsAndTakesNoMore() {
        long key = 42L;
        match(unitInBucket(BACKGROUND, "f1", DAY, key));
        match(unitInBucket(OTHER, "f2", 2 * DAY, key));
        Bucket full = state.bucket(key, matcher.epochOf(DAY));
        match(unitInBucket(THIRD, "f3", 3 * DAY, key)); // a third text: the bucket of two is full

        Bucket bucket = state.bucket(key, matcher.epochOf(DAY));
        assertThat(bucket).isSameAs(full);
        assertThat(bucket.size()).isEqualTo(2);
        List<UnitMatch> matches = new ArrayList<>();
        matcher.find(unitInBucket(THIRD, "f4", 4 * DAY, key), state, matches::add, matches::add);
        assertThat(matches).isEmpty(); // THIRD is known as a text, but no bucket of this key lists it
        matcher.find(unitInBucket(BACKGROUND, "f5", 5 * DAY, key), state, matches::add, matches::add);
        assertThat(matches).extracting(m -> m.match().articleId()).containsExactly("f1");
    }

    @Test
    void aNewTextIsStoredWithoutReadingItsAbsentValueAndACopyReadsIt() {
        CountingBandState counting = new CountingBandState(state);
        matcher.match(unit(OTHER, "n1", DAY), counting, m -> { }, m -> { });
        assertThat(counting.textReads()).as("no bucket lists OTHER: nothing to read").isZero();

        matcher.match(unit(OTHER, "n2", 2 * DAY), counting, m -> { }, m -> { });
        assertThat(counting.textReads()).isEqualTo(1);
        assertThat(text(OTHER, DAY).copies()).extracting(UnitRef::articleId).containsExactly("n1", "n2");
    }

    @Test
    void aTextStoredWhileItsBucketWasFullIsStillReadSoItsCopiesAreKept() {
        long key = 43L;
        match(unitInBucket(BACKGROUND, "p1", DAY, key));
        match(unitInBucket(OTHER, "p2", 2 * DAY, key)); // the bucket of two is full
        match(unitInBucket(THIRD, "p3", 3 * DAY, key)); // stored as a text, listed by no bucket
        match(unitInBucket(THIRD, "p4", 4 * DAY, key));

        assertThat(text(THIRD, DAY).copies()).extracting(UnitRef::articleId).containsExactly("p3", "p4");
    }

    @Test
    void textsTooDifferentInSizeAreNotEvenRead() {
        long key = 7L;
        match(unitInBucket(BACKGROUND, "g1", DAY, key));
        CountingBandState counting = new CountingBandState(state);
        String shortText = "وكانت الحرب قد اندلعت في السابع والعشرين";
        matcher.find(unitInBucket(shortText, "g2", 2 * DAY, key), counting, m -> { }, m -> { });
        assertThat(counting.textReads()).isZero();
        matcher.find(unitInBucket(EDITED, "g3", 3 * DAY, key), counting, m -> { }, m -> { });
        assertThat(counting.textReads()).isEqualTo(1);
    }

    @Test
    void aTextThatSharesOnlyTheBandWithTheUnitIsNotReadWhenSketchesAreOn() {
        BandMatcher sketched = new BandMatcher(0.55, 90 * DAY, 3, 64, DedupDefaults.ROWS + 2);
        long key = 9L; // OTHER and BACKGROUND forced into one bucket, as two texts sharing two common words would be
        sketched.match(unitInBucket(OTHER, "k1", DAY, key), state, m -> { }, m -> { });
        sketched.match(unitInBucket(BACKGROUND, "k2", DAY, key), state, m -> { }, m -> { });
        CountingBandState counting = new CountingBandState(state);
        List<UnitMatch> earlier = new ArrayList<>();

        sketched.find(unitInBucket(EDITED, "k3", 2 * DAY, key), counting, earlier::add, m -> { });

        assertThat(counting.textReads()).as("only BACKGROUND, whose sketch agrees, is read").isEqualTo(1);
        assertThat(earlier).extracting(m -> m.match().articleId()).containsExactly("k2");
    }

    @Test
    void aUnitLaterThanAllTheStateSkipsTextsWhoseCopiesAllComeAfterTheMatchItFound() {
        long key = 13L;
        match(unitInBucket(BACKGROUND, "m1", DAY, key));
        match(unitInBucket(EDITED, "m2", 2 * DAY, key)); // a near repeat, first seen after m1
        CountingBandState counting = new CountingBandState(state);
        List<UnitMatch> all = new ArrayList<>();
        List<UnitMatch> pruned = new ArrayList<>();

        matcher.find(unitInBucket(BACKGROUND, "m3", 3 * DAY, key), counting, null, all::add, m -> { });
        long readsOfAll = counting.textReads();
        counting.reset();
        matcher.find(unitInBucket(BACKGROUND, "m3", 3 * DAY, key), counting, BandMatcher.NO_LATER_COPIES, pruned::add, m -> { });

        assertThat(readsOfAll).isEqualTo(2);
        assertThat(counting.textReads()).as("EDITED's copies all follow m1: not read").isEqualTo(1);
        assertThat(earliestOf(pruned)).isEqualTo(earliestOf(all)).isEqualTo("m1");
    }

    @Test
    void aLateEarlierCopyMovesItsTextsFirstSeenTimeBackSoThatLaterUnitsStillReadIt() {
        long key = 17L;
        match(unitInBucket(BACKGROUND, "n6", 6 * DAY, key));
        match(unitInBucket(EDITED, "n8", 8 * DAY, key));
        match(unitInBucket(EDITED, "n1", DAY, key)); // comes in late, earlier than everything
        List<UnitMatch> earlier = new ArrayList<>();

        matcher.find(unitInBucket(BACKGROUND, "n9", 9 * DAY, key), state, BandMatcher.NO_LATER_COPIES, earlier::add, m -> { });

        assertThat(earliestOf(earlier)).as("EDITED is read first: its earliest copy is n1").isEqualTo("n1");
    }

    @Test
    void aLaterCopyOfAKnownTextReadsOneBucketAndThatTextAndNamesWhatItsFirstCopyRepeats() {
        match(unit(EDITED, "q1", DAY));
        match(unit(BACKGROUND, "q2", 2 * DAY)); // repeats q1: q1 is BACKGROUND's lead
        match(unit(OTHER, "q3", 3 * DAY));
        CountingBandState counting = new CountingBandState(state);
        List<UnitMatch> shortcut = new ArrayList<>();

        matcher.match(unit(BACKGROUND, "q4", 4 * DAY), counting, BandMatcher.NO_LATER_COPIES, shortcut::add, m -> { });

        assertThat(counting.bucketReads()).as("its first bucket: does it list the text?").isEqualTo(1);
        assertThat(counting.textReads()).isEqualTo(1);
        assertThat(counting.bucketWrites()).isZero();
        assertThat(shortcut).singleElement().satisfies(m -> {
            assertThat(m.match().articleId()).isEqualTo("q1");
            assertThat(m.kind()).isEqualTo(MatchKind.PARAGRAPH);
            assertThat(m.similarity()).isBetween(0.55, 0.99);
        });
        assertThat(text(BACKGROUND, DAY).copies()).extracting(UnitRef::articleId).containsExactly("q2", "q4");

        List<UnitMatch> full = new ArrayList<>();
        matcher.find(unit(BACKGROUND, "q5", 5 * DAY), state, null, full::add, m -> { });
        assertThat(earliestOf(full)).isEqualTo("q1");
        assertThat(full.stream().filter(m -> m.match().articleId().equals("q1")).findFirst().orElseThrow()
                .similarity()).isEqualTo(shortcut.get(0).similarity());
    }

    @Test
    void aLateEarlierNearRepeatBecomesTheLeadOfTheTextWhoseFirstCopyItPrecedes() {
        match(unit(BACKGROUND, "r5", 5 * DAY));
        matcher.match(unit(BACKGROUND, "r6", 6 * DAY), state, BandMatcher.NO_LATER_COPIES, m -> { }, m -> { });
        matcher.match(unit(EDITED, "r1", DAY), state, null, m -> { }, m -> { }); // comes in late, earlier than r5
        List<UnitMatch> earlier = new ArrayList<>();

        matcher.match(unit(BACKGROUND, "r7", 7 * DAY), state, BandMatcher.NO_LATER_COPIES, earlier::add, m -> { });

        assertThat(text(BACKGROUND, DAY).lead().unit().articleId()).isEqualTo("r1");
        assertThat(earliestOf(earlier)).isEqualTo("r1");
    }

    @Test
    void aLateEarlierCopyBecomesTheFirstCopyWithItsOwnLead() {
        match(unit(EDITED, "s3", 3 * DAY));
        match(unit(BACKGROUND, "s5", 5 * DAY)); // its lead: s3
        matcher.match(unit(BACKGROUND, "s2", 2 * DAY), state, null, m -> { }, m -> { }); // late: the first copy now
        List<UnitMatch> earlier = new ArrayList<>();

        matcher.match(unit(BACKGROUND, "s7", 7 * DAY), state, BandMatcher.NO_LATER_COPIES, earlier::add, m -> { });

        assertThat(text(BACKGROUND, DAY).lead()).isEqualTo(KnownText.Lead.NONE);
        assertThat(earlier).singleElement().satisfies(m -> {
            assertThat(m.match().articleId()).isEqualTo("s2");
            assertThat(m.similarity()).isEqualTo(1.0);
        });
    }

    @Test
    void aCopyInTheFirstCopysOwnArticleOrOfAnotherKindTakesTheFullPath() {
        match(unit(BACKGROUND, "t1", DAY, 0));
        List<UnitMatch> earlier = new ArrayList<>();

        matcher.match(unit(BACKGROUND, "t1", DAY, 4), state, BandMatcher.NO_LATER_COPIES, earlier::add, m -> { });
        assertThat(earlier).as("the same article: no repeat").isEmpty();

        Fingerprint f = fingerprinter.of(BACKGROUND);
        BandUnit sentence = new BandUnit(new UnitRef("t2", 2 * DAY, 1, 10, 10 + BACKGROUND.length(),
                UnitKind.SENTENCE), f.exactHash(), f.features(), f.bandKeys(), f.sketch());
        CountingBandState counting = new CountingBandState(state);
        matcher.match(sentence, counting, BandMatcher.NO_LATER_COPIES, earlier::add, m -> { });
        assertThat(counting.bucketReads()).as("a sentence copy of a paragraph text reads its buckets").isPositive();
        assertThat(earlier).isNotEmpty().allSatisfy(m -> {
            assertThat(m.match().articleId()).isEqualTo("t1");
            assertThat(m.kind()).isEqualTo(MatchKind.SENTENCE);
        });
    }

    private static String earliestOf(List<UnitMatch> matches) {
        return matches.stream().map(UnitMatch::match).min(UnitRef.ORDER).map(UnitRef::articleId).orElse(null);
    }

    @Test
    void theSameUnitAgainIsKnownAndUnitsBeyondTheHorizonOrInTheSameArticleDoNotMatch() {
        BandUnit first = unit(BACKGROUND, "d1", DAY);
        match(first);
        List<UnitMatch> matches = new ArrayList<>();

        assertThat(matcher.find(first, state, matches::add, matches::add)).isTrue();
        matcher.find(unit(BACKGROUND, "d1", DAY, 3), state, matches::add, matches::add);
        matcher.find(unit(BACKGROUND, "d2", DAY + 91 * DAY), state, matches::add, matches::add);
        assertThat(matches).isEmpty();
    }

    @Test
    void unitsInTheNextEpochStillMeetWithinTheHorizon() {
        long lastDayOfEpoch = 90 * DAY - 1;
        match(unit(BACKGROUND, "h1", lastDayOfEpoch));
        List<UnitMatch> earlier = new ArrayList<>();
        matcher.find(unit(BACKGROUND, "h2", lastDayOfEpoch + 2), state, earlier::add, m -> { });
        assertThat(matcher.epochOf(lastDayOfEpoch + 2)).isNotEqualTo(matcher.epochOf(lastDayOfEpoch));
        assertThat(earlier).extracting(m -> m.match().articleId()).containsExactly("h1");
    }

    @Test
    void aUnitWhoseLaterTextsAreKnownReadsTheNextEpochOnlyWhenTheWindowReachesIt() {
        long key = 19L;
        long epochOne = 90 * DAY;
        CountingBandState counting = new CountingBandState(state);
        matcher.find(unitInBucket(BACKGROUND, "w1", epochOne + DAY, key), counting, null, m -> { }, m -> { });
        assertThat(counting.bucketReads()).as("the epochs before, of and after the unit").isEqualTo(3);
        counting.reset();
        matcher.find(unitInBucket(BACKGROUND, "w1", epochOne + DAY, key), counting, BandMatcher.NO_LATER_COPIES,
                m -> { }, m -> { });
        assertThat(counting.bucketReads()).isEqualTo(2);
        counting.reset();
        long lastMoment = 2 * epochOne - 1;
        matcher.find(unitInBucket(BACKGROUND, "w2", lastMoment, key), counting, BandMatcher.NO_LATER_COPIES,
                m -> { }, m -> { });
        assertThat(counting.bucketReads()).as("the window reaches into the next epoch").isEqualTo(3);
    }

    @Test
    void aUnitThatComesAgainIsMatchedAsOfItsFirstArrival() {
        match(unit(BACKGROUND, "x1", DAY));
        match(unit(EDITED, "y2", 2 * DAY)); // repeats x1 nearly
        match(unit(BACKGROUND, "z3", 3 * DAY)); // repeats x1 exactly
        List<UnitMatch> earlier = new ArrayList<>();
        List<UnitMatch> later = new ArrayList<>();

        // x1 ingested again, a week later: in order (later texts known) and not
        matcher.match(unit(BACKGROUND, "x1", 9 * DAY), state, BandMatcher.NO_LATER_COPIES, earlier::add, later::add);
        matcher.match(unit(BACKGROUND, "x1", 10 * DAY), state, earlier::add, later::add);

        assertThat(earlier).isEmpty(); // not "a repeat of y2 and z3", which repeat it
        assertThat(later).extracting(m -> m.unit().articleId()).containsOnly("y2", "z3");
        assertThat(later).allSatisfy(m -> {
            assertThat(m.match().articleId()).isEqualTo("x1");
            assertThat(m.match().timestamp()).isEqualTo(DAY);
        });
        assertThat(text(BACKGROUND, DAY).copies()).extracting(UnitRef::articleId).containsExactly("x1", "z3");
    }

    @Test
    void bucketsTextsAndBatchesSurviveTheirSerdes() {
        match(unit(BACKGROUND, "e1", DAY));
        Bucket bucket = state.bucket(fingerprinter.of(BACKGROUND).bandKeys()[0], 0);
        var bucketSerde = DedupSerdes.bucket();
        Bucket back = bucketSerde.deserializer().deserialize("t", bucketSerde.serializer().serialize("t", bucket));
        assertThat(back.hashes()).isEqualTo(bucket.hashes());
        assertThat(back.sizes()).isEqualTo(bucket.sizes());

        KnownText text = text(BACKGROUND, DAY);
        var textSerde = DedupSerdes.knownText();
        KnownText textBack = textSerde.deserializer().deserialize("t", textSerde.serializer().serialize("t", text));
        assertThat(textBack.features()).isEqualTo(text.features());
        assertThat(textBack.copies()).isEqualTo(text.copies());
        assertThat(textBack.lead()).isEqualTo(KnownText.Lead.NONE).isEqualTo(text.lead());
        KnownText led = new KnownText(text.features(), text.copies(), new KnownText.Lead(text.first(), 0.75));
        assertThat(textSerde.deserializer().deserialize("t", textSerde.serializer().serialize("t", led)).lead())
                .isEqualTo(led.lead());
        KnownText older = new KnownText(text.features(), text.copies(), null); // the layout before leads
        assertThat(textSerde.deserializer().deserialize("t", textSerde.serializer().serialize("t", older)).lead())
                .isNull();

        BandUnit unit = unit(EDITED, "e2", 2 * DAY);
        var batchSerde = DedupSerdes.bandBatch();
        BandBatch batch = batchSerde.deserializer().deserialize("t",
                batchSerde.serializer().serialize("t", new BandBatch("e2", 2 * DAY, List.of(unit))));
        assertThat(batch.units().get(0).unit()).isEqualTo(unit.unit());
        assertThat(batch.units().get(0).bandKeys()).isEqualTo(unit.bandKeys());
        assertThat(batch.units().get(0).features()).isEqualTo(unit.features());
    }

    private void match(BandUnit unit) {
        matcher.match(unit, state, m -> { }, m -> { });
    }

    private KnownText text(String text, long ts) {
        return state.text(fingerprinter.of(text).exactHash(), matcher.epochOf(ts));
    }

    private BandUnit unit(String text, String article, long ts) {
        return unit(text, article, ts, 0);
    }

    private BandUnit unit(String text, String article, long ts, int paragraph) {
        Fingerprint f = fingerprinter.of(text);
        return new BandUnit(new UnitRef(article, ts, paragraph, 0, text.length(), UnitKind.PARAGRAPH),
                f.exactHash(), f.features(), f.bandKeys(), f.sketch());
    }

    /** One forced band key, so that the texts share a bucket whatever their MinHash. */
    private BandUnit unitInBucket(String text, String article, long ts, long key) {
        Fingerprint f = fingerprinter.of(text);
        return new BandUnit(new UnitRef(article, ts, 0, 0, text.length(), UnitKind.PARAGRAPH),
                f.exactHash(), f.features(), new long[] {key}, f.sketch());
    }
}
