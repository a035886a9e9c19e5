package io.khabar.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops one broker error of the embedded broker that is not an error for Khabar: under transactions v2 the broker
 * refuses a producer's first batch on a partition unless its sequence is 0 while it holds no state for the producer
 * (KAFKA-18202), which happens when a Streams producer writes to a repartition topic created a moment before. The
 * broker logs it at ERROR with a stack trace, but returns a retriable {@code OutOfOrderSequenceException}, and the
 * producer retries and the batch lands: nothing is lost. Every other broker error still shows.
 */
public final class RetriedSequenceErrorFilter extends Filter<ILoggingEvent> {

    static final String EXCEPTION = "org.apache.kafka.common.errors.OutOfOrderSequenceException";
    static final String NO_STATE = "for transactions v2 idempotent producer with no existing state";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (event.getLevel() == Level.ERROR && thrown != null && EXCEPTION.equals(thrown.getClassName())
                && thrown.getMessage() != null && thrown.getMessage().contains(NO_STATE)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
