package io.khabar.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.khabar.model.DeadLetters;
import io.khabar.model.RawArticle;
import io.khabar.model.Topic;
import io.khabar.model.Topics;

/**
 * The ingest stage: reads article files ({@link ArticleReader}) and publishes each article to the raw topic, key =
 * article id, value = raw article JSON, timestamp = arrival time, strictly increasing ({@link ArrivalClock}: so that
 * "earlier" is earlier in the input even within one millisecond). Input that is not an article is handled as {@code on.malformed} says; dead
 * letters keep the original bytes, with stage {@code ingest}, topic = the input file, partition -1 and offset = the
 * line number in {@link DeadLetters} headers.
 *
 * <p>The producer is idempotent with {@code acks=all}; {@link #publish} returns only once every record is
 * acknowledged, and throws when any was not: nothing is lost silently. Usage:
 * <pre>{@code
 * try (ArticleIngestor ingestor = new ArticleIngestor(new IngestConfig(props))) {
 *     IngestReport report = ingestor.publish(Path.of("articles/"));
 * }
 * }</pre>
 */
public final class ArticleIngestor implements AutoCloseable {

    /** The stage name in dead-letter headers. */
    public static final String STAGE = "ingest";

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIngestor.class);

    private final IngestConfig config;
    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> rawTopic;
    private final ArticleReader reader;
    private final ArrivalClock arrivals = new ArrivalClock(Clock.systemUTC());

    /** An ingestor with its own Kafka producer, closed by {@link #close()}. */
    public ArticleIngestor(IngestConfig config) {
        this(config, new KafkaProducer<>(config.producerProps()));
    }

    /** An ingestor publishing through {@code producer} (closed by {@link #close()}). */
    public ArticleIngestor(IngestConfig config, Producer<byte[], byte[]> producer) {
        this.config = config;
        this.producer = producer;
        this.rawTopic = Topics.raw(config.rawTopic());
        this.reader = new ArticleReader(config.maxArticleBytes());
    }

    /**
     * Publishes every article under {@code input} (a file or a directory) and waits until all are acknowledged.
     *
     * @throws IngestException when a record was not acknowledged, or malformed input met {@code on.malformed=fail}
     */
    public IngestReport publish(Path input) {
        Run run = new Run();
        try {
            reader.read(input, run::accept);
        } finally {
            producer.flush();
        }
        run.throwIfSendFailed();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - run.progress.startNanos());
        IngestReport report = new IngestReport(run.read, run.published.get(), run.deadLettered.get(), run.skipped,
                run.ids, elapsed);
        LOG.info("ingest done: read {}, published {} articles ({} distinct ids), dead-lettered {}, skipped {} "
                + "in {} ms ({}/s)", report.read(), report.published(), report.ids().size(), report.deadLettered(),
                report.skipped(), elapsed.toMillis(), run.progress.rate(report.published(), System.nanoTime()));
        return report;
    }

    /** The state of one {@link #publish} call. */
    private final class Run {
        final ProgressLog progress = new ProgressLog(LOG, config.progressEveryArticles(), config.progressIntervalMs());
        final AtomicLong published = new AtomicLong();
        final AtomicLong deadLettered = new AtomicLong();
        final AtomicLong failedSends = new AtomicLong();
        final AtomicReference<Exception> firstSendError = new AtomicReference<>();
        final Set<String> ids = new LinkedHashSet<>();
        long read;
        long skipped;

        void accept(ParsedInput input) {
            throwIfSendFailed();
            read++;
            if (input instanceof ParsedArticle parsed) {
                send(parsed.article());
            } else if (input instanceof ParseFailure failure) {
                malformed(failure);
            }
            progress.update(published.get());
        }

        private void send(RawArticle article) {
            byte[] key = article.id().getBytes(StandardCharsets.UTF_8);
            byte[] value = rawTopic.valueSerde().serializer().serialize(rawTopic.name(), article);
            ids.add(article.id());
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(rawTopic.name(), null, arrivals.next(), key,
                    value);
            send(record, acked(published, article.origin()), article.origin());
        }

        private void malformed(ParseFailure failure) {
            String where = failure.file() + ":" + failure.line();
            switch (config.onMalformed()) {
                case FAIL -> throw new IngestException("malformed input at " + where + ": " + failure.reason()
                        + " (set " + IngestConfig.ON_MALFORMED_CONFIG + "=warn or dlq to go on past it)");
                case WARN -> {
                    skipped++;
                    LOG.warn("skipping malformed input at {}: {}", where, failure.reason());
                }
                case DLQ -> {
                    LOG.warn("dead-lettering malformed input at {} to {}: {}", where, config.dlqTopic(),
                            failure.reason());
                    ProducerRecord<byte[], byte[]> record = DeadLetters.record(config.dlqTopic(), STAGE,
                            failure.reason(), failure.file(), -1, failure.line(),
                            where.getBytes(StandardCharsets.UTF_8), failure.original());
                    send(record, acked(deadLettered, where), where);
                }
                default -> throw new IllegalStateException(config.onMalformed().toString());
            }
        }

        /** Sends; a send that throws (buffer full past max.block.ms, record too large ...) stops the run. */
        private void send(ProducerRecord<byte[], byte[]> record, Callback callback, String what) {
            try {
                producer.send(record, callback);
            } catch (KafkaException e) {
                throw new IngestException("Kafka refused " + what + ": " + e, e);
            }
        }

        private Callback acked(AtomicLong counter, String what) {
            return (metadata, exception) -> {
                if (exception == null) {
                    counter.incrementAndGet();
                } else {
                    failedSends.incrementAndGet();
                    if (firstSendError.compareAndSet(null, exception)) {
                        LOG.error("Kafka did not take {}: {}", what, exception.toString());
                    }
                }
            };
        }

        void throwIfSendFailed() {
            Exception error = firstSendError.get();
            if (error != null) {
                throw new IngestException(failedSends.get() + " record(s) not acknowledged by Kafka, first: "
                        + error, error);
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
