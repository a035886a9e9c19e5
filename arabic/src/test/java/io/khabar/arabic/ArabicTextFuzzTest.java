package io.khabar.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.khabar.model.DateMention;

/**
 * Fuzzes the normalizer and the date extractor with one target (Jazzer fuzzes one test per JVM). Without
 * {@code JAZZER_FUZZ=1} it replays the seeds and the findings under {@code ArabicTextFuzzTestInputs/}; the build's
 * {@code fuzz} execution sets it for a short real run.
 */
class ArabicTextFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void normalizerAndDateExtractorKeepTheirContracts(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(-200_000, 200_000)) : null;
        String text = data.consumeRemainingAsString();

        String normalized = ArabicNormalizer.normalize(text);
        String folded = ArabicNormalizer.fold(text);
        assertThat(ArabicNormalizer.normalize(normalized)).as("normalize is idempotent").isEqualTo(normalized);
        assertThat(ArabicNormalizer.fold(folded)).as("fold is idempotent").isEqualTo(folded);
        assertThat(folded).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");

        checkMentions(text, DateExtractor.extract(3, text, published));
        checkIso(DateExtractor.parsePublished(text));
    }

    /** Found by this fuzz test: a combining mark after a removed tatweel composed only on a second pass. */
    @org.junit.jupiter.api.Test
    void normalizeIsIdempotentAcrossARemovedTatweel() {
        String once = ArabicNormalizer.normalize("u\u0640\u0308");
        assertThat(once).isEqualTo("\u00fc");
        assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    }

    /** Found by this fuzz test: lower-casing J before a caron made a composable pair only on a second pass. */
    @org.junit.jupiter.api.Test
    void normalizeIsIdempotentWhenCaseFoldingMakesALetterComposable() {
        String once = ArabicNormalizer.normalize("J\u030C");
        assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    }

    static void checkMentions(String text, List<DateMention> mentions) {
        int previousEnd = 0;
        for (DateMention m : mentions) {
            assertThat(m.paragraph()).isEqualTo(3);
            assertThat(m.start()).as("start of %s", m).isBetween(previousEnd, m.end() - 1);
            assertThat(m.end()).as("end of %s", m).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.value()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            parseValue(m.value());
            previousEnd = m.end();
        }
    }

    private static void parseValue(String value) {
        switch (value.length()) {
            case 4 -> assertThat(Integer.parseInt(value)).isBetween(1, 9999);
            case 7 -> YearMonth.parse(value);
            default -> LocalDate.parse(value);
        }
    }

    static void checkIso(String iso) {
        if (iso == null) {
            return;
        }
        try {
            OffsetDateTime.parse(iso);
            return;
        } catch (DateTimeParseException e) {
            // a local date-time or a date
        }
        try {
            LocalDateTime.parse(iso);
            return;
        } catch (DateTimeParseException e) {
            // a date
        }
        LocalDate.parse(iso);
    }
}
