package io.khabar.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.khabar.model.DeadLetters;
import io.khabar.model.Topics;

/**
 * The sink stage: consumes enriched articles and writes them as {@code _bulk} NDJSON files (see
 * {@link BulkFileWriter}) and, with {@code es.url}, straight into Elasticsearch/OpenSearch.
 *
 * <p>Offsets are committed only after everything consumed before them is durable: the bulk file renamed to its
 * final name and forced to disk, the cluster's acknowledgement received, or the record dead-lettered. A crash
 * therefore loses nothing. Nor does it write an article into the bulk files twice: each completed file carries the
 * offsets it holds ({@link FileOffsets}), and on partition assignment the sink seeks past the offsets already in
 * its output directory, even when the crash came between a file's rename and the commit. (Direct indexing may
 * send a document again after a crash; same {@code _id}, so the cluster overwrites it.)
 *
 * <p>Usage: {@code new SinkStage(config, ids -> ...)}, then {@link #run()} on a thread of its own (it returns
 * after {@link #close()}, or by itself at the end of a replay), and {@link #close()} from anywhere, e.g. a
 * shutdown hook: it completes the open file, commits and waits for {@code run} to finish.
 */
public final class SinkStage implements AutoCloseable {

    /** Stage name in dead-letter headers. */
    public static final String STAGE = "sink";

