package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.khabar.enrich.dedup.BandBatch;

class BandOrderTest {

    private static final long WAIT = 1_000;
    private KeyValueStore<Bytes, byte[]> store;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("waiting"), Serdes.Bytes(),
                Serdes.ByteArray()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    @Test
    void shouldHoldEverythingUntilEveryPartitionCouldShowUpThenReleaseInTimestampOrder() {
        BandOrder order = new BandOrder(store, WAIT);
        order.mark();
        assertThat(order.add(0, batch("c", 30, 0), 0)).isEmpty();
        assertThat(order.add(0, batch("a", 10, 1), 100)).isEmpty();
        assertThat(order.add(0, batch("b", 20, 2), 200)).isEmpty();
        assertThat(order.ready(900)).isEmpty();

        // Partition 1 sent nothing later than 10, so 20 and 30 wait for it.
        assertThat(ids(order.ready(1_050))).containsExactly("a");
        // Partition 1 goes on: everything up to the least advanced partition (2, at 20) goes, in order.
        assertThat(ids(order.add(0, batch("d", 25, 1), 1_100))).containsExactly("b");
        // Partition 2 falls silent; once silent for the wait, it holds nothing back; partition 1 (at 25) still does.
        assertThat(ids(order.ready(1_150))).isEmpty();
        assertThat(ids(order.ready(1_250))).containsExactly("d");
        assertThat(ids(order.ready(2_101))).as("every partition silent").containsExactly("c");
        assertThat(order.waiting()).isZero();
        assertThat(store.approximateNumEntries()).as("only the marker is left").isEqualTo(1);
    }

    @Test
    void shouldMatchALateBatchAtOnceBeforeTheLaterOnesThatWaited() {
        BandOrder order = new BandOrder(store, WAIT);
        order.add(0, batch("y", 50, 1), 0);
        order.add(0, batch("x", 100, 0), 500);
        assertThat(ids(order.ready(WAIT))).containsExactly("y");
        // Partition 1 moves past partition 0's waiting batch: that one goes; its own waits for partition 0.
        assertThat(ids(order.add(0, batch("z", 120, 1), WAIT + 10))).containsExactly("x");
        // A new partition's batch at or before the watermark goes at once.
        assertThat(ids(order.add(0, batch("w", 90, 2), WAIT + 20))).containsExactly("w");
        assertThat(order.waiting()).isEqualTo(1);
    }

    @Test
    void shouldTellShardsApartAndKeepBatchesOfOneArticleInBothShards() {
        BandOrder order = new BandOrder(store, WAIT);
        order.add(1, batch("a", 10, 0), 0);
        order.add(0, batch("a", 10, 0), 0);
        List<BandOrder.Held> out = order.ready(WAIT + 1);
        assertThat(out).extracting(BandOrder.Held::shard).containsExactly(0, 1);
        assertThat(out).extracting(h -> h.batch().source()).containsExactly(0, 0);
    }

    @Test
    void shouldLetTheEarliestGoWhenTooManyWait() {
        BandOrder order = new BandOrder(store, WAIT, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(order.add(0, batch("a" + i, 10 + i, 0), 0)).isEmpty();
        }
        assertThat(ids(order.add(0, batch("b", 5, 1), 0))).containsExactly("b");
        assertThat(order.waiting()).isEqualTo(3);
    }

    @Test
    void shouldNotLetAPartitionWhoseTimestampsLagHoldTheOthersBackForLong() {
        BandOrder order = new BandOrder(store, WAIT);
        long lag = 3_600_000; // partition 1's producer clock is an hour behind
        order.add(0, batch("a", lag + 10, 0), 0);
        order.add(0, batch("b", 10, 1), 0);
        long now = WAIT;
        assertThat(ids(order.ready(now))).containsExactly("b");
        for (int i = 1; now < BandOrder.MAX_WAIT_FACTOR * WAIT; i++) {
            now += 100;
            assertThat(order.add(0, batch("b" + i, 10 + i, 1), now)).extracting(h -> h.batch().articleId())
                    .containsExactly("b" + i);
            order.add(0, batch("a" + i, lag + 10 + i, 0), now);
        }
        assertThat(ids(order.ready(BandOrder.MAX_WAIT_FACTOR * WAIT + 1))).as("waited long enough").startsWith("a");
    }

    @Test
    void shouldReleaseWhatARestartLeftWaiting() {
        BandOrder before = new BandOrder(store, WAIT);
        before.mark();
        before.add(0, batch("a", 10, 0), 0);
        before.add(0, batch("b", 20, 1), 0);

        BandOrder after = new BandOrder(store, WAIT); // same store, new task instance
        after.add(0, batch("c", 30, 2), 5_000);
        assertThat(ids(after.ready(5_000 + WAIT + 1))).containsExactly("a", "b", "c");
    }

    @Test
    void shouldMatchAsTheyComeWithoutAWaitAfterWhatARunWithOneLeftWaiting() {
        BandOrder before = new BandOrder(store, WAIT);
        before.mark();
        before.add(0, batch("a", 10, 0), 0);
        before.add(0, batch("c", 30, 1), 0);

        BandOrder after = new BandOrder(store, 0);
        assertThat(ids(after.add(0, batch("b", 20, 2), 0))).containsExactly("a", "b", "c");
        assertThat(ids(after.add(0, batch("e", 50, 0), 0))).containsExactly("e");
        assertThat(ids(after.add(0, batch("d", 40, 1), 0))).as("no order without a wait").containsExactly("d");
        assertThat(store.approximateNumEntries()).as("only the marker is left").isEqualTo(1);
    }

    @Test
    void shouldMatchABatchOfUnknownPartitionAsItComes() {
        BandOrder order = new BandOrder(store, WAIT);
        assertThat(ids(order.add(0, batch("old", 10, -1), 0))).containsExactly("old");
    }

    private static BandBatch batch(String id, long ts, int source) {
        return new BandBatch(id, ts, List.of(), source);
    }

    private static List<String> ids(List<BandOrder.Held> held) {
        return held.stream().map(h -> h.batch().articleId()).toList();
    }
}
