package io.khabar.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.khabar.arabic.DateExtractor;

/**
 * Keeps a publication date only when it is plausible for a news article: from 1800 up to the end of next year.
 * {@code 0001-01-01}, {@code 9999-12-31} or a date decades ahead are feed defaults and typos, not facts; they
 * become null (unknown) rather than misdate the article, its index and every relative date mention in it.
 */
public final class PublicationDates {

    /** Earliest year accepted. */
    public static final int MIN_YEAR = 1800;

    private PublicationDates() {
    }

    /** {@code iso} when its date is plausible, else null. */
    public static String plausible(String iso, Clock clock) {
        LocalDate date = DateExtractor.dateOf(iso);
        if (date == null) {
            return null;
        }
        int latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear() + 1;
        return date.getYear() >= MIN_YEAR && date.getYear() <= latest ? iso : null;
    }
}
