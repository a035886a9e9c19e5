package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;

class RetriedSequenceErrorFilterTest {

    private final RetriedSequenceErrorFilter filter = new RetriedSequenceErrorFilter();
    private final Logger replicaManager = new LoggerContext().getLogger("kafka.server.ReplicaManager");

    private FilterReply decide(Level level, Throwable thrown) {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), replicaManager, level,
                "[ReplicaManager broker=1] Error processing append operation on partition p-0", thrown, null);
        return filter.decide(event);
    }

    @Test
    void dropsTheRetriedFirstBatchErrorOfTransactionsV2() {
        // The broker's wording (ProducerAppendInfo, Kafka 4.x)
        OutOfOrderSequenceException retried = new OutOfOrderSequenceException("Invalid sequence number for producer 2"
                + " at offset 1134 in partition x-dedup-bands-repartition-0: 26 (incoming seq. number). Expected"
                + " sequence 0 for transactions v2 idempotent producer with no existing state.");

        assertThat(decide(Level.ERROR, retried)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsEveryOtherError() {
        OutOfOrderSequenceException gap = new OutOfOrderSequenceException("Out of order sequence number for producer 2"
                + " at offset 10 in partition p-0: 7 (incoming seq. number), 3 (current end sequence number)");

        assertThat(decide(Level.ERROR, gap)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(Level.ERROR, new IllegalStateException("disk full"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(Level.ERROR, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(Level.WARN, new OutOfOrderSequenceException("Expected sequence 0 for transactions v2"
                + " idempotent producer with no existing state."))).isEqualTo(FilterReply.NEUTRAL);
    }
}
