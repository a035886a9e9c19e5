package io.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyLogTest {

    @Test
    void shouldLeaveOutTheWarmUpAndGiveNearestRankQuantiles() {
        LatencyLog log = new LatencyLog();
        log.record(0, 5_000);
        log.countFrom(1_000);
        log.record(999, 9_999);
        for (int i = 1; i <= 100; i++) {
            log.record(1_000 + i, 1_000 + i + i);
        }
        assertThat(log.size()).isEqualTo(100);
        assertThat(log.quantile(0.5)).isEqualTo(50);
        assertThat(log.quantile(0.99)).isEqualTo(99);
        assertThat(log.quantile(1.0)).isEqualTo(100);
    }

    @Test
    void shouldSayMinusOneWhenEmpty() {
        assertThat(new LatencyLog().quantile(0.99)).isEqualTo(-1);
    }
}
