package io.khabar.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import io.khabar.entities.EntityTagger;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.RawArticle;
import io.khabar.model.Topics;

/** The topology in a TopologyTestDriver, with helpers to pipe raw articles and read what came out. */
final class EnrichDriver implements AutoCloseable {

    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> raw;
    final TestOutputTopic<String, EnrichedArticle> enriched;
    final TestOutputTopic<byte[], byte[]> dlq;
    final EnrichCounters counters = new EnrichCounters();
    private final Map<String, EnrichedArticle> latest = new LinkedHashMap<>();
    private final List<EnrichedArticle> all = new ArrayList<>();
    /** The driver's own state directory, deleted on close. */
    private final Path stateDir;

    EnrichDriver(Map<String, Object> overrides) {
        Map<String, Object> props = new HashMap<>();
        props.put("application.id", "enrich-test");
        props.put("bootstrap.servers", "unused:9092");
        try {
            stateDir = Files.createTempDirectory("enrich-ttd");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        props.put("state.dir", stateDir.toString());
        props.putAll(overrides);
        EnrichConfig config = new EnrichConfig(props);
        Properties streamsProps = config.streamsProperties();
        driver = new TopologyTestDriver(
                EnrichTopology.build(new StreamsBuilder(), config, counters, EntityTagger.loadDefault()),
                streamsProps);
        raw = driver.createInputTopic(config.rawTopic(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(config.enrichedTopic(), new StringDeserializer(),
                Topics.ENRICHED_ARTICLE_SERDE.deserializer());
        dlq = driver.createOutputTopic(config.dlqTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    EnrichDriver() {
        this(Map.of());
    }

    void pipe(RawArticle article, Instant time) {
        raw.pipeInput(article.id(), Topics.RAW_ARTICLE_SERDE.toBytes(article), time);
    }

    void pipeBytes(String key, byte[] value, Instant time) {
        raw.pipeInput(key, value, time);
    }

    /** Everything emitted so far, in order (re-emissions included). */
    List<EnrichedArticle> emitted() {
        drain();
        return all;
    }

    /** The last version of each article. */
    Map<String, EnrichedArticle> latest() {
        drain();
        return latest;
    }

    EnrichedArticle latest(String id) {
        return latest().get(id);
    }

    private void drain() {
        for (TestRecord<String, EnrichedArticle> r : enriched.readRecordsToList()) {
            all.add(r.value());
            latest.put(r.key(), r.value());
        }
    }

    static Path stateDirOf(Properties props) {
        return Path.of(props.getProperty("state.dir"));
    }

    @Override
    public void close() {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
