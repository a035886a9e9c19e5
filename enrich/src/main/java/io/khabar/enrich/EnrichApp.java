package io.khabar.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.khabar.entities.EntityTagger;
import io.khabar.model.KafkaTopics;

/**
 * A running enrichment app instance: {@code EnrichApp app = EnrichApp.start(config); ... app.close();}. Start more
 * instances (same {@code application.id}, own {@code state.dir}) to share the partitions.
 *
 * <p>Uncaught errors: retriable ones (Kafka {@link RetriableException} anywhere in the cause chain) replace the
 * stream thread; everything else (e.g. {@link MalformedArticleException} with {@code on.malformed=fail}) shuts this
 * client down. Kafka Streams' JMX metrics stay on; counts are also logged every {@code metrics.log.interval.ms}
 * and at close.
 */
public final class EnrichApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);

    private final KafkaStreams streams;
    private final EnrichCounters counters;
    private final ScheduledExecutorService reporter;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** The Kafka Streams client id of this instance, once a fatal error shut it down. */
    private final AtomicReference<String> failedClientId = new AtomicReference<>();

    private EnrichApp(EnrichConfig config, int rawPartitions) {
        this.counters = new EnrichCounters();
        Topology topology = EnrichTopology.build(new StreamsBuilder(), config, counters, EntityTagger.loadDefault(),
                rawPartitions);
        this.streams = new KafkaStreams(topology, config.streamsProperties());
        streams.setStateListener((newState, oldState) -> {
            state = newState;
            LOG.info("enrich state {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
            if (newState == KafkaStreams.State.ERROR && failedClientId.get() != null) {
                // The stream threads are gone by now; their consumers did not leave the group.
                StaleMembers.removeIfAllOf(config.adminProperties(),
                        config.getString(EnrichConfig.APPLICATION_ID_CONFIG), failedClientId.get(),
                        Duration.ofSeconds(10));
            }
            if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(error -> {
            StreamThreadExceptionResponse response = onUncaught(error);
            if (response == StreamThreadExceptionResponse.SHUTDOWN_CLIENT) {
                failure.compareAndSet(null, error);
                failedClientId.compareAndSet(null, StaleMembers.clientIdOf(Thread.currentThread()));
            }
            return response;
        });
        streams.setGlobalStateRestoreListener(new RestoreProgress(counters));
        long interval = config.metricsLogInterval().toMillis();
        this.reporter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "khabar-enrich-counts");
            t.setDaemon(true);
            return t;
        });
        if (interval > 0) {
            reporter.scheduleAtFixedRate(() -> LOG.info("enrich counts: {}", counters), interval, interval,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Creates the topics if configured, builds the topology and starts it; returns at once (see awaitRunning). */
    public static EnrichApp start(EnrichConfig config) {
        if (config.createTopics()) {
            ensureTopics(config);
        }
        int partitions;
        if (config.shardsFollowPartitions()) {
            partitions = rawPartitions(config, Duration.ofSeconds(60));
            int shards = EnrichConfig.shardsFor(partitions);
            LOG.info("dedup.shards=0: one band shard per {} partitions of {} ({} partitions): {} shard(s)",
                    EnrichConfig.PARTITIONS_PER_SHARD, config.rawTopic(), partitions, shards);
            config = config.withShards(shards);
        } else {
            partitions = knownRawPartitions(config);
        }
        EnrichApp app = new EnrichApp(config, partitions);
        app.streams.start();
        return app;
    }

    /** Creates the raw, enriched and dead-letter topics when missing and waits for their leaders. */
    public static void ensureTopics(EnrichConfig config) {
        try (Admin admin = Admin.create(config.adminProperties())) {
            List<NewTopic> topics = List.of(config.rawTopic(), config.enrichedTopic(), config.dlqTopic()).stream()
                    .map(name -> new NewTopic(name, config.topicPartitions(), config.topicReplication()))
                    .toList();
            KafkaTopics.ensure(admin, topics, Duration.ofSeconds(60));
        }
    }

    /**
     * With {@code dedup.shards} set, the raw topic's partitions only let drafts skip the repartition topic: when they
     * cannot be read now, every draft takes it (correct either way).
     */
    private static int knownRawPartitions(EnrichConfig config) {
        try {
            return rawPartitions(config, Duration.ofSeconds(10));
        } catch (IllegalStateException e) {
            LOG.warn("{}; every draft goes through the drafts repartition topic", e.getMessage());
            return 0;
        }
    }

    /** The partition count of the raw topic, which must exist (created above or by the operator). */
    static int rawPartitions(EnrichConfig config, Duration timeout) {
        try (Admin admin = Admin.create(config.adminProperties())) {
            TopicDescription description = admin.describeTopics(List.of(config.rawTopic()))
                    .allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(config.rawTopic());
            return description.partitions().size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the partitions of raw topic " + config.rawTopic()
                    + " (create it, set topics.create=true, or set dedup.shards): " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from " + config.getString(EnrichConfig.BOOTSTRAP_SERVERS_CONFIG)
                    + " within " + timeout.toSeconds() + " s reading the partitions of " + config.rawTopic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the partitions of " + config.rawTopic(), e);
        }
    }

    /** Waits until the instance is RUNNING; false on timeout or when it stopped first. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (running.await(50, TimeUnit.MILLISECONDS) && state == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (stopped.getCount() == 0) {
                return false;
            }
        }
        return state == KafkaStreams.State.RUNNING;
    }

    /** Blocks until the instance stopped (closed, or shut down after a fatal error). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    public KafkaStreams.State state() {
        return state;
    }

    public EnrichCounters counters() {
        return counters;
    }

    /** The Kafka Streams client, e.g. for metrics or interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /**
     * Stops the app and leaves the consumer group: a member that just stays silent holds its tasks until the group's
     * session times out (45 s), so the next start on the same group (the same {@code run} again) or the other
     * instances waited that long for them.
     */
    public void close(Duration timeout) {
        streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        reporter.shutdownNow();
        LOG.info("enrich closed; counts: {}", counters);
    }

    /**
     * The error that shut this instance down, if one did: the stream thread's exception, whose cause chain carries
     * the reason (e.g. {@link BandLayoutException}, {@link MalformedArticleException}).
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    static StreamThreadExceptionResponse onUncaught(Throwable error) {
        if (isRetriable(error)) {
            LOG.warn("transient error in a stream thread, replacing it", error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.error("fatal error in a stream thread, shutting this instance down", error);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    static boolean isRetriable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MalformedArticleException) {
                return false;
            }
            // InvalidStateStoreException: seen after a SIGKILL, when a corrupted task is re-created and a store
            // segment is still closed; a fresh thread restores the task from its changelog (CrashRecoveryIT).
            if (t instanceof RetriableException || t instanceof InvalidStateStoreException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Runs one instance until the JVM stops: {@code EnrichApp [config.properties]}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Properties props = new Properties();
        if (args.length > 0) {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                props.load(in);
            }
        }
        EnrichApp app = start(EnrichConfig.fromProperties(props));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "khabar-enrich-shutdown"));
        app.awaitStopped();
    }
}
