package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import io.khabar.enrich.dedup.DedupDefaults;
import io.khabar.model.DeadLetters;
import io.khabar.model.DuplicateRef;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Paragraph;
import io.khabar.model.SentenceRepeat;

class EnrichTopologyTest {

    private static final Instant T0 = Instant.parse("2022-09-13T10:00:00Z");

    @Test
    void shouldEnrichArticleWithParagraphsAndLanguage() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.first(), T0);
            EnrichedArticle a = d.latest("a-first");
            assertThat(a.language()).isEqualTo("ar");
            assertThat(a.paragraphs()).hasSize(5);
            assertThat(a.paragraphs()).allMatch(p -> p.duplicateOf() == null && p.repeatedSentences().isEmpty());
            assertThat(a.novelText()).startsWith("أعلنت أذربيجان").contains(Fixtures.WAR_BACKGROUND);
            assertThat(a.source()).isEqualTo("وكالة الأنباء الآسيوية");
        }
    }

    @Test
    void shouldMarkExactRepeatOfEarlierArticle() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            Paragraph p = d.latest("b-second").paragraphs().get(3);
            assertThat(p.duplicateOf()).isEqualTo(new DuplicateRef("a-first", 3));
            assertThat(p.similarity()).isEqualTo(1.0);
            assertThat(d.latest("b-second").novelText()).doesNotContain(Fixtures.PEACEKEEPERS_BACKGROUND);
            assertThat(d.latest("a-first").paragraphs()).allMatch(q -> q.duplicateOf() == null);
        }
    }

    @Test
    void shouldMarkNearDuplicateParagraphOfEarlierArticle() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            Paragraph p = d.latest("b-second").paragraphs().get(2);
            assertThat(p.text()).isEqualTo(Fixtures.TRUCE_BACKGROUND_EDITED);
            assertThat(p.duplicateOf()).isEqualTo(new DuplicateRef("a-first", 2));
            assertThat(p.similarity()).isLessThan(1.0).isGreaterThanOrEqualTo(DedupDefaults.THRESHOLD);
        }
    }

    @Test
    void shouldNotFlagSameStoryParagraphThatIsNotARepeat() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            EnrichedArticle b = d.latest("b-second");
            assertThat(b.paragraphs().get(0).duplicateOf()).isNull();
            assertThat(b.paragraphs().get(1).text()).isEqualTo(Fixtures.ARMENIAN_CLAIM);
            assertThat(b.paragraphs().get(1).duplicateOf()).isNull();
            assertThat(b.paragraphs().get(1).repeatedSentences()).isEmpty();
        }
    }

    @Test
    void shouldMarkBackgroundSentenceInsideNewParagraph() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            Paragraph p = d.latest("b-second").paragraphs().get(4);
            assertThat(p.duplicateOf()).isNull();
            assertThat(p.repeatedSentences()).hasSize(1);
            SentenceRepeat s = p.repeatedSentences().get(0);
            assertThat(p.text().substring(s.start(), s.end())).startsWith("دخل الاتفاق حيز التنفيذ")
                    .endsWith("من الطرفين.");
            assertThat(s.duplicateOf()).isEqualTo(new DuplicateRef("a-first", 4));
            assertThat(d.latest("b-second").novelText()).contains("دخل الاتفاق حيز التنفيذ");
        }
    }

    @Test
    void shouldPointToEarliestArticleWhenSeveralRepeat() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            d.pipe(Fixtures.third(), T0.plusSeconds(120));
            assertThat(d.latest("c-third").paragraphs().get(1).duplicateOf())
                    .isEqualTo(new DuplicateRef("a-first", 3));
        }
    }

    @Test
    void shouldCorrectEveryLaterCopyOfATextWhenAnEarlierOneArrivesLate() {
        // More copies than a text remembers (8): the rest go to dedup-band-copies, stored at their own time
        int copies = 12;
        try (EnrichDriver d = new EnrichDriver()) {
            for (int i = 1; i <= copies; i++) {
                d.pipe(Fixtures.article("copy-" + i, "وكالة", "خبر " + i, "خبر جديد رقم " + i + " عن المفاوضات اليوم",
                        Fixtures.WAR_BACKGROUND), T0.plusSeconds(600 + 60L * i));
            }
            d.pipe(Fixtures.article("late-early", "وكالة", "خبر قديم", "خبر قديم عن المفاوضات أمس",
                    Fixtures.WAR_BACKGROUND), T0.plusSeconds(300));

            for (int i = 1; i <= copies; i++) {
                assertThat(d.latest("copy-" + i).paragraphs().get(1).duplicateOf()).as("copy-%d", i)
                        .isEqualTo(new DuplicateRef("late-early", 1));
            }
            assertThat(d.latest("late-early").paragraphs()).allMatch(p -> p.duplicateOf() == null);
        }
    }

    @Test
    void shouldGiveTheSameFlagsWhenArticlesAreIngestedAgain() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            EnrichedArticle second = d.latest("b-second");

            d.pipe(Fixtures.first(), T0.plusSeconds(3600)); // the same files run again an hour later
            d.pipe(Fixtures.second(), T0.plusSeconds(3660));

            assertThat(d.latest("a-first").paragraphs()).allMatch(p -> p.duplicateOf() == null);
            assertThat(d.latest("a-first").novelText()).contains(Fixtures.PEACEKEEPERS_BACKGROUND);
            assertThat(d.latest("b-second").paragraphs()).isEqualTo(second.paragraphs());
            assertThat(d.latest("b-second").paragraphs().get(3).duplicateOf())
                    .isEqualTo(new DuplicateRef("a-first", 3));
        }
    }

    @Test
    void shouldCorrectLaterArticleWhenEarlierArticleArrivesAfterIt() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            assertThat(d.latest("b-second").paragraphs().get(3).duplicateOf()).isNull();
            d.pipe(Fixtures.first(), T0);
            EnrichedArticle b = d.latest("b-second");
            assertThat(b.paragraphs().get(2).duplicateOf()).isEqualTo(new DuplicateRef("a-first", 2));
            assertThat(b.paragraphs().get(3).duplicateOf()).isEqualTo(new DuplicateRef("a-first", 3));
            assertThat(b.paragraphs().get(4).repeatedSentences()).hasSize(1);
            assertThat(d.latest("a-first").paragraphs()).allMatch(p -> p.duplicateOf() == null);
            assertThat(d.counters.reemitted()).isPositive();
            long flagged = b.paragraphs().stream().filter(p -> p.duplicateOf() != null).count();
            assertThat(d.counters.duplicatesFlagged()).as("the flags of the latest versions, corrections included")
                    .isEqualTo(flagged);
        }
    }

    @Test
    void shouldForgetFingerprintsOlderThanHorizon() {
        try (EnrichDriver d = new EnrichDriver(Map.of("dedup.horizon.days", "30"))) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.third(), T0.plus(Duration.ofDays(31)));
            assertThat(d.latest("c-third").paragraphs().get(1).duplicateOf()).isNull();
            d.pipe(Fixtures.second(), T0.plus(Duration.ofDays(40)));
            assertThat(d.latest("b-second").paragraphs().get(3).duplicateOf())
                    .isEqualTo(new DuplicateRef("c-third", 1));
        }
    }

    @Test
    void shouldDeadLetterUnreadableRecordWithOriginalBytesAndGoOn() {
        try (EnrichDriver d = new EnrichDriver()) {
            byte[] bad = "{\"id\": \"x\", \"body\": [oops".getBytes(StandardCharsets.UTF_8);
            d.pipeBytes("x", bad, T0);
            d.pipe(Fixtures.first(), T0.plusSeconds(1));
            List<TestRecord<byte[], byte[]>> letters = d.dlq.readRecordsToList();
            assertThat(letters).hasSize(1);
            assertThat(letters.get(0).value()).isEqualTo(bad);
            assertThat(new String(letters.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("x");
            assertThat(header(letters.get(0), DeadLetters.STAGE)).isEqualTo("enrich");
            assertThat(header(letters.get(0), DeadLetters.REASON)).contains("RawArticle");
            assertThat(header(letters.get(0), DeadLetters.TOPIC)).isEqualTo("news.raw");
            assertThat(d.latest()).containsOnlyKeys("a-first");
            assertThat(d.counters.deadLettered()).isEqualTo(1);
        }
    }

    @Test
    void shouldSkipUnreadableRecordWhenWarn() {
        try (EnrichDriver d = new EnrichDriver(Map.of("on.malformed", "warn"))) {
            d.pipeBytes("x", "not json".getBytes(StandardCharsets.UTF_8), T0);
            d.pipe(Fixtures.first(), T0.plusSeconds(1));
            assertThat(d.dlq.isEmpty()).isTrue();
            assertThat(d.latest()).containsOnlyKeys("a-first");
        }
    }

    @Test
    void shouldStopOnUnreadableRecordWhenFail() {
        try (EnrichDriver d = new EnrichDriver(Map.of("on.malformed", "fail"))) {
            assertThatThrownBy(() -> d.pipeBytes("x", "not json".getBytes(StandardCharsets.UTF_8), T0))
                    .hasStackTraceContaining("on.malformed");
        }
    }

    @Test
    void shouldFlagOnlyIdenticalParagraphsInExactMode() {
        try (EnrichDriver d = new EnrichDriver(Map.of("dedup.mode", "exact"))) {
            d.pipe(Fixtures.first(), T0);
            d.pipe(Fixtures.second(), T0.plusSeconds(60));
            EnrichedArticle b = d.latest("b-second");
            assertThat(b.paragraphs().get(2).duplicateOf()).isNull();
            assertThat(b.paragraphs().get(3).duplicateOf()).isEqualTo(new DuplicateRef("a-first", 3));
        }
    }

    @Test
    void shouldIgnoreRepeatsWithinTheSameArticle() {
        try (EnrichDriver d = new EnrichDriver()) {
            d.pipe(Fixtures.article("self", "وكالة", null, Fixtures.PEACEKEEPERS_BACKGROUND,
                    Fixtures.PEACEKEEPERS_BACKGROUND), T0);
            assertThat(d.latest("self").paragraphs()).allMatch(p -> p.duplicateOf() == null);
        }
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
