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
    /** Wall-clock time at the test's start: the batches' timestamps (10, 20, …) lie far before it, as in a backlog. */
    private static final long T0 = 1_000_000_000L;
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
        assertThat(order.add(0, batch("c", 30, 0), T0)).isEmpty();
        assertThat(order.add(0, batch("a", 10, 1), T0)).isEmpty();
        assertThat(order.add(0, batch("b", 20, 2), T0)).isEmpty();
        assertThat(order.add(0, batch("e", 35, 0), T0 + 800)).isEmpty();
        assertThat(order.add(0, batch("g", 12, 1), T0 + 800)).isEmpty();
        assertThat(order.add(0, batch("h", 21, 2), T0 + 800)).isEmpty();
        assertThat(order.ready(T0 + 900)).as("within the wait after the first batch").isEmpty();

        // Everything up to the least advanced partition (1, at 12) goes, in timestamp order.
        assertThat(ids(order.ready(T0 + 1_000))).containsExactly("a", "g");
        // Partition 1 moves on: now partition 2 (at 21) is the least advanced.
        assertThat(ids(order.add(0, batch("i", 25, 1), T0 + 1_100))).containsExactly("b", "h");
        // Partitions 0 and 2 fall silent for half the wait: they hold nothing back; partition 1 (at 25) still does.
        assertThat(ids(order.ready(T0 + 1_350))).containsExactly("i");
        assertThat(ids(order.ready(T0 + 1_601))).as("every partition silent").containsExactly("c", "e");
        assertThat(order.waiting()).isZero();
        assertThat(store.approximateNumEntries()).as("only the marker is left").isEqualTo(1);
    }

    @Test
    void shouldMatchALateBatchAtOnceBeforeTheLaterOnesThatWaited() {
        BandOrder order = new BandOrder(store, WAIT);
        order.add(0, batch("y", 50, 1), T0);
        order.add(0, batch("x", 100, 0), T0);
        order.add(0, batch("y2", 60, 1), T0 + 900);
        order.add(0, batch("x2", 105, 0), T0 + 900);
        assertThat(ids(order.ready(T0 + WAIT))).containsExactly("y", "y2");
        // Partition 1 moves past partition 0's waiting batches: they go; its own waits for partition 0.
        assertThat(ids(order.add(0, batch("z", 120, 1), T0 + 1_100))).containsExactly("x", "x2");
        // A new partition's batch at or before the watermark goes at once.
        assertThat(ids(order.add(0, batch("w", 90, 2), T0 + 1_150))).containsExactly("w");
        assertThat(order.waiting()).isEqualTo(1);
    }

    @Test
    void shouldTellShardsApartAndKeepBatchesOfOneArticleInBothShards() {
        BandOrder order = new BandOrder(store, WAIT);
        order.add(1, batch("a", 10, 0), T0);
        order.add(0, batch("a", 10, 0), T0);
        List<BandOrder.Held> out = order.ready(T0 + WAIT + 1);
        assertThat(out).extracting(BandOrder.Held::shard).containsExactly(0, 1);
        assertThat(out).extracting(h -> h.batch().source()).containsExactly(0, 0);
    }

    @Test
    void shouldLetTheEarliestGoWhenTooManyWait() {
        BandOrder order = new BandOrder(store, WAIT, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(order.add(0, batch("a" + i, 10 + i, 0), T0)).isEmpty();
        }
        assertThat(ids(order.add(0, batch("b", 5, 1), T0))).containsExactly("b");
        assertThat(order.waiting()).isEqualTo(3);
    }

    @Test
    void shouldNotLetAPartitionWhoseTimestampsLagHoldTheOthersBackForLong() {
        BandOrder order = new BandOrder(store, WAIT);
        long lag = 3_600_000; // partition 1's producer clock is an hour behind partition 0's
        List<String> released = new java.util.ArrayList<>();
        long now = 0;
        for (int i = 0; now <= BandOrder.MAX_WAIT_FACTOR * WAIT; i++, now += 100) {
            released.addAll(ids(order.add(0, batch("a" + i, lag + i, 0), T0 + now)));
            released.addAll(ids(order.add(0, batch("b" + i, i, 1), T0 + now)));
        }
        assertThat(released).as("partition 1's batches go as they come; partition 0's wait for it").contains("b0", "b250")
                .noneMatch(id -> id.startsWith("a"));
        assertThat(ids(order.ready(T0 + now))).as("held for the longest wait allowed").startsWith("a0");
    }

    @Test
    void shouldReleaseWhatARestartLeftWaiting() {
        leaveWaiting(batch("a", 10, 0), batch("b", 20, 1));

        BandOrder after = new BandOrder(store, WAIT); // same store, new task instance
        after.add(0, batch("c", 30, 2), T0 + 5_000);
        assertThat(ids(after.ready(T0 + 5_000 + WAIT + 1))).containsExactly("a", "b", "c");
    }

    @Test
    void shouldMatchAsTheyComeWithoutAWaitAfterWhatARunWithOneLeftWaiting() {
        leaveWaiting(batch("a", 10, 0), batch("c", 30, 1));

        BandOrder after = new BandOrder(store, 0);
        assertThat(ids(after.add(0, batch("b", 20, 2), T0))).containsExactly("a", "b", "c");
        assertThat(ids(after.add(0, batch("e", 50, 0), T0))).containsExactly("e");
        assertThat(ids(after.add(0, batch("d", 40, 1), T0))).as("no order without a wait").containsExactly("d");
        assertThat(store.approximateNumEntries()).as("only the marker is left").isEqualTo(1);
    }

    @Test
    void shouldMatchABatchOfUnknownPartitionAsItComes() {
        BandOrder order = new BandOrder(store, WAIT);
        assertThat(ids(order.add(0, batch("old", 10, -1), T0))).containsExactly("old");
    }

    /** A run with a wait that stopped within its first wait: every batch it took is left in the store. */
    private void leaveWaiting(BandBatch... batches) {
        BandOrder before = new BandOrder(store, WAIT);
        before.mark();
        for (BandBatch b : batches) {
            assertThat(before.add(0, b, T0)).isEmpty();
        }
    }

    private static BandBatch batch(String id, long ts, int source) {
        return new BandBatch(id, ts, List.of(), source);
    }

    private static List<String> ids(List<BandOrder.Held> held) {
        return held.stream().map(h -> h.batch().articleId()).toList();
    }
}
