package io.khabar.app.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

import io.khabar.app.PropertiesFile;
import io.khabar.broker.EmbeddedKafkaBroker;
import io.khabar.enrich.EnrichApp;
import io.khabar.enrich.EnrichConfig;
import io.khabar.model.KafkaTopics;
import io.khabar.model.RawArticle;
import io.khabar.model.Topics;
import io.khabar.sink.SinkConfig;
import io.khabar.sink.SinkStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar bench}: on an embedded broker, in one run, (1) a passthrough Kafka Streams app over the articles
 * (Kafka's own limit on this machine), (2) the full enrichment topology over the same articles, both exactly-once,
 * (3) end-to-end latency from ingest to the sink's durable bulk files at a fixed offered load. Prints a table and,
 * last, the machine-readable line {@code bench: enriched_articles_per_s=… passthrough_articles_per_s=… ratio=…
 * p99_ms=…}.
 *
 * <p>Throughput is timed by a {@code read_committed} reader of the output topic over the distinct article ids seen.
 * The enrichment app first enriches the {@code --prefill} articles (not timed: the JVM's warm-up, and the dedup state
 * the measured batch meets); the measured batch is sent only then, and timed from its first send to its last output,
 * so that the window holds all the work on the measured articles. The passthrough app reads all articles preloaded
 * and is timed from the output that passes the prefill to the last. CPU per article (whole process and the app's
 * stream threads, from the JVM and /proc) is printed too: unlike articles/s it does not depend on what else runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: passthrough vs enrichment throughput, and end-to-end latency, on an embedded broker.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Articles to cycle (e.g. ../shared/data/news/ant-2018-08-10.jsonl).")
    Path input;

    @Option(names = "--articles", defaultValue = "20000", description = "Articles in the measured batch (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--prefill", defaultValue = "10000",
            description = "Articles enriched before the measured batch is sent (not timed): the JVM's warm-up and the "
                    + "dedup state the batch meets (10,000: where the issue's state scaling starts, and enough for the "
                    + "JIT compiler to settle); 0 = send all at once and time from the first output (default: ${DEFAULT-VALUE}).")
    int prefill;

    @Option(names = "--threads", description = "Stream threads of each app, as in the enrich stage: one per core"
            + " (here: ${DEFAULT-VALUE}).")
    int threads = EnrichConfig.NUM_STREAM_THREADS_DEFAULT;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--rate", defaultValue = "500", description = "Offered load of the latency phase, articles/s (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--article-interval-ms", defaultValue = "1", description = "Event time between consecutive"
            + " articles (their record timestamps), ms (default: ${DEFAULT-VALUE}). With a long interval the run spans"
            + " several dedup horizons (dedup.horizon.days in --config), as a feed does once it has run longer than"
            + " one: units also read the previous epoch, and whole epochs expire.")
    long articleIntervalMs;

    @Option(names = "--latency-seconds", defaultValue = "30",
            description = "Length of the latency phase; 0 skips it (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--warmup-seconds", defaultValue = "5",
            description = "Start of the latency phase left out of the percentiles (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--skip-passthrough", description = "Leave out the passthrough phase (e.g. for dedup-state scaling runs).")
    boolean skipPassthrough;

    @Option(names = "--sink-max-age-ms", defaultValue = "100",
            description = "bulk.max.age.ms of the sink in the latency phase: how long a bulk file stays open (default: ${DEFAULT-VALUE}).")
    long sinkMaxAgeMs;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties for the enrichment app (EnrichConfig keys, streams.* overrides), e.g. streams.commit.interval.ms=50.")
    Path configFile;

    @Option(names = "--compare", paramLabel = "FILE",
            description = "Properties of a second enrichment app (e.g. dedup.mode=exact) to time against the first"
                    + " (--config): both enrich the same articles, each in its own topics and state, in alternating"
                    + " slices on the same machine (the first pair a warm-up, not counted), and the bench prints both"
                    + " rates and their ratio. The passthrough and latency phases are left out.")
    Path compareFile;

    @Option(names = "--slice-seconds", defaultValue = "10",
            description = "With --compare: how long each app runs in turn (default: ${DEFAULT-VALUE}).")
    int sliceSeconds;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Broker, state and output directory (default: a fresh temporary directory, deleted at the end).")
    Path workDir;

    @Option(names = "--keep-consumed",
            description = "Keep the bench topics' records once consumed (by default they are deleted as the run goes, so"
                    + " that a long run keeps on disk little more than the enrichment state).")
    boolean keepConsumed;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "Give up a phase after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** How often a long wait says how far the enrichment got. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);
    private static final String RAW = "bench.raw";
    private static final String RAW_ENRICH = "bench.raw-enrich";
    private static final String PASSTHROUGH_OUT = "bench.passthrough";
    private static final String ENRICHED = "bench.enriched";
    private static final String DLQ = "bench.dlq";
    private static final String RAW_COMPARE = "bench.raw-compare";
    private static final String ENRICHED_COMPARE = "bench.enriched-compare";
    /**
     * With --compare: articles in flight while an app is fed (about a second of work: enough to keep it busy, few
     * enough that its pipeline stays in its steady state), the start of each slice left out, and the most pairs.
     */
    private static final long COMPARE_BACKLOG = 400;
    private static final Duration COMPARE_WARMUP = Duration.ofSeconds(2);
    private static final int MAX_PAIRS = 200;

    /** Fewer articles than this in the passthrough's timed window (a small run) give no CPU per article. */
    private static final long MIN_TIMED_FOR_CPU = 1_000;

    private final PrintStream out = System.out;
    private String cpuPerArticle = "";
    /** The passthrough app's CPU per article, over the window its rate is timed in. */
    private String passthroughCpuPerArticle = "";

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(input) && !Files.isDirectory(input)) {
            throw new IllegalArgumentException("no such input: " + input);
        }
        if (articles < 1 || prefill < 0 || threads < 1 || partitions < 1 || rate < 1 || sliceSeconds < 1
                || articleIntervalMs < 1) {
            throw new IllegalArgumentException("--articles, --threads, --partitions, --rate, --slice-seconds and"
                    + " --article-interval-ms must be positive");
        }
        if (compareFile != null && !Files.isRegularFile(compareFile)) {
            throw new IllegalArgumentException("no such --compare file: " + compareFile);
        }
        boolean tempDir = workDir == null;
        Path dir = tempDir ? Files.createTempDirectory("khabar-bench") : Files.createDirectories(workDir);
        try (HeapWatcher heap = new HeapWatcher()) {
            return run(dir, heap);
        } finally {
            if (tempDir) {
                Utils.delete(dir.toFile()); // Kafka's recursive delete
            }
        }
    }

    private int run(Path dir, HeapWatcher heap) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        BenchCorpus corpus = BenchCorpus.read(input, "bench" + runId);
        say("%d source articles from %s; measured batch %d articles after %d prefill, %d thread(s), %d partitions",
                corpus.size(), input, articles, prefill, threads, partitions);
        long total = (long) prefill + articles;
        long needed = diskNeeded(total, skipPassthrough) * (compareFile != null ? 2 : 1);
        long usable = Files.getFileStore(dir).getUsableSpace();
        if (usable < needed) {
            say("WARNING: this run may need up to about %,d MB of disk (topics and RocksDB, about %d KB per article)"
                    + " and %s has %,d MB free: it may stop when the disk is full", needed >> 20,
                    DISK_PER_ARTICLE >> 10, dir, usable >> 20);
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
                ConsumedTrimmer trimmer = new ConsumedTrimmer(broker.bootstrapServers())) {
            String bootstrap = broker.bootstrapServers();
            createTopics(bootstrap);
            if (compareFile != null) {
                compare(bootstrap, dir, corpus, runId, trimmer, heap);
                return 0;
            }
            long[] sendMillis = new long[(int) total + rate * (latencySeconds + 1) + 16];
            long base = baseFor(total);
            // The enrichment app gets the prefill first and the measured batch only once the prefill is through, so
            // that the measured window holds all the work on the measured articles and none of the JVM's warm-up.
            long preloaded = prefill > 0 ? prefill : total;
            double avgBytes;
            if (skipPassthrough) {
                long bytes = preload(bootstrap, RAW_ENRICH, corpus, 0, preloaded, base, sendMillis);
                avgBytes = (double) bytes / preloaded;
                say("pre-loaded %d articles (%.1f MB) into %s", preloaded, bytes / 1e6, RAW_ENRICH);
            } else {
                long bytes = preload(bootstrap, RAW, corpus, 0, total, base, sendMillis);
                avgBytes = (double) bytes / total;
                say("pre-loaded %d articles (%.1f MB) into %s", total, bytes / 1e6, RAW);
                preload(bootstrap, RAW_ENRICH, corpus, 0, preloaded, base, sendMillis);
            }

            Throughput passthrough = null;
            if (!skipPassthrough) {
                passthrough = passthrough(bootstrap, dir, total, avgBytes);
                say("passthrough: %s; CPU per article: %s", passthrough, passthroughCpuPerArticle);
                if (!keepConsumed) {
                    trimmer.trimAll(partitionsOf(RAW, PASSTHROUGH_OUT));
                }
            }

            Map<String, Object> props = enrichProps(bootstrap, dir.resolve("streams-enrich"),
                    "khabar-bench-enrich-" + runId, configFile, "--config", RAW_ENRICH, ENRICHED);
            LatencyLog topicLatency = new LatencyLog();
            long[] marks = {prefill + 1L, total};
            try (OutputWatcher watcher = new OutputWatcher(bootstrap, ENRICHED, marks, topicLatency);
                    EnrichApp app = EnrichApp.start(new EnrichConfig(props))) {
                Runnable alive = () -> requireAlive(app.streams().state(), "enrich");
                String appId = (String) props.get(EnrichConfig.APPLICATION_ID_CONFIG);
                Runnable trim = consumedTrim(trimmer, Map.of(appId, RAW_ENRICH), watcher);
                CpuMeter cpu = new CpuMeter(appId);
                long startNanos = 0;
                if (prefill > 0) {
                    awaitOrFail(watcher, prefill, alive, trim);
                    say("prefill of %d articles enriched; sending the measured batch", prefill);
                    startNanos = System.nanoTime();
                } else {
                    watcher.await(1, timeout, alive);
                }
                CpuMeter.Reading cpuStart = cpu.read();
                long countStart = watcher.count();
                if (prefill > 0) {
                    preload(bootstrap, RAW_ENRICH, corpus, prefill, total, base, sendMillis);
                }
                awaitOrFail(watcher, total, alive, trim);
                Throughput enriched = prefill > 0
                        ? new Throughput(total - countStart, (watcher.markNanos(1) - startNanos) / 1e9, avgBytes)
                        : Throughput.of(watcher, 0, 1, total, avgBytes);
                say("enriched:    %s (re-emitted corrections: %d, dead-lettered: %d, duplicate paragraphs: %d)", enriched,
                        app.counters().reemitted(), app.counters().deadLettered(), app.counters().duplicatesFlagged());
                CpuMeter.Reading cpuEnd = cpu.read();
                cpuPerArticle = cpuEnd.perArticle(cpuStart, Math.max(1, watcher.count() - countStart));
                say("enriched:    CPU per article: %s; by thread:%n%s", cpuPerArticle, cpuEnd.breakdown(cpuStart));
                if (!keepConsumed) {
                    trim.run();
                    say("deleted %,d consumed records of the bench topics as the run went (--keep-consumed keeps them)",
                            trimmer.deleted());
                }

                LatencyLog sinkLatency = new LatencyLog();
                long sent = 0;
                if (latencySeconds > 0) {
                    sent = latency(bootstrap, dir, corpus, total, sendMillis, watcher, topicLatency, sinkLatency, alive);
                }
                report(passthrough, enriched, topicLatency, sinkLatency, sent, heap);
            }
        }
        return 0;
    }

    /**
     * {@code --compare}: the app of {@code --config} (A) and the app of {@code --compare} (B) enrich the same articles,
     * each from its own input into its own output. Both enrich the prefill together (not timed); then they are fed
     * the measured articles in alternating slices ({@link AlternatingComparison}).
     */
    private void compare(String bootstrap, Path dir, BenchCorpus corpus, String runId, ConsumedTrimmer trimmer,
            HeapWatcher heap) throws Exception {
        long total = (long) prefill + articles;
        long[] sendMillis = new long[(int) total + 16];
        long base = baseFor(total);
        say("--compare: the passthrough and latency phases are left out; A = %s, B = %s, fed in turns in slices of"
                + " %d s with %d articles in flight", configFile == null ? "the defaults" : configFile, compareFile,
                sliceSeconds, COMPARE_BACKLOG);
        long bytes = preload(bootstrap, RAW_ENRICH, corpus, 0, prefill, base, sendMillis);
        preload(bootstrap, RAW_COMPARE, corpus, 0, prefill, base, sendMillis);
        String idA = "khabar-bench-enrich-" + runId;
        String idB = "khabar-bench-compare-" + runId;
        Map<String, Object> propsA = enrichProps(bootstrap, dir.resolve("streams-enrich"), idA, configFile,
                "--config", RAW_ENRICH, ENRICHED);
        Map<String, Object> propsB = enrichProps(bootstrap, dir.resolve("streams-compare"), idB, compareFile,
                "--compare", RAW_COMPARE, ENRICHED_COMPARE);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] fedBytes = {0};
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap, 1);
                OutputWatcher watcherA = new OutputWatcher(bootstrap, ENRICHED, new long[0], null);
                OutputWatcher watcherB = new OutputWatcher(bootstrap, ENRICHED_COMPARE, new long[0], null);
                EnrichApp appA = EnrichApp.start(new EnrichConfig(propsA));
                EnrichApp appB = EnrichApp.start(new EnrichConfig(propsB))) {
            Runnable alive = () -> {
                requireAlive(appA.streams().state(), "enrich (A)");
                requireAlive(appB.streams().state(), "enrich (B)");
                if (failure.get() != null) {
                    throw new IllegalStateException("feeding the apps failed", failure.get());
                }
            };
            Runnable trim = consumedTrim(trimmer, Map.of(idA, RAW_ENRICH, idB, RAW_COMPARE), watcherA, watcherB);
            if (prefill > 0) {
                awaitOrFail(watcherA, prefill, alive, trim);
                awaitOrFail(watcherB, prefill, alive, trim);
                say("prefill of %d articles enriched by both apps", prefill);
            }
            String ingestedAt = Instant.now().toString();
            AlternatingComparison.Feed feedA = (from, to) -> fedBytes[0] += send(producer, RAW_ENRICH, corpus, from,
                    to, base, ingestedAt, failure);
            AlternatingComparison.Feed feedB = (from, to) -> send(producer, RAW_COMPARE, corpus, from, to, base,
                    ingestedAt, failure);
            AlternatingComparison.Side a = new AlternatingComparison.Side("A", watcherA, new CpuMeter(idA), feedA,
                    prefill, total);
            AlternatingComparison.Side b = new AlternatingComparison.Side("B", watcherB, new CpuMeter(idB), feedB,
                    prefill, total);
            AlternatingComparison.Result result = new AlternatingComparison(Duration.ofSeconds(sliceSeconds),
                    COMPARE_WARMUP, COMPARE_BACKLOG, MAX_PAIRS).run(a, b, alive, trim, line -> say("%s", line));
            double avgBytes = (double) (bytes + fedBytes[0]) / Math.max(1, watcherA.count());
            List<Double> pairs = result.pairRatios().stream().sorted().toList();
            out.println();
            out.printf(Locale.ROOT, "%-40s %14s %10s%n", "", "articles/s", "MB/s");
            out.printf(Locale.ROOT, "%-40s %14.0f %10.2f%n", "A: " + (configFile == null ? "defaults" : configFile),
                    result.rate(a), result.rate(a) * avgBytes / 1e6);
            out.printf(Locale.ROOT, "%-40s %14.0f %10.2f%n", "B: " + compareFile, result.rate(b),
                    result.rate(b) * avgBytes / 1e6);
            out.printf(Locale.ROOT, "ratio A / B over %d pairs of %d s slices: %.3f (per pair: median %.3f, min %.3f,"
                    + " max %.3f)%s%n", pairs.size(), sliceSeconds, result.ratio(), pairs.get(pairs.size() / 2),
                    pairs.get(0), pairs.get(pairs.size() - 1), result.warmUpCounted()
                            ? "; the warm-up pair counted, as no pair came after it: give more --articles" : "");
            out.printf(Locale.ROOT, "CPU per article, A: %s%n", result.cpuPerArticle(a));
            out.printf(Locale.ROOT, "CPU per article, B: %s%n", result.cpuPerArticle(b));
            printHeap(heap, "broker, both apps");
            printMachine();
            out.printf(Locale.ROOT, "bench: enriched_articles_per_s=%.0f passthrough_articles_per_s=NaN ratio=NaN"
                    + " p99_ms=-1 compare_articles_per_s=%.0f compare_ratio=%.3f%n", result.rate(a),
                    result.rate(b), result.ratio());
            out.flush();
        }
    }

    /**
     * Sends articles from..to-1 to a raw topic, without waiting for them; record timestamps are {@code base + n} times
     * {@code --article-interval-ms} (1 by default), so that the deduplicator's "earlier" order (timestamp, then id) is
     * the article order. A failed send is put in {@code failure}, and no more are sent once one has failed. Returns
     * the bytes of the values.
     */
    private long send(KafkaProducer<byte[], byte[]> producer, String topic, BenchCorpus corpus, long from,
            long to, long base, String ingestedAt, AtomicReference<Exception> failure) {
        long bytes = 0;
        for (long n = from; n < to && failure.get() == null; n++) {
            RawArticle article = corpus.article(n, ingestedAt);
            byte[] value = Topics.RAW_ARTICLE_SERDE.toBytes(article);
            bytes += value.length;
            long timestamp = timestampOf(base, n);
            producer.send(new ProducerRecord<>(topic, null, timestamp, bytes(article.id()), value), (m, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        return bytes;
    }

    /** The timestamp {@link #timestampOf} counts from, so that the last of {@code total} articles is stamped now. */
    private long baseFor(long total) {
        return System.currentTimeMillis() - total * articleIntervalMs;
    }

    /** The record timestamp of article {@code n}: {@code --article-interval-ms} apart from {@code base}. */
    private long timestampOf(long base, long n) {
        return base + n * articleIntervalMs;
    }

    /**
     * Deletes what is consumed (nothing with {@code --keep-consumed}): each app's input up to its committed offsets
     * ({@code inputs}: application id → input topic) and each output up to what its watcher has counted. A failure is
     * a warning: the measurement goes on, the disk fills faster.
     */
    private Runnable consumedTrim(ConsumedTrimmer trimmer, Map<String, String> inputs, OutputWatcher... watchers) {
        if (keepConsumed) {
            return () -> { };
        }
        return () -> {
            try {
                Map<TopicPartition, Long> done = new HashMap<>();
                inputs.forEach((appId, topic) -> done.putAll(trimmer.committed(appId, topic)));
                for (OutputWatcher watcher : watchers) {
                    done.putAll(watcher.consumed());
                }
                trimmer.trim(done);
            } catch (RuntimeException e) {
                say("WARNING: %s (the run goes on; the records stay until the next try)", e.getMessage());
            }
        };
    }

    /**
     * Waits for {@code count} enriched articles, saying how far it got and running {@code trim} every
     * {@link #PROGRESS_EVERY}.
     */
    private void awaitOrFail(OutputWatcher watcher, long count, Runnable alive, Runnable trim)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastCount = watcher.count();
        long lastNanos = System.nanoTime();
        while (!watcher.await(count, PROGRESS_EVERY, alive)) {
            long now = System.nanoTime();
            long done = watcher.count();
            if (now > deadline) {
                throw new IllegalStateException("enrich: only " + done + " of " + count + " articles within " + timeout);
            }
            say("  ... %,d of %,d articles enriched (%,.0f/s over the last %d s)", done, count,
                    (done - lastCount) / ((now - lastNanos) / 1e9), Math.round((now - lastNanos) / 1e9));
            trim.run();
            lastCount = done;
            lastNanos = now;
        }
    }

    private long latency(String bootstrap, Path dir, BenchCorpus corpus, long first, long[] sendMillis,
            OutputWatcher watcher, LatencyLog topicLatency, LatencyLog sinkLatency, Runnable alive)
            throws InterruptedException {
        Map<String, Object> sinkProps = new HashMap<>();
        sinkProps.put(SinkConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        sinkProps.put(SinkConfig.ENRICHED_TOPIC_CONFIG, ENRICHED);
        sinkProps.put(SinkConfig.DLQ_TOPIC_CONFIG, DLQ);
        sinkProps.put(SinkConfig.GROUP_ID_CONFIG, "khabar-bench-sink");
        sinkProps.put(SinkConfig.OUT_DIR_CONFIG, dir.resolve("out").toString());
        sinkProps.put(SinkConfig.BULK_MAX_AGE_MS_CONFIG, sinkMaxAgeMs);
        sinkProps.put(SinkConfig.POLL_TIMEOUT_MS_CONFIG, 20L);
        sinkProps.put(SinkConfig.CONSUMER_PREFIX + "auto.offset.reset", "latest");
        SinkStage sink = new SinkStage(new SinkConfig(sinkProps), ids -> {
            long now = System.currentTimeMillis();
            for (String id : ids) {
                int n = OutputWatcher.numberOf(id);
                if (n >= first && n < sendMillis.length && sendMillis[n] > 0) {
                    sinkLatency.record(sendMillis[n], now);
                }
            }
        });
        AtomicReference<RuntimeException> sinkFailure = new AtomicReference<>();
        Thread sinkThread = new Thread(() -> {
            try {
                sink.run();
            } catch (RuntimeException e) {
                sinkFailure.set(e);
            }
        }, "khabar-bench-sink");
        sinkThread.start();
        try {
            Thread.sleep(2000); // the sink joins its group and starts at the end of the topic
            long start = System.currentTimeMillis();
            long cutoff = start + warmupSeconds * 1000L;
            topicLatency.countFrom(cutoff);
            sinkLatency.countFrom(cutoff);
            say("latency: offering %d articles/s for %d s (first %d s are warm-up), sink bulk.max.age.ms=%d",
                    rate, latencySeconds, warmupSeconds, sinkMaxAgeMs);
            long sent = pace(bootstrap, corpus, first, sendMillis);
            long expectedAfterWarmup = 0;
            for (long n = first; n < first + sent; n++) {
                if (sendMillis[(int) n] >= cutoff) {
                    expectedAfterWarmup++;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((watcher.count() < first + sent || sinkLatency.size() < expectedAfterWarmup)
                    && System.nanoTime() < deadline) {
                alive.run();
                if (sinkFailure.get() != null) {
                    throw new IllegalStateException("the sink stopped", sinkFailure.get());
                }
                Thread.sleep(20);
            }
            if (sinkLatency.size() < expectedAfterWarmup) {
                say("latency: only %d of %d measured articles reached the sink within 60 s", sinkLatency.size(),
                        expectedAfterWarmup);
            }
            return sent;
        } finally {
            sink.close();
            sinkThread.join(60_000);
        }
    }

    /** Sends articles at the offered rate for the latency phase's length; returns how many. */
    private long pace(String bootstrap, BenchCorpus corpus, long first, long[] sendMillis) {
        long periodNanos = 1_000_000_000L / rate;
        long count = (long) rate * latencySeconds;
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap, 1)) {
            long start = System.nanoTime();
            for (long i = 0; i < count; i++) {
                long due = start + i * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long n = first + i;
                long now = System.currentTimeMillis();
                RawArticle article = corpus.article(n, Instant.ofEpochMilli(now).toString());
                sendMillis[(int) n] = now;
                producer.send(new ProducerRecord<>(RAW_ENRICH, null, now, bytes(article.id()),
                        Topics.RAW_ARTICLE_SERDE.toBytes(article)));
            }
            producer.flush();
            return count;
        }
    }

    private Throughput passthrough(String bootstrap, Path dir, long total, double avgBytes)
            throws InterruptedException {
        Properties props = new Properties();
        props.putAll(streamsOverrides());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        String appId = "khabar-bench-passthrough-" + System.nanoTime();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams-passthrough").toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        long[] marks = {prefill + 1L, total};
        try (OutputWatcher watcher = new OutputWatcher(bootstrap, PASSTHROUGH_OUT, marks, null);
                KafkaStreams streams = new KafkaStreams(
                        PassthroughTopology.build(new StreamsBuilder(), RAW, PASSTHROUGH_OUT), props)) {
            CpuMeter cpu = new CpuMeter(appId);
            streams.start();
            Runnable alive = () -> requireAlive(streams.state(), "passthrough");
            // CPU over the window the rate is timed in (from the output that passes the first mark), as near as a
            // poll every 10 ms gets
            watcher.await(marks[0], timeout, alive);
            CpuMeter.Reading cpuStart = cpu.read();
            long countStart = watcher.count();
            if (!watcher.await(total, timeout, alive)) {
                throw new IllegalStateException("passthrough: only " + watcher.count() + " of " + total
                        + " articles within " + timeout);
            }
            long timed = watcher.count() - countStart;
            passthroughCpuPerArticle = timed < MIN_TIMED_FOR_CPU
                    ? "n/a (" + timed + " articles came out after the CPU was first read)"
                    : cpu.read().perArticle(cpuStart, timed);
            Throughput result = Throughput.of(watcher, 0, 1, total, avgBytes);
            streams.close(Duration.ofSeconds(30));
            return result;
        }
    }

    /** @param config the app's properties file, named by {@code option} ({@code --config} or {@code --compare}) */
    private Map<String, Object> enrichProps(String bootstrap, Path stateDir, String appId, Path config, String option,
            String raw, String enriched) {
        Map<String, Object> props = PropertiesFile.read(config, option);
        props.put(EnrichConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(EnrichConfig.APPLICATION_ID_CONFIG, appId);
        props.put(EnrichConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(EnrichConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(EnrichConfig.TOPICS_CREATE_CONFIG, false);
        props.put(EnrichConfig.TOPIC_RAW_CONFIG, raw);
        props.put(EnrichConfig.TOPIC_ENRICHED_CONFIG, enriched);
        props.put(EnrichConfig.TOPIC_DLQ_CONFIG, DLQ);
        props.putIfAbsent(EnrichConfig.METRICS_LOG_INTERVAL_CONFIG, 0L);
        props.putIfAbsent(EnrichConfig.STREAMS_PREFIX + "consumer.auto.offset.reset", "earliest");
        return props;
    }

    /** The {@code streams.*} entries of the config file (so the passthrough app runs with the same Streams settings). */
    private Map<String, Object> streamsOverrides() {
        Map<String, Object> streams = new HashMap<>();
        PropertiesFile.read(configFile, "--config").forEach((k, v) -> {
            if (k.startsWith(EnrichConfig.STREAMS_PREFIX)) {
                streams.put(k.substring(EnrichConfig.STREAMS_PREFIX.length()), v);
            }
        });
        return streams;
    }


    private List<TopicPartition> partitionsOf(String... topics) {
        List<TopicPartition> out = new ArrayList<>();
        for (String topic : topics) {
            for (int p = 0; p < partitions; p++) {
                out.add(new TopicPartition(topic, p));
            }
        }
        return out;
    }

    private void createTopics(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Stream<String> names = compareFile == null ? Stream.of(RAW, RAW_ENRICH, PASSTHROUGH_OUT, ENRICHED, DLQ)
                    : Stream.of(RAW_ENRICH, ENRICHED, RAW_COMPARE, ENRICHED_COMPARE, DLQ);
            List<NewTopic> topics = names
                    // no time-based retention: with --article-interval-ms the records may be days old; the bench
                    // deletes what is consumed itself
                    .map(name -> new NewTopic(name, partitions, (short) 1).configs(Map.of("retention.ms", "-1")))
                    .toList();
            KafkaTopics.ensure(admin, topics, Duration.ofSeconds(60));
        }
    }

    /**
     * Sends articles from..to-1 to a raw topic ({@link #send}) and waits until the broker has them all; notes each
     * one's timestamp in {@code sendMillis}. Returns the bytes of the values.
     */
    private long preload(String bootstrap, String topic, BenchCorpus corpus, long from, long to, long base,
            long[] sendMillis) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes;
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap, 20)) {
            bytes = send(producer, topic, corpus, from, to, base, Instant.now().toString(), failure);
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("pre-loading the raw topic failed", failure.get());
        }
        for (long n = from; n < to; n++) {
            sendMillis[(int) n] = timestampOf(base, n);
        }
        return bytes;
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap, int lingerMs) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private void report(Throughput passthrough, Throughput enriched, LatencyLog topic, LatencyLog sink, long sent,
            HeapWatcher heap) {
        double ratio = passthrough == null ? Double.NaN : enriched.articlesPerSecond() / passthrough.articlesPerSecond();
        out.println();
        out.printf(Locale.ROOT, "%-34s %14s %10s%n", "", "articles/s", "MB/s");
        if (passthrough != null) {
            out.printf(Locale.ROOT, "%-34s %14.0f %10.2f%n", "passthrough (Kafka Streams, EOS)",
                    passthrough.articlesPerSecond(), passthrough.megabytesPerSecond());
        }
        out.printf(Locale.ROOT, "%-34s %14.0f %10.2f%n", "enrichment topology (EOS)", enriched.articlesPerSecond(),
                enriched.megabytesPerSecond());
        out.printf(Locale.ROOT, "%-34s %14.3f%n", "ratio enriched / passthrough", ratio);
        if (passthrough != null) {
            out.printf(Locale.ROOT, "passthrough CPU per article: %s%n", passthroughCpuPerArticle);
        }
        out.printf(Locale.ROOT, "enrichment CPU per article: %s%n", cpuPerArticle);
        if (sent > 0) {
            out.printf(Locale.ROOT, "latency at %d articles/s offered (%d sent, %d s warm-up left out):%n", rate, sent,
                    warmupSeconds);
            out.printf(Locale.ROOT, "  ingest -> enriched topic (read_committed): p50 %d ms  p99 %d ms  max %d ms  (n=%d)%n",
                    topic.quantile(0.50), topic.quantile(0.99), topic.quantile(1.0), topic.size());
            out.printf(Locale.ROOT, "  ingest -> sink (bulk file durable):         p50 %d ms  p99 %d ms  max %d ms  (n=%d)%n",
                    sink.quantile(0.50), sink.quantile(0.99), sink.quantile(1.0), sink.size());
        }
        printHeap(heap, "broker, apps, sink");
        printMachine();
        long p99 = sent > 0 ? sink.quantile(0.99) : -1;
        out.printf(Locale.ROOT, "bench: enriched_articles_per_s=%.0f passthrough_articles_per_s=%.0f ratio=%.3f p99_ms=%d%n",
                enriched.articlesPerSecond(), passthrough == null ? Double.NaN : passthrough.articlesPerSecond(),
                ratio, p99);
        out.flush();
    }

    /** The heap line; {@code process} names what the JVM held. */
    private void printHeap(HeapWatcher heap, String process) {
        out.printf(Locale.ROOT, "peak heap: %.0f MB used of %.0f MB max, garbage included; %.0f MB live after a full"
                + " collection at the end (whole process: %s)%n",
                heap.peakBytes() / 1e6, heap.maxBytes() / 1e6, heap.liveBytes() / 1e6, process);
    }

    private void printMachine() {
        out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    private static void requireAlive(KafkaStreams.State state, String app) {
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || state == KafkaStreams.State.NOT_RUNNING) {
            throw new IllegalStateException(app + " app stopped: " + state);
        }
    }

    /**
     * Disk an enrichment run writes per article, topics and RocksDB together, input not counted: measured 2026-12-02,
     * about 70 KB per article over the first 95,000 and about 50 KB at 690,000, once the broker's log cleaner
     * compacts the changelogs. The larger figure, so that the warning comes before the disk is full, not after.
     */
    static final long DISK_PER_ARTICLE = 72L << 10;
    /** One article of the ANT sample as raw JSON in a topic (3.65 GB per 1,000,000). */
    static final long INPUT_PER_ARTICLE = 4L << 10;

    /** About how much disk a run of {@code total} articles writes: enrichment, its input, the passthrough's copies. */
    static long diskNeeded(long total, boolean skipPassthrough) {
        return total * (DISK_PER_ARTICLE + INPUT_PER_ARTICLE * (skipPassthrough ? 1 : 3));
    }

    private void say(String format, Object... args) {
        System.err.println("khabar bench: " + String.format(Locale.ROOT, format, args));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Articles and bytes per second over the measured window. */
    record Throughput(long articles, double seconds, double avgBytes) {

        /**
         * From the poll that passed the start mark to the one that passed the end mark; when the whole batch came in
         * one poll (one transaction of a small batch), from the output before it (or the start of watching, which
         * then includes the app's start-up: the rate errs low).
         */
        static Throughput of(OutputWatcher watcher, int startMark, int endMark, long total, double avgBytes) {
            long counted = total - watcher.markCount(startMark);
            long startNanos = watcher.markNanos(startMark);
            if (counted <= 0 || watcher.markNanos(endMark) <= startNanos) {
                counted = total - watcher.markPreviousCount(startMark);
                startNanos = watcher.markPreviousNanos(startMark);
            }
            double seconds = (watcher.markNanos(endMark) - startNanos) / 1e9;
            return new Throughput(counted, seconds, avgBytes);
        }

        double articlesPerSecond() {
            return seconds <= 0 ? Double.NaN : articles / seconds;
        }

        double megabytesPerSecond() {
            return articlesPerSecond() * avgBytes / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f articles/s, %.2f MB/s (%d articles in %.2f s)",
                    articlesPerSecond(), megabytesPerSecond(), articles, seconds);
        }
    }
}
