package io.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class AlternatingComparisonTest {

    private final AlternatingComparison.Side a = new AlternatingComparison.Side("A", null, null, null, 0, 0);
    private final AlternatingComparison.Side b = new AlternatingComparison.Side("B", null, null, null, 0, 0);

    @Test
    void shouldRateEachSideOverAllItsSlicesAndEachPairApart() {
        // A B B A: the machine slows down by half in the second pair, for both sides alike
        AlternatingComparison.Result result = new AlternatingComparison.Result(a, b, List.of(
                slice(a, 3000, 10), slice(b, 5000, 10), slice(b, 2500, 10), slice(a, 1500, 10)));

        assertThat(result.rate(a)).isCloseTo(225.0, within(1e-9));
        assertThat(result.rate(b)).isCloseTo(375.0, within(1e-9));
        assertThat(result.ratio()).isCloseTo(0.6, within(1e-9));
        assertThat(result.pairRatios()).containsExactly(0.6, 0.6);
    }

    @Test
    void shouldCountCpuPerArticleOfOneSide() {
        AlternatingComparison.Result result = new AlternatingComparison.Result(a, b, List.of(
                new AlternatingComparison.Slice(a, 1000, 10, 2_000_000_000L, 4_000_000_000L),
                new AlternatingComparison.Slice(b, 2000, 10, 2_000_000_000L, 3_000_000_000L)));

        assertThat(result.cpuPerArticle(a)).isEqualTo("2.00 ms in the stream threads, 4.00 ms in the whole process");
        assertThat(result.cpuPerArticle(b)).isEqualTo("1.00 ms in the stream threads, 1.50 ms in the whole process");
    }

    @Test
    void shouldRefuseASliceNoLongerThanItsWarmUp() {
        assertThatThrownBy(() -> new AlternatingComparison(Duration.ofSeconds(2), Duration.ofSeconds(2), 400, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AlternatingComparison.Slice slice(AlternatingComparison.Side side, long articles, double seconds) {
        return new AlternatingComparison.Slice(side, articles, seconds, 0, 0);
    }
}
