package io.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
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
    void shouldLeaveOutTheWarmUpPairAndCountWholeBlocksOfTwoPairs() {
        List<AlternatingComparison.Slice> run = new ArrayList<>();
        for (int i = 0; i < 11; i++) { // A B B A A B B A A B, and a last slice without its pair
            run.add(slice(i % 4 == 0 || i % 4 == 3 ? a : b, 100 + i, 10));
        }

        assertThat(AlternatingComparison.counted(run.subList(0, 10))).containsExactlyElementsOf(run.subList(2, 10));
        assertThat(AlternatingComparison.counted(run)).containsExactlyElementsOf(run.subList(2, 10));
        // four pairs: the warm-up, one block of two, and a lone last pair left out
        assertThat(AlternatingComparison.counted(run.subList(0, 8))).containsExactlyElementsOf(run.subList(2, 6));
        // one pair after the warm-up: it counts alone
        assertThat(AlternatingComparison.counted(run.subList(0, 4))).containsExactlyElementsOf(run.subList(2, 4));
        // the warm-up pair only: it counts rather than nothing
        assertThat(AlternatingComparison.counted(run.subList(0, 3))).containsExactlyElementsOf(run.subList(0, 2));
        assertThat(AlternatingComparison.counted(run.subList(0, 1))).isEmpty();
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
