package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever order the units arrive in, each ends up naming the earliest unit it repeats: the matches a unit gets when
 * it comes in, plus the corrections later arrivals send it, are checked against every pair compared directly. The
 * units share one bucket, so that the band side sees every pair and nothing depends on LSH luck; the copy lists are
 * short, so that forgotten copies are exercised too, and so are the leads of copies of known texts.
 */
class BandMatcherOrderTest {

    private static final long DAY = 86_400_000L;
    private static final long BUCKET = 77L;
    private static final String[] TEXTS = {
        "وكانت الحرب قد اندلعت في السابع والعشرين من أيلول سبتمبر الماضي بين أرمينيا وأذربيجان حول إقليم ناغورني قره باغ",
        "وكانت الحرب قد اندلعت في السابع والعشرين من سبتمبر الماضي بين أرمينيا وأذربيجان حول إقليم ناغورني قره باغ",
        "وكانت الحرب قد اندلعت في السابع والعشرين من سبتمبر الماضي بين أرمينيا وأذربيجان حول إقليم قره باغ",
        "وكانت المعارك قد اندلعت في السابع والعشرين من سبتمبر بين أرمينيا وأذربيجان حول إقليم قره باغ المتنازع عليه",
        "أعلن وزير المالية اليوم عن موازنة جديدة للعام المقبل تتضمن زيادة في الإنفاق على التعليم والصحة",
        "أعلن وزير المالية اليوم عن موازنة جديدة للعام المقبل تتضمن زيادة كبيرة في الإنفاق على الصحة",
    };

    private final Fingerprinter fingerprinter = new Fingerprinter(DedupMode.MINHASH, 5, 2);
    private final BandMatcher matcher = new BandMatcher(0.55, 90 * DAY, 3, 64);

    private record Arrival(BandUnit unit, String text) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyUnitEndsUpNamingTheEarliestUnitItRepeats(long seed) {
        Random random = new Random(seed);
        List<Arrival> units = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = TEXTS[random.nextInt(TEXTS.length)];
            String article = "a" + random.nextInt(30); // some articles carry two units
            long ts = DAY + article.hashCode() % 1000 * 1000L + 30L * DAY / 2 * (Math.abs(article.hashCode()) % 2);
            Fingerprint f = fingerprinter.of(text);
            units.add(new Arrival(new BandUnit(new UnitRef(article, Math.abs(ts), i, 0, text.length(),
                    UnitKind.PARAGRAPH), f.exactHash(), f.features(), new long[] {BUCKET}, f.sketch()), text));
        }
        List<Arrival> arrivals = new ArrayList<>(units);
        if (seed % 3 != 0) { // every third seed arrives in order
            Collections.shuffle(arrivals, random);
        } else {
            arrivals.sort((a, b) -> UnitRef.ORDER.compare(a.unit().unit(), b.unit().unit()));
        }

        Map<UnitRef, UnitMatch> named = new HashMap<>();
        InMemoryBandState state = new InMemoryBandState();
        List<BandUnit> absorbed = new ArrayList<>();
        for (Arrival a : arrivals) {
            BandUnit unit = a.unit();
            // the band task knows which texts have copies later than the unit (here: all of them, by looking)
            List<BandUnit> seen = List.copyOf(absorbed);
            matcher.match(unit, state, hash -> seen.stream().anyMatch(
                    s -> s.exactHash() == hash && !s.unit().isBefore(unit.unit())),
                    m -> keepEarliest(named, m), m -> keepEarliest(named, m));
            absorbed.add(unit);
        }

        for (Arrival a : units) {
            UnitRef expected = null;
            for (Arrival b : units) {
                UnitRef other = b.unit().unit();
                boolean repeats = other.isBefore(a.unit().unit())
                        && !other.articleId().equals(a.unit().unit().articleId())
                        && (a.text().equals(b.text())
                                || Similarity.jaccard(a.unit().features(), b.unit().features()) >= 0.55);
                if (repeats && (expected == null || other.isBefore(expected))) {
                    expected = other;
                }
            }
            UnitMatch got = named.get(a.unit().unit());
            assertThat(got == null ? null : got.match()).as("unit %s (seed %d)", a.unit().unit(), seed)
                    .isEqualTo(expected);
        }
    }

    private static void keepEarliest(Map<UnitRef, UnitMatch> named, UnitMatch m) {
        if (m.kind() != MatchKind.PARAGRAPH) {
            return;
        }
        UnitMatch current = named.get(m.unit());
        if (current == null || m.match().isBefore(current.match())) {
            named.put(m.unit(), m);
        }
    }
}
