package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ArrivalClockTest {

    @Test
    void shouldStampArticlesWithinOneMillisecondOneMillisecondApart() {
        ArrivalClock arrivals = new ArrivalClock(Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC));
        assertThat(arrivals.next()).isEqualTo(1_000);
        assertThat(arrivals.next()).isEqualTo(1_001);
        assertThat(arrivals.next()).isEqualTo(1_002);
    }

    @Test
    void shouldFollowTheWallClockOnceItIsAhead() {
        MutableClock clock = new MutableClock(5_000);
        ArrivalClock arrivals = new ArrivalClock(clock);
        assertThat(arrivals.next()).isEqualTo(5_000);
        assertThat(arrivals.next()).isEqualTo(5_001);
        clock.millis = 9_000;
        assertThat(arrivals.next()).isEqualTo(9_000);
    }

    private static final class MutableClock extends Clock {
        long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
