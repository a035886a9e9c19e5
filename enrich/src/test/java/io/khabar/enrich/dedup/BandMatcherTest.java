package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bucket logic shared by the band processor and dedup-eval: one member per text, copies bounded, order kept. */
class BandMatcherTest {

    private static final long DAY = 86_400_000L;
    private static final String BACKGROUND = "وكانت الحرب قد اندلعت في السابع والعشرين من أيلول سبتمبر الماضي"
            + " بين أرمينيا وأذربيجان حول إقليم ناغورني قره باغ";
    private static final String EDITED = "وكانت الحرب قد اندلعت في السابع والعشرين من سبتمبر الماضي"
            + " بين أرمينيا وأذربيجان حول إقليم ناغورني قره باغ";
    private static final String OTHER = "أعلن وزير المالية اليوم عن موازنة جديدة للعام المقبل تتضمن زيادة"
            + " في الإنفاق على التعليم والصحة";

    private final Fingerprinter fingerprinter = new Fingerprinter(DedupMode.MINHASH, 6, 2);
    private final BandMatcher matcher = new BandMatcher(0.55, 90 * DAY, 3);

    @Test
    void exactCopiesShareOneMemberAndNearRepeatsAreVerified() {
        Bucket bucket = Bucket.EMPTY;
        bucket = matcher.absorb(bucket, entry(BACKGROUND, "a1", DAY));
        bucket = matcher.absorb(bucket, entry(BACKGROUND, "a2", 2 * DAY));
        bucket = matcher.absorb(bucket, entry(OTHER, "a3", 3 * DAY));
        assertThat(bucket.members()).hasSize(2);
        assertThat(bucket.members().get(0).copies()).extracting(UnitRef::articleId).containsExactly("a1", "a2");

        List<UnitMatch> earlier = new ArrayList<>();
        List<UnitMatch> later = new ArrayList<>();
        boolean known = matcher.compare(entry(EDITED, "a4", 4 * DAY), bucket, earlier::add, later::add);

        assertThat(known).isFalse();
        assertThat(earlier).extracting(m -> m.match().articleId()).containsExactly("a1", "a2");
        assertThat(earlier.get(0).similarity()).isBetween(0.55, 0.99);
        assertThat(later).isEmpty();
    }

    @Test
    void aLateEarlierCopyIsReportedToTheLaterCopiesAndTakesTheirPlace() {
        Bucket bucket = matcher.absorb(Bucket.EMPTY, entry(BACKGROUND, "b5", 5 * DAY));
        bucket = matcher.absorb(bucket, entry(BACKGROUND, "b6", 6 * DAY));
        List<UnitMatch> later = new ArrayList<>();
        BandEntry early = entry(BACKGROUND, "b1", DAY);

        matcher.compare(early, bucket, m -> { }, later::add);
        bucket = matcher.absorb(bucket, early);

        assertThat(later).extracting(m -> m.unit().articleId()).containsExactly("b5", "b6");
        assertThat(later).allSatisfy(m -> assertThat(m.match().articleId()).isEqualTo("b1"));
        assertThat(bucket.members().get(0).copies()).extracting(UnitRef::articleId)
                .containsExactly("b1", "b5", "b6");
    }

    @Test
    void copiesAreBoundedKeepingTheEarliestAndTheLatest() {
        Bucket bucket = Bucket.EMPTY;
        for (int i = 1; i <= 6; i++) {
            bucket = matcher.absorb(bucket, entry(BACKGROUND, "c" + i, i * DAY));
        }
        assertThat(bucket.members()).hasSize(1);
        assertThat(bucket.members().get(0).copies()).extracting(UnitRef::articleId).containsExactly("c1", "c5", "c6");
    }

    @Test
    void theSameUnitAgainIsKnownAndUnitsBeyondTheHorizonOrInTheSameArticleDoNotMatch() {
        BandEntry first = entry(BACKGROUND, "d1", DAY);
        Bucket bucket = matcher.absorb(Bucket.EMPTY, first);
        List<UnitMatch> matches = new ArrayList<>();

        assertThat(matcher.compare(first, bucket, matches::add, matches::add)).isTrue();
        matcher.compare(entry(BACKGROUND, "d1", DAY, 3), bucket, matches::add, matches::add);
        matcher.compare(entry(BACKGROUND, "d2", DAY + 91 * DAY), bucket, matches::add, matches::add);
        assertThat(matches).isEmpty();
    }

    @Test
    void bucketsSurviveTheirSerde() {
        Bucket bucket = matcher.absorb(Bucket.EMPTY, entry(BACKGROUND, "e1", DAY));
        bucket = matcher.absorb(bucket, entry(OTHER, "e2", DAY));
        var serde = DedupSerdes.bucket();
        Bucket back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", bucket));
        assertThat(back.members()).hasSize(2);
        assertThat(back.members().get(1).features()).isEqualTo(bucket.members().get(1).features());
        assertThat(back.members().get(1).copies()).isEqualTo(bucket.members().get(1).copies());
    }

    private BandEntry entry(String text, String article, long ts) {
        return entry(text, article, ts, 0);
    }

    private BandEntry entry(String text, String article, long ts, int paragraph) {
        Fingerprint f = fingerprinter.of(text);
        return new BandEntry(new UnitRef(article, ts, paragraph, 0, text.length(), UnitKind.PARAGRAPH), 42L,
                f.exactHash(), f.features());
    }
}
