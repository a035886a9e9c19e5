package io.khabar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import io.khabar.broker.EmbeddedKafkaBroker;
import io.khabar.enrich.EnrichApp;
import io.khabar.enrich.EnrichConfig;
import io.khabar.ingest.ArticleIngestor;
import io.khabar.ingest.IngestConfig;
import io.khabar.ingest.IngestReport;
import io.khabar.sink.SinkConfig;
import io.khabar.sink.SinkStage;
import io.khabar.sink.SinkStats;
import io.khabar.view.ViewConfig;
import io.khabar.view.ViewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole pipeline in one process: ingest, enrich and sink, on an embedded broker unless {@code --bootstrap} is
 * given. Without {@code --follow} it exits once every input article has been durably written by the sink.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run ingest, enrich and sink in one process (on an embedded Kafka broker unless --bootstrap is given).")
final class RunCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    SinkCommand.SinkOptions sink;

    @Mixin
    EnrichCommand.EnrichOptions enrich;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "An article file or a directory of them.")
    Path input;

    @Option(names = "--follow", description = "Keep running: publish files that appear in the input directory later, until Ctrl-C.")
    boolean follow;

    @Option(names = "--data-dir", defaultValue = "data/kafka",
            description = "Storage of the embedded broker (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--view", description = "Also serve the live web view of the enriched articles; keeps running after the input is done, until Ctrl-C.")
    boolean view;

    @Option(names = "--view-port", defaultValue = "8080", description = "HTTP port of the view (default: ${DEFAULT-VALUE}).")
    int viewPort;

    @Option(names = "--idle-timeout", defaultValue = "PT2M",
            description = "Give up when no article has been written for this long (ISO 8601 duration, default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    /**
     * {@code dedup.order.wait.ms} of {@code run}, unless the config file sets it: the files there are (and, with
     * {@code --follow}, the files of the directory at the start) are a backlog, whose band batches reach the band task
     * out of order (without it a fifth of the 5,000 ANT articles came out twice, unflagged and then corrected; see
     * {@code BandOrder}).
     */
    static final long RUN_ORDER_WAIT_MS = 1000;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("no such input: " + input);
        }
        long started = System.nanoTime();
        Progress progress = new Progress(System.err);
        EmbeddedKafkaBroker broker = null;
        String bootstrap = kafka.bootstrap;
        if (bootstrap == null && !kafka.configuresBootstrap()) {
            broker = EmbeddedKafkaBroker.start(dataDir, 0);
            bootstrap = broker.bootstrapServers();
            progress.say("embedded Kafka broker on %s (data in %s)", bootstrap, dataDir);
        }
        ShutdownSignal signal = ShutdownSignal.forCurrentThread();
        try (Resources resources = new Resources(broker)) {
            Map<String, Object> common = kafka.properties(bootstrap);
            String servers = (String) common.get("bootstrap.servers");
            IngestConfig ingestConfig = new IngestConfig(StageProps.ingest(common, kafka));
            PipelineTopics.create(servers, common, kafka.topics(), ingestConfig.topicConfigs());
            progress.say("topics %s, %s, %s ready", kafka.rawTopic(), kafka.enrichedTopic(), kafka.dlqTopic());
            if (view) {
                resources.view = ViewServer.start(ViewConfig.kafka(servers, kafka.enrichedTopic(), kafka.fileProperties())
                        .with(ViewConfig.PORT_CONFIG, viewPort));
                progress.say("live view at %s", resources.view.url());
            }

            Map<String, Object> enrichProps = enrich.apply(StageProps.enrich(common, kafka));
            // files are a backlog: match them in order, so that their articles come out once
            enrichProps.putIfAbsent(EnrichConfig.DEDUP_ORDER_WAIT_CONFIG, RUN_ORDER_WAIT_MS);
            EnrichApp enrichApp = EnrichApp.start(new EnrichConfig(enrichProps));
            resources.enrich = enrichApp;

            Set<String> handled = ConcurrentHashMap.newKeySet();
            enrichApp.awaitRunning(Duration.ofSeconds(60));
            progress.say("enrich app %s", enrichApp.state());
            if (!isAlive(enrichApp)) { // e.g. its state was written with another band layout: publish nothing
                throw enrichStopped(enrichApp);
            }
            SinkStage sinkStage = new SinkStage(new SinkConfig(sink.apply(StageProps.sink(common, kafka))),
                    handled::addAll, handled::addAll);
            resources.sink = sinkStage;
            AtomicReference<Throwable> sinkFailure = new AtomicReference<>();
            CountDownLatch sinkDone = new CountDownLatch(1);
            Thread sinkThread = new Thread(() -> {
                try {
                    sinkStage.run();
                } catch (RuntimeException e) {
                    sinkFailure.set(e);
                } finally {
                    sinkDone.countDown();
                }
            }, "khabar-sink");
            sinkThread.start();
            resources.sinkDone = sinkDone;

            IngestReport report;
            try (ArticleIngestor ingestor = new ArticleIngestor(ingestConfig)) {
                report = ingestor.publish(input);
                progress.say("published %d articles from %s (%d dead-lettered)", report.ids().size(), input,
                        report.deadLettered());
                if (follow) {
                    progress.say("following %s for new files; Ctrl-C stops", input);
                    try {
                        new InputFollower(input, ingestor, progress).followUntilInterrupted(
                                () -> sinkFailure.get() == null && isAlive(enrichApp));
                        progress.say("stopping");
                    } catch (IllegalStateException stopped) {
                        Throwable reason = sinkFailure.get() != null ? sinkFailure.get()
                                : enrichApp.failure().orElse(null);
                        throw new IllegalStateException(stopped.getMessage(), reason);
                    }
                    return 0;
                }
            }

            Set<String> expected = report.ids();
            Stall stall = new Stall(idleTimeout);
            while (!handled.containsAll(expected)) {
                Throwable failure = sinkFailure.get();
                if (failure != null) {
                    throw new IllegalStateException("the sink stopped", failure);
                }
                if (!isAlive(enrichApp)) {
                    throw enrichStopped(enrichApp);
                }
                long done = expected.stream().filter(handled::contains).count();
                if (stall.stalled(done)) {
                    throw new IllegalStateException("no progress for " + idleTimeout + ": " + done + " of "
                            + expected.size() + " articles written (see --idle-timeout)");
                }
                progress.every(Duration.ofSeconds(2), "enriched and written %d of %d articles", done, expected.size());
                Thread.sleep(100);
            }
            awaitCorrections(enrichApp, sinkStage, progress);
            sinkStage.close();
            sinkDone.await();
            SinkStats stats = sinkStage.stats();
            progress.say("done: %d articles in %.1f s -> %s (%d bulk files this run)", expected.size(),
                    (System.nanoTime() - started) / 1e9, sink.out, stats.filesWritten());
            if (resources.view != null) {
                progress.say("the view stays up at %s; Ctrl-C stops", resources.view.url());
                try {
                    resources.view.awaitClose();
                } catch (InterruptedException e) {
                    progress.say("stopping");
                }
            }
            return 0;
        } finally {
            signal.close();
        }
    }

    /** How long {@link #awaitCorrections} waits once nothing moves any more. */
    static final Duration CORRECTIONS_QUIET = Duration.ofSeconds(5);

    /**
     * Once every article was written, waits for the corrections still on their way: an article re-emitted because an
     * earlier one that it repeats came after it. Without this the run could stop after the first version was written
     * and before the corrected one. Done when the article side took in every correction the band side sent and the
     * sink read every article the app emitted; or when none of these counts moved for {@link #CORRECTIONS_QUIET}
     * (another instance sharing the app took some of them, or a retried transaction counted some twice).
     */
    private static void awaitCorrections(EnrichApp app, SinkStage sink, Progress progress)
            throws InterruptedException {
        Stall stall = new Stall(CORRECTIONS_QUIET);
        while (isAlive(app)) {
            long sent = app.counters().correctionsSent();
            long received = app.counters().correctionsReceived();
            long emitted = app.counters().out();
            long read = sink.stats().read();
            if (received >= sent && read >= emitted) {
                return;
            }
            if (stall.stalled(received + read + emitted)) {
                progress.say("stopped waiting for corrections: %d of %d taken in, %d of %d enriched records read by"
                        + " the sink", received, sent, read, emitted);
                return;
            }
            progress.every(Duration.ofSeconds(2), "writing corrected articles (%d of %d corrections taken in)",
                    received, sent);
            Thread.sleep(50);
        }
    }

    /** The enrich app is no longer running: its state, and the error that shut it down as the cause. */
    private static IllegalStateException enrichStopped(EnrichApp app) {
        return new IllegalStateException("the enrich stage stopped: " + app.state(), app.failure().orElse(null));
    }

    private static boolean isAlive(EnrichApp app) {
        return switch (app.state()) {
            case CREATED, REBALANCING, RUNNING -> true;
            default -> false;
        };
    }

    /** What {@code run} started, closed in reverse order whatever happens. */
    private static final class Resources implements AutoCloseable {
        private final EmbeddedKafkaBroker broker;
        private EnrichApp enrich;
        private SinkStage sink;
        private CountDownLatch sinkDone;
        private ViewServer view;

        Resources(EmbeddedKafkaBroker broker) {
            this.broker = broker;
        }

        @Override
        public void close() {
            if (view != null) {
                view.close();
            }
            if (sink != null) {
                sink.close();
                try {
                    sinkDone.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (enrich != null) {
                enrich.close();
            }
            if (broker != null) {
                broker.close();
            }
        }
    }
}
