package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.broker.EmbeddedKafkaBroker;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Paragraph;
import io.khabar.model.Topics;

/** The app on a real in-process KRaft broker: scale-out determinism and restart from changelogs. */
class EnrichScaleOutIT {

    /**
     * Event times near now: the broker's time retention (7 days) and the window changelogs' (horizon + 1 day) would
     * delete records stamped years ago during the test.
     */
    private static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS)
            .minus(Duration.ofDays(1));
    @TempDir
    static Path dir;
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldFlagTheSameDuplicatesWithOneOrThreeInstancesOverOneOrSixPartitions() throws Exception {
        List<SyntheticFeed.Item> feed = SyntheticFeed.generate(30, 11, START);
        List<SyntheticFeed.Item> arrival = new ArrayList<>(feed);
        Collections.shuffle(arrival, new Random(5));

        Map<String, List<String>> single = run("single", 1, 1, arrival);
        Map<String, List<String>> scaled = run("scaled", 6, 3, arrival);

        assertThat(single).hasSize(feed.size());
        assertThat(scaled).isEqualTo(single);
        assertThat(single.values().stream().flatMap(List::stream).filter(f -> !f.equals("-")).count())
                .as("duplicates flagged").isGreaterThan(20);
        assertEarliestOccurrenceIsNeverFlagged(single, feed);
    }

    @Test
    void shouldRestoreStateAfterRestartWithoutReflagging() throws Exception {
        List<SyntheticFeed.Item> feed = SyntheticFeed.generate(24, 23, START);
        Map<String, List<String>> reference = run("restart-reference", 3, 1, feed);

        Map<String, Object> config = config("restart", 3, dir.resolve("state-restart-0"));
        List<SyntheticFeed.Item> firstHalf = feed.subList(0, 12);
        List<SyntheticFeed.Item> secondHalf = feed.subList(12, feed.size());
        Map<Integer, Long> endOfFirstRun = new HashMap<>();
        try (EnrichApp app = EnrichApp.start(new EnrichConfig(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            produce("raw-restart", firstHalf);
            for (ConsumerRecord<String, String> r : readUntilQuiet("enriched-restart", firstHalf.size())) {
                endOfFirstRun.merge(r.partition(), r.offset(), Math::max);
            }
        }
        try (EnrichApp app = EnrichApp.start(new EnrichConfig(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            // After a clean close the local stores are current: nothing is restored from the changelogs (before,
            // the copy store, which nothing in this feed fills, made Kafka Streams wipe and restore the band tasks)
            assertThat(app.counters().restored()).isZero();
            produce("raw-restart", secondHalf);
            List<ConsumerRecord<String, String>> all = readUntilQuiet("enriched-restart", feed.size());
            List<String> emittedAfterRestart = all.stream()
                    .filter(r -> r.offset() > endOfFirstRun.getOrDefault(r.partition(), -1L))
                    .map(ConsumerRecord::key).toList();
            List<String> secondIds = secondHalf.stream().map(i -> i.article().id()).toList();
            assertThat(emittedAfterRestart).as("no article of the first run re-emitted or re-flagged")
                    .allMatch(secondIds::contains);
            assertThat(flags(all)).isEqualTo(reference);
        }
    }

    @Test
    void shouldRefuseDedupStateWrittenWithAnotherNumberOfBandShards() throws Exception {
        List<SyntheticFeed.Item> feed = SyntheticFeed.generate(6, 31, START);
        Map<String, Object> config = config("layout", 6, dir.resolve("state-layout-0"));
        config.put("dedup.shards", 0); // 6 partitions: 2 shards
        try (EnrichApp app = EnrichApp.start(new EnrichConfig(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            produce("raw-layout", feed);
            assertThat(readUntilQuiet("enriched-layout", feed.size())).isNotEmpty();
        }

        // Another shard count, on a fresh state directory: the stores come back from their changelogs, markers too.
        config.put("dedup.shards", 3);
        config.put("state.dir", dir.resolve("state-layout-1").toString());
        try (EnrichApp app = EnrichApp.start(new EnrichConfig(config))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (app.state() != KafkaStreams.State.ERROR && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(app.state()).isEqualTo(KafkaStreams.State.ERROR);
            assertThat(app.failure()).get().satisfies(e -> assertThat(e).hasRootCauseInstanceOf(
                    BandLayoutException.class).hasStackTraceContaining("written with 2 band shard(s), this run has 3"));
            // Its consumers closed without leaving the group; the instance removed them, so the next start does not
            // wait for their session to time out.
            app.awaitStopped();
            assertThat(groupMembers("enrich-it-layout")).isZero();
        }

        // Back to the stored layout: the same state is taken.
        config.put("dedup.shards", 2);
        try (EnrichApp app = EnrichApp.start(new EnrichConfig(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            assertThat(app.failure()).isEmpty();
        }
    }

    /**
     * A backlog (a topic replayed from the start) spanning many horizons: the parse runs ahead of the band side's
     * reports by more than a horizon of event time. Every article must still come out; before the article side kept
     * waiting articles apart from event time, the reports of articles a horizon behind the parse were dropped and
     * those articles never came out.
     */
    @Test
    void shouldEnrichEveryArticleOfABacklogSpanningManyHorizons() throws Exception {
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofDays(6));
        List<SyntheticFeed.Item> generated = SyntheticFeed.generate(1200, 23, start);
        List<SyntheticFeed.Item> feed = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) { // 7 minutes apart: 5.8 days, a horizon every 206 articles
            feed.add(new SyntheticFeed.Item(generated.get(i).article(), start.plus(Duration.ofMinutes(7L * i))));
        }
        Map<String, Object> config = config("backlog", 3, dir.resolve("state-backlog"));
        config.put("dedup.horizon.days", 1);
        EnrichApp.ensureTopics(new EnrichConfig(config));
        produce("raw-backlog", feed); // all of it before the app starts

        try (EnrichApp app = EnrichApp.start(new EnrichConfig(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            List<ConsumerRecord<String, String>> out = readUntilQuiet("enriched-backlog", feed.size());
            assertThat(out.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(feed.size());
            assertThat(app.counters().draftsMissing.get()).isZero();
        }
    }

    /**
     * A backlog over three partitions, whose band batches reach the band task interleaved out of timestamp order
     * (each partition progresses at its own pace): with {@code dedup.order.wait.ms} the band task matches them in
     * timestamp order, so no article comes out first without a flag and then again corrected, and the final flags
     * are those of a run that matches the batches as they come.
     */
    @Test
    void shouldMatchABacklogInTimestampOrderWithoutCorrections() throws Exception {
        List<SyntheticFeed.Item> feed = SyntheticFeed.generate(300, 41, START);
        Map<String, Object> ordered = config("ordered", 3, dir.resolve("state-ordered"));
        ordered.put("dedup.order.wait.ms", 3_000);
        Map<String, Object> asTheyCome = config("as-they-come", 3, dir.resolve("state-as-they-come"));
        asTheyCome.put("dedup.order.wait.ms", 0); // the default; said here, as the ordered run sets it

        BacklogRun withOrder = runBacklog("ordered", ordered, feed);
        BacklogRun withoutOrder = runBacklog("as-they-come", asTheyCome, feed);

        System.out.printf("backlog of %d articles: re-emitted %d with dedup.order.wait.ms, %d without%n",
                feed.size(), withOrder.reemitted(), withoutOrder.reemitted());
        assertThat(withOrder.flags()).hasSize(feed.size()).isEqualTo(withoutOrder.flags());
        assertThat(withOrder.flags().values().stream().flatMap(List::stream).filter(f -> !f.equals("-")).count())
                .as("duplicates flagged").isGreaterThan(100);
        assertThat(withOrder.reemitted()).as("articles re-emitted with corrections").isZero();
        assertThat(withOrder.held()).as("batches that waited for other partitions").isPositive();
    }

    private record BacklogRun(Map<String, List<String>> flags, long reemitted, long held) {
    }

    private static BacklogRun runBacklog(String name, Map<String, Object> config, List<SyntheticFeed.Item> feed)
            throws Exception {
        EnrichApp.ensureTopics(new EnrichConfig(config));
        produce("raw-" + name, feed); // all of it before the app starts
        try (EnrichApp app = EnrichApp.start(new EnrichConfig(config))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            Map<String, List<String>> flags = flags(readUntilQuiet("enriched-" + name, feed.size()));
            return new BacklogRun(flags, app.counters().reemitted(), app.counters().bandBatchesHeld());
        }
    }

    private static int groupMembers(String groupId) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            return admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get().members()
                    .size();
        }
    }

    private static void assertEarliestOccurrenceIsNeverFlagged(Map<String, List<String>> flags,
            List<SyntheticFeed.Item> feed) {
        assertThat(flags.get(feed.get(0).article().id())).allMatch(f -> f.equals("-"));
    }

    private Map<String, List<String>> run(String name, int partitions, int instances, List<SyntheticFeed.Item> arrival)
            throws Exception {
        List<EnrichApp> apps = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                apps.add(EnrichApp.start(new EnrichConfig(config(name, partitions, dir.resolve("state-" + name + i)))));
            }
            for (EnrichApp app : apps) {
                assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            }
            produce("raw-" + name, arrival);
            return flags(readUntilQuiet("enriched-" + name, arrival.size()));
        } finally {
            for (EnrichApp app : apps) {
                app.close(Duration.ofSeconds(20));
            }
        }
    }

    private static Map<String, Object> config(String name, int partitions, Path stateDir) {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", broker.bootstrapServers());
        c.put("application.id", "enrich-it-" + name);
        c.put("topic.raw", "raw-" + name);
        c.put("topic.enriched", "enriched-" + name);
        c.put("topic.dlq", "dlq-" + name);
        c.put("topics.partitions", partitions);
        c.put("state.dir", stateDir.toString());
        c.put("metrics.log.interval.ms", 0);
        c.put("streams.commit.interval.ms", 100);
        c.put("streams.replication.factor", 1);
        c.put("streams.consumer.session.timeout.ms", 10_000);
        return c;
    }

    /**
     * Sends the articles keyed by id as the ingest does, except every third without a key and every third keyed by
     * something else: those are not on their id's partition, and their drafts take the repartition topic.
     */
    private static void produce(String topic, List<SyntheticFeed.Item> items) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            int n = 0;
            for (SyntheticFeed.Item item : items) {
                String id = item.article().id();
                String key = switch (n++ % 3) {
                    case 1 -> null;
                    case 2 -> "relayed-" + id;
                    default -> id;
                };
                producer.send(new ProducerRecord<>(topic, null, item.time().toEpochMilli(), key,
                        Topics.RAW_ARTICLE_SERDE.toBytes(item.article())));
            }
            producer.flush();
        }
    }

    /** Reads committed output until {@code distinct} articles were seen and nothing new came for 3 s. */
    private static List<ConsumerRecord<String, String>> readUntilQuiet(String topic, int distinct)
            throws InterruptedException {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic + "-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            long lastNew = System.nanoTime();
            while (System.nanoTime() < deadline) {
                int before = out.size();
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
                if (out.size() > before) {
                    lastNew = System.nanoTime();
                }
                long distinctSeen = out.stream().map(ConsumerRecord::key).distinct().count();
                if (distinctSeen >= distinct && System.nanoTime() - lastNew > Duration.ofSeconds(3).toNanos()) {
                    break;
                }
            }
        }
        return out;
    }

    /** Article id → per paragraph "article#paragraph" of duplicate_of, or "-"; the last version of each. */
    private static Map<String, List<String>> flags(List<ConsumerRecord<String, String>> records) {
        Map<String, List<String>> flags = new TreeMap<>();
        for (ConsumerRecord<String, String> r : records) {
            EnrichedArticle a = Topics.ENRICHED_ARTICLE_SERDE.fromBytes(r.value().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            List<String> f = new ArrayList<>();
            for (Paragraph p : a.paragraphs()) {
                f.add(p.duplicateOf() == null ? "-" : p.duplicateOf().articleId() + "#" + p.duplicateOf().paragraph());
            }
            flags.put(a.id(), f);
        }
        return flags;
    }
}