    private static final Logger LOG = LoggerFactory.getLogger(SinkStage.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final SinkConfig config;
    private final Consumer<Collection<String>> onDurablyWritten;
    private final Consumer<Collection<String>> onDeadLettered;
    private final Clock clock;
    private final OnError onError;
    private final SinkDocuments documents;
    private final CountDownLatch finished = new CountDownLatch(1);

    private volatile boolean closing;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread runThread;

    private BulkFileWriter files;
    private ElasticsearchBulkClient es;
    private KafkaProducer<byte[], byte[]> dlq;

    private final List<SinkDocument> esBatch = new ArrayList<>();
    private long esBatchBytes;
    private final Map<TopicPartition, OffsetAndMetadata> pendingOffsets = new HashMap<>();
    private final Set<String> pendingWritten = new LinkedHashSet<>();
    private final Set<String> pendingDeadLettered = new LinkedHashSet<>();
    private final List<Future<RecordMetadata>> pendingDeadLetters = new ArrayList<>();
    private Instant pendingSince;

    private volatile long read;
    private volatile long articlesWritten;
    private volatile long filesWritten;
    private volatile long indexed;
    private volatile long deadLettered;
    private volatile long skipped;
    private Instant lastProgress;
    private String lastProgressLine = "";

    /**
     * @param config           the sink's configuration
     * @param onDurablyWritten called on the {@code run} thread with the ids of articles that are now durably
     *                         written and committed (ids of one call are distinct; an id may come again later)
     */
    public SinkStage(SinkConfig config, Consumer<Collection<String>> onDurablyWritten) {
        this(config, onDurablyWritten, ids -> { });
    }

    /**
     * @param onDeadLettered called with the ids (record keys) of records dead-lettered or skipped instead of written,
     *                       so that a caller waiting for every input id can count them as handled
     */
    public SinkStage(SinkConfig config, Consumer<Collection<String>> onDurablyWritten,
            Consumer<Collection<String>> onDeadLettered) {
        this(config, onDurablyWritten, onDeadLettered, Clock.systemUTC());
    }

    SinkStage(SinkConfig config, Consumer<Collection<String>> onDurablyWritten,
            Consumer<Collection<String>> onDeadLettered, Clock clock) {
        this.config = config;
        this.onDurablyWritten = onDurablyWritten;
        this.onDeadLettered = onDeadLettered;
        this.clock = clock;
        this.onError = config.onError();
        this.documents = new SinkDocuments(new IndexNamer(config.indexPattern(), clock));
    }

    /**
     * Runs the poll loop until {@link #close()} (or, in replay mode, until the end offsets seen at start are
     * reached), then completes the open file and commits.
     *
     * @return the counts of this run
     * @throws SinkException when the sink cannot go on (cluster credentials refused, retries exhausted,
     *                       {@code on.error=fail} hit, output not writable); nothing uncommitted is lost
     */
    public SinkStats run() {
        runThread = Thread.currentThread();
        lastProgress = clock.instant();
        boolean ok = false;
        try {
            start();
            if (config.isReplay()) {
                replayLoop();
            } else {
                liveLoop();
            }
            finalFlush();
            ok = true;
            return stats();
        } catch (IOException e) {
            throw new SinkException("cannot write bulk files in " + config.outDir().map(Path::toString).orElse("")
                    + " (" + SinkConfig.OUT_DIR_CONFIG + "): " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new SinkException("cannot write bulk files: " + e.getCause().getMessage(), e);
        } finally {
            if (!ok) {
                abortPending();
            }
            shutdown();
            LOG.info("sink {}: {}", ok ? "finished" : "stopped", stats());
            finished.countDown();
        }
    }

    /** Asks {@link #run()} to finish (complete the open file, commit) and waits up to a minute for it. */
    @Override
    public void close() {
        closing = true;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = runThread;
        if (t != null && t != Thread.currentThread()) {
            try {
                if (!finished.await(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("sink did not finish within {}", CLOSE_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The counts so far; safe to call from any thread. */
    public SinkStats stats() {
        return new SinkStats(read, articlesWritten, filesWritten, indexed, deadLettered, skipped);
    }

    private void start() throws IOException {
        Optional<Path> outDir = config.outDir();
        if (outDir.isPresent()) {
            files = new BulkFileWriter(outDir.get(), config.filePrefix(), config.bulkMaxBytes(), config.bulkMaxAge(), clock,
                    config.isReplay() ? null : config.groupId());
            int stale = files.deleteStaleParts(config.bulkMaxAge().multipliedBy(2).plusMinutes(1));
            if (stale > 0) {
                LOG.info("deleted {} incomplete bulk files left by an earlier run (their records were not committed)", stale);
            }
            IndexTemplate.writeTo(outDir.get());
        }
        if (config.esUrl().isPresent()) {
            es = new ElasticsearchBulkClient(config);
            if (config.esTemplateInstall()) {
                es.putIndexTemplate(config.esTemplateName(), IndexTemplate.json());
            }
        }
        consumer = new KafkaConsumer<>(consumerProperties());
        if (closing) {
            consumer.wakeup();
        }
    }

    private void liveLoop() throws IOException {
        consumer.subscribe(List.of(Topics.enriched(config.enrichedTopic()).name()), new FlushOnRebalance());
        LOG.info("sink reading {} as group {}", config.enrichedTopic(), config.groupId());
        try {
            while (!closing) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(config.pollTimeout());
                handleAll(records);
                if (records.isEmpty() || isDue()) {
                    flush(true);
                }
                logProgress(false);
            }
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
        }
    }

    /**
     * Seeks each newly assigned partition past the records its completed bulk files already hold, when the
     * committed offset lags them (a crash after a file's rename, before its commit), and commits that position.
     */
    private void resumeAfterFiles(Collection<TopicPartition> assigned) {
        if (files == null || config.isReplay() || assigned.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> durable = files.durableEnds(config.enrichedTopic());
        if (durable.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(assigned));
        Map<TopicPartition, OffsetAndMetadata> advance = new HashMap<>();
        for (TopicPartition tp : assigned) {
            Long end = durable.get(tp);
            OffsetAndMetadata at = committed.get(tp);
            if (end != null && (at == null || at.offset() < end)) {
                consumer.seek(tp, end);
                advance.put(tp, new OffsetAndMetadata(end));
                LOG.info("resuming {} at offset {}: the bulk files in {} already hold the records before it "
                        + "(committed offset was {})", tp, end, config.outDir().orElseThrow(),
                        at == null ? "none" : at.offset());
            }
        }
        if (!advance.isEmpty()) {
            consumer.commitSync(advance);
        }
    }

    private void replayLoop() throws IOException {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(config.enrichedTopic())) {
            partitions.add(new TopicPartition(p.topic(), p.partition()));
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Optional<Instant> from = config.replayFrom();
        if (from.isEmpty()) {
            consumer.seekToBeginning(partitions);
        } else {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, from.get().toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
            for (TopicPartition tp : partitions) {
                OffsetAndTimestamp at = found.get(tp);
                consumer.seek(tp, at == null ? end.get(tp) : at.offset());
            }
        }
        LOG.info("replaying {} from {} up to offsets {}", config.enrichedTopic(), from.map(Instant::toString).orElse("the start"), end);
        try {
            while (!closing && !reached(end)) {
                handleAll(consumer.poll(config.pollTimeout()));
                if (isDue()) {
                    flush(false);
                }
                logProgress(false);
            }
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
        }
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void handleAll(ConsumerRecords<byte[], byte[]> records) throws IOException {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            handle(record);
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) throws IOException {
        read++;
        try {
            SinkDocument doc = documents.of(record);
            if (files != null) {
                if (files.wouldOverflow(doc)) {
                    // Completing a file commits too, so that a completed file never holds uncommitted records
                    // (those would be written again after a crash).
                    flush(!config.isReplay());
                }
                if (files.append(doc).isPresent()) {
                    filesWritten++;
                }
                pendingWritten.add(doc.id());
            }
            if (es != null) {
                addToEsBatch(doc);
            }
        } catch (MalformedRecordException e) {
            refuse(record, e.getMessage());
        }
        pendingOffsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        if (pendingSince == null) {
            pendingSince = clock.instant();
        }
    }

    private void addToEsBatch(SinkDocument doc) {
        long bytes = doc.source().length + doc.id().length() + doc.index().length() + 40L;
        if (!esBatch.isEmpty() && esBatchBytes + bytes > config.esBatchMaxBytes()) {
            sendEsBatch();
        }
        esBatch.add(doc);
        esBatchBytes += bytes;
        if (esBatch.size() >= config.esBatchMaxDocs() || esBatchBytes >= config.esBatchMaxBytes()) {
            sendEsBatch();
        }
    }

    private void sendEsBatch() {
        if (esBatch.isEmpty()) {
            return;
        }
        BulkOutcome outcome = es.index(List.copyOf(esBatch));
        indexed += outcome.acknowledged();
        Set<String> refused = new LinkedHashSet<>();
        for (BulkOutcome.Rejection rejection : outcome.rejected()) {
            refused.add(rejection.document().id());
            refuse(rejection.document().record(), "cluster refused document " + rejection.document().id() + " (HTTP "
                    + rejection.status() + "): " + rejection.reason());
        }
        if (files == null) {
            for (SinkDocument doc : esBatch) {
                if (!refused.contains(doc.id())) {
                    pendingWritten.add(doc.id());
                }
            }
        }
        esBatch.clear();
        esBatchBytes = 0;
    }

    /** A record that cannot be written: fail, warn or dead-letter it as {@code on.error} says. */
    private void refuse(ConsumerRecord<byte[], byte[]> record, String reason) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        switch (onError) {
            case FAIL -> throw new SinkException("record " + where + " (key " + key + "): " + reason
                    + "; set " + SinkConfig.ON_ERROR_CONFIG + "=dlq or warn to go on past such records");
            case WARN -> {
                LOG.warn("skipping record {} (key {}): {}", where, key, reason);
                skipped++;
            }
            case DLQ -> {
                ProducerRecord<byte[], byte[]> letter = DeadLetters.record(config.dlqTopic(), STAGE, reason,
                        record.topic(), record.partition(), record.offset(), record.key(), record.value());
                for (Header h : record.headers()) {
                    if (!h.key().startsWith("khabar.dlq.")) {
                        letter.headers().add(h);
                    }
                }
                pendingDeadLetters.add(deadLetterProducer().send(letter));
                LOG.warn("dead-lettered record {} (key {}) to {}: {}", where, key, config.dlqTopic(), reason);
                deadLettered++;
            }
            default -> throw new IllegalStateException("unknown " + onError);
        }
        if (key != null) {
            pendingDeadLettered.add(key);
        }
    }

    private boolean isDue() {
        return (files != null && files.due())
                || (pendingSince != null && !clock.instant().isBefore(pendingSince.plus(config.bulkMaxAge())));
    }

    /**
     * Makes everything consumed so far durable, then commits. Each step clears its own state only once done, so a
     * flush interrupted by a wakeup can simply be run again.
     */
    private void flush(boolean commit) throws IOException {
        if (es != null) {
            sendEsBatch();
        }
        // Dead letters first: once a file is complete, a restart resumes after its records and the dead-lettered
        // records among them would not be read again.
        awaitDeadLetters();
        if (files != null && files.complete().isPresent()) {
            filesWritten++;
        }
        if (commit && !config.isReplay() && !pendingOffsets.isEmpty()) {
            consumer.commitSync(pendingOffsets);
        }
        pendingOffsets.clear();
        articlesWritten += pendingWritten.size();
        pendingSince = null;
        if (!pendingWritten.isEmpty()) {
            List<String> ids = List.copyOf(pendingWritten);
            pendingWritten.clear();
            onDurablyWritten.accept(ids);
        }
        if (!pendingDeadLettered.isEmpty()) {
            List<String> ids = List.copyOf(pendingDeadLettered);
            pendingDeadLettered.clear();
            onDeadLettered.accept(ids);
        }
    }

    private void finalFlush() throws IOException {
        try {
            flush(true);
        } catch (WakeupException e) {
            // close() woke the consumer after the last poll; the wakeup is spent now, so the commit can go through.
            flush(true);
        }
    }

    private void awaitDeadLetters() {
        if (pendingDeadLetters.isEmpty()) {
            return;
        }
        dlq.flush();
        for (Future<RecordMetadata> f : pendingDeadLetters) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new SinkException("cannot write to dead-letter topic " + config.dlqTopic() + " ("
                        + SinkConfig.DLQ_TOPIC_CONFIG + "): " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SinkException("interrupted while writing dead letters", e);
            }
        }
        pendingDeadLetters.clear();
    }

    private void abortPending() {
        if (files != null) {
            files.abort();
        }
        esBatch.clear();
        esBatchBytes = 0;
        pendingOffsets.clear();
        pendingWritten.clear();
        pendingDeadLettered.clear();
        pendingDeadLetters.clear();
        pendingSince = null;
    }

    private void shutdown() {
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            try {
                c.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } catch (RuntimeException e) {
                LOG.warn("closing consumer: {}", e.toString());
            }
        }
        if (dlq != null) {
            dlq.close(Duration.ofSeconds(5));
        }
        if (files != null) {
            files.close();
        }
    }

    private void logProgress(boolean force) {
        Instant now = clock.instant();
        if (!force && now.isBefore(lastProgress.plus(config.metricsLogInterval()))) {
            return;
        }
        lastProgress = now;
        String line = stats().toString();
        if (!line.equals(lastProgressLine)) {
            lastProgressLine = line;
            LOG.info("{}", line);
        }
    }

    private KafkaProducer<byte[], byte[]> deadLetterProducer() {
        if (dlq == null) {
            Map<String, Object> props = new HashMap<>();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "khabar-sink-dlq");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.putAll(config.clientSecurity());
            props.putAll(config.producerOverrides());
            dlq = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return dlq;
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "khabar-sink");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.putAll(config.clientSecurity());
        props.putAll(config.consumerOverrides());
        if (config.isReplay()) {
            props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        } else {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        }
        Object autoCommit = props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (autoCommit != null && Boolean.parseBoolean(autoCommit.toString())) {
            LOG.warn("ignoring consumer.enable.auto.commit=true: the sink commits only what it has durably written");
        }
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }

    /** Commits what is pending before partitions move to another sink, so the new owner starts after it. */
    private final class FlushOnRebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            try {
                flush(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.debug("assigned {}", partitions);
            resumeAfterFiles(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            // The group has moved on: the files are still worth completing (a rewrite of the same ids is harmless),
            // but committing would fail.
            try {
                flush(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
