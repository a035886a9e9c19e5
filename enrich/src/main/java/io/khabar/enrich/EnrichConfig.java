package io.khabar.enrich;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.streams.StreamsConfig;

import io.khabar.enrich.dedup.CanonicalForm;
import io.khabar.enrich.dedup.DedupDefaults;
import io.khabar.enrich.dedup.DedupMode;
import io.khabar.model.Topics;

/**
 * Typed configuration of the enrichment app. Keys not defined here are passed to Kafka Streams as they are, and
 * keys prefixed {@code streams.} are passed without the prefix (e.g. {@code streams.commit.interval.ms=100}).
 */
public final class EnrichConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = StreamsConfig.BOOTSTRAP_SERVERS_CONFIG;
    public static final String BOOTSTRAP_SERVERS_DOC = "Kafka brokers, host:port[,host:port...].";

    public static final String APPLICATION_ID_CONFIG = StreamsConfig.APPLICATION_ID_CONFIG;
    public static final String APPLICATION_ID_DEFAULT = "khabar-enrich";
    public static final String APPLICATION_ID_DOC = "Kafka Streams application id: instances with the same id share"
            + " the work; it prefixes the internal topics and names the consumer group.";

    public static final String TOPIC_RAW_CONFIG = "topic.raw";
    public static final String TOPIC_RAW_DOC = "Input topic of raw articles (key article id, value RawArticle JSON).";
    public static final String TOPIC_ENRICHED_CONFIG = "topic.enriched";
    public static final String TOPIC_ENRICHED_DOC = "Output topic of enriched articles (key article id).";
    public static final String TOPIC_DLQ_CONFIG = "topic.dlq";
    public static final String TOPIC_DLQ_DOC = "Dead-letter topic: original bytes, reason and origin in headers.";

    public static final String TOPICS_CREATE_CONFIG = "topics.create";
    public static final String TOPICS_CREATE_DOC = "Create the raw, enriched and dead-letter topics at start when"
            + " missing.";
    public static final String TOPICS_PARTITIONS_CONFIG = "topics.partitions";
    public static final String TOPICS_PARTITIONS_DOC = "Partitions of topics created at start; also the most"
            + " instances that can share the work.";
    public static final String TOPICS_REPLICATION_CONFIG = "topics.replication.factor";
    public static final String TOPICS_REPLICATION_DOC = "Replication factor of topics created at start.";

    public static final String STATE_DIR_CONFIG = StreamsConfig.STATE_DIR_CONFIG;
    public static final String STATE_DIR_DOC = "Directory of the local state stores (RocksDB); one per instance.";
    public static final String NUM_STREAM_THREADS_CONFIG = StreamsConfig.NUM_STREAM_THREADS_CONFIG;
    public static final String NUM_STREAM_THREADS_DOC = "Stream threads of this instance (default: one per core"
            + " the JVM sees).";
    /** One stream thread per core: on the 2-core build machine two threads enrich about a third more than one. */
    public static final int NUM_STREAM_THREADS_DEFAULT = Runtime.getRuntime().availableProcessors();
    public static final String PROCESSING_GUARANTEE_CONFIG = StreamsConfig.PROCESSING_GUARANTEE_CONFIG;
    public static final String PROCESSING_GUARANTEE_DOC = "exactly_once_v2 (default: no duplicate or lost"
            + " flags after a crash) or at_least_once.";

    public static final String ON_MALFORMED_CONFIG = "on.malformed";
    public static final String ON_MALFORMED_DOC = "A raw record that cannot be read or enriched: fail (stop the"
            + " app), warn (log and skip) or dlq (dead-letter it with its original bytes and go on).";

    public static final String MAX_ARTICLE_BYTES_CONFIG = "max.article.bytes";
    public static final int MAX_ARTICLE_BYTES_DEFAULT = 5 * 1024 * 1024;
    public static final String MAX_ARTICLE_BYTES_DOC = "Largest raw record value accepted, in bytes; larger records"
            + " follow on.malformed (dead-lettered by default) instead of being tagged.";
    public static final String MAX_PARAGRAPHS_CONFIG = "max.paragraphs";
    public static final int MAX_PARAGRAPHS_DEFAULT = 2_000;
    public static final String MAX_PARAGRAPHS_DOC = "Most body paragraphs accepted in one article; articles with"
            + " more follow on.malformed.";

    public static final String DEDUP_MODE_CONFIG = "dedup.mode";
    public static final String DEDUP_MODE_DOC = "minhash (near repeats via MinHash/LSH, verified by shingle"
            + " Jaccard) or exact (identical after canonicalization only; the cheap baseline).";
    public static final String DEDUP_THRESHOLD_CONFIG = "dedup.similarity.threshold";
    public static final String DEDUP_THRESHOLD_DOC = "Shingle Jaccard (unigrams + word bigrams of the canonical"
            + " form " + CanonicalForm.VERSION + ") at or above which a unit repeats an earlier one. Measured with"
            + " dedup-eval.";
    public static final String DEDUP_HORIZON_DAYS_CONFIG = "dedup.horizon.days";
    public static final String DEDUP_HORIZON_DAYS_DOC = "Memory horizon in event time: fingerprints and article"
            + " state older than this expire, and units further apart never match.";
    public static final String DEDUP_BANDS_CONFIG = "dedup.minhash.bands";
    public static final String DEDUP_BANDS_DOC = "LSH bands (bucket keys per unit).";
    public static final String DEDUP_ROWS_CONFIG = "dedup.minhash.rows";
    public static final String DEDUP_ROWS_DOC = "MinHash values per band.";
    public static final String DEDUP_SHARDS_CONFIG = "dedup.shards";
    /** With {@code dedup.shards=0}: raw-topic partitions per band shard. */
    public static final int PARTITIONS_PER_SHARD = 3;
    public static final String DEDUP_SHARDS_DOC = "Band keys are grouped by key mod shards into one record per"
            + " article and shard, shard s going to partition s mod partitions of the band topic: the upper bound of"
            + " parallel band tasks. Every shard a unit touches repeats the unit's own work (its text is read, stored"
            + " and compared there), so fewer shards mean less work in all. 0 (default): one shard per "
            + PARTITIONS_PER_SHARD + " partitions of the raw topic (rounded up), looked up at start: the band side is"
            + " about a quarter to a third of the stream threads' work. Changing it (or, with 0, the raw topic's"
            + " partitions) needs a reset of the app.";
    public static final String DEDUP_MIN_TOKENS_CONFIG = "dedup.min.tokens";
    public static final String DEDUP_MIN_TOKENS_DOC = "Paragraphs with fewer canonical tokens are not compared.";
    public static final String DEDUP_SENTENCES_CONFIG = "dedup.sentences";
    public static final String DEDUP_SENTENCES_DOC = "Also fingerprint sentences, to find background sentences"
            + " inside new paragraphs (Paragraph.repeated_sentences).";
    public static final String DEDUP_SENTENCE_MIN_TOKENS_CONFIG = "dedup.sentence.min.tokens";
    public static final String DEDUP_SENTENCE_MIN_TOKENS_DOC = "Sentences with fewer canonical tokens are not"
            + " compared.";
    public static final String DEDUP_SENTENCE_BANDS_CONFIG = "dedup.sentence.bands";
    public static final String DEDUP_SENTENCE_BANDS_DOC = "LSH bands a sentence unit keeps (at most"
            + " dedup.minhash.bands): an identical sentence or paragraph always meets it, a near one with"
            + " probability 1 - (1 - J^rows)^bands; each band costs a bucket read and may add a band task.";

    public static final String DEDUP_ORDER_WAIT_CONFIG = "dedup.order.wait.ms";
    public static final String DEDUP_ORDER_WAIT_DOC = "Match band batches in timestamp order across the"
            + " raw topic's partitions: a batch waits (store dedup-band-waiting) until every partition still sending"
            + " has passed its time; a partition silent for half this long no longer holds batches back, and no batch"
            + " waits more than 30 times this. Spares the corrections (articles re-emitted) that out-of-order"
            + " arrival causes, at some latency (at 150 articles/s: p99 +60-80 ms). 0 (default, as Kafka Streams'"
            + " max.task.idle.ms): match batches as they come. khabar run sets 1000 unless given; set it when"
            + " replaying a topic.";

    public static final String METRICS_LOG_INTERVAL_CONFIG = "metrics.log.interval.ms";
    public static final String METRICS_LOG_INTERVAL_DOC = "How often the counts (in, out, dead-lettered,"
            + " duplicates flagged) are logged; 0 = only at close.";
    public static final String BLOCK_CACHE_MB_CONFIG = "rocksdb.block.cache.mb";
    public static final String BLOCK_CACHE_MB_DOC = "One RocksDB block cache shared by all stores of the process"
            + " (off-heap, on top of the JVM heap); the first app started in a JVM sizes it.";

    public static final String STREAMS_PREFIX = "streams.";

    private static final ConfigDef CONFIG = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, "localhost:9092", Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(APPLICATION_ID_CONFIG, Type.STRING, APPLICATION_ID_DEFAULT, Importance.HIGH, APPLICATION_ID_DOC)
            .define(TOPIC_RAW_CONFIG, Type.STRING, Topics.RAW_DEFAULT, Importance.HIGH, TOPIC_RAW_DOC)
            .define(TOPIC_ENRICHED_CONFIG, Type.STRING, Topics.ENRICHED_DEFAULT, Importance.HIGH, TOPIC_ENRICHED_DOC)
            .define(TOPIC_DLQ_CONFIG, Type.STRING, Topics.DLQ_DEFAULT, Importance.MEDIUM, TOPIC_DLQ_DOC)
            .define(TOPICS_CREATE_CONFIG, Type.BOOLEAN, true, Importance.LOW, TOPICS_CREATE_DOC)
            .define(TOPICS_PARTITIONS_CONFIG, Type.INT, 6, Range.atLeast(1), Importance.LOW, TOPICS_PARTITIONS_DOC)
            .define(TOPICS_REPLICATION_CONFIG, Type.SHORT, (short) 1, Range.atLeast(1), Importance.LOW,
                    TOPICS_REPLICATION_DOC)
            .define(STATE_DIR_CONFIG, Type.STRING, System.getProperty("java.io.tmpdir") + "/kafka-streams",
                    Importance.MEDIUM, STATE_DIR_DOC)
            .define(NUM_STREAM_THREADS_CONFIG, Type.INT, NUM_STREAM_THREADS_DEFAULT, Range.atLeast(1), Importance.MEDIUM,
                    NUM_STREAM_THREADS_DOC)
            .define(PROCESSING_GUARANTEE_CONFIG, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
                    ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.MEDIUM,
                    PROCESSING_GUARANTEE_DOC)
            .define(ON_MALFORMED_CONFIG, Type.STRING, "dlq", ValidString.in("fail", "warn", "dlq"),
                    Importance.MEDIUM, ON_MALFORMED_DOC)
            .define(MAX_ARTICLE_BYTES_CONFIG, Type.INT, MAX_ARTICLE_BYTES_DEFAULT, Range.atLeast(1024),
                    Importance.MEDIUM, MAX_ARTICLE_BYTES_DOC)
            .define(MAX_PARAGRAPHS_CONFIG, Type.INT, MAX_PARAGRAPHS_DEFAULT, Range.atLeast(1), Importance.MEDIUM,
                    MAX_PARAGRAPHS_DOC)
            .define(DEDUP_MODE_CONFIG, Type.STRING, "minhash", ValidString.in("minhash", "exact"), Importance.MEDIUM,
                    DEDUP_MODE_DOC)
            .define(DEDUP_THRESHOLD_CONFIG, Type.DOUBLE, DedupDefaults.THRESHOLD, Range.between(0.05, 1.0),
                    Importance.MEDIUM, DEDUP_THRESHOLD_DOC)
            .define(DEDUP_HORIZON_DAYS_CONFIG, Type.INT, 90, Range.atLeast(1), Importance.MEDIUM,
                    DEDUP_HORIZON_DAYS_DOC)
            .define(DEDUP_BANDS_CONFIG, Type.INT, DedupDefaults.BANDS, Range.between(1, 64), Importance.LOW,
                    DEDUP_BANDS_DOC)
            .define(DEDUP_ROWS_CONFIG, Type.INT, DedupDefaults.ROWS, Range.between(1, 16), Importance.LOW,
                    DEDUP_ROWS_DOC)
            .define(DEDUP_SHARDS_CONFIG, Type.INT, 0, Range.between(0, 4096), Importance.LOW, DEDUP_SHARDS_DOC)
            .define(DEDUP_MIN_TOKENS_CONFIG, Type.INT, DedupDefaults.MIN_TOKENS, Range.atLeast(1), Importance.LOW,
                    DEDUP_MIN_TOKENS_DOC)
            .define(DEDUP_SENTENCES_CONFIG, Type.BOOLEAN, true, Importance.LOW, DEDUP_SENTENCES_DOC)
            .define(DEDUP_SENTENCE_MIN_TOKENS_CONFIG, Type.INT, DedupDefaults.MIN_SENTENCE_TOKENS, Range.atLeast(1),
                    Importance.LOW, DEDUP_SENTENCE_MIN_TOKENS_DOC)
            .define(DEDUP_SENTENCE_BANDS_CONFIG, Type.INT, DedupDefaults.SENTENCE_BANDS, Range.between(1, 64),
                    Importance.LOW, DEDUP_SENTENCE_BANDS_DOC)
            .define(DEDUP_ORDER_WAIT_CONFIG, Type.LONG, 0L, Range.between(0L, 600_000L), Importance.LOW,
                    DEDUP_ORDER_WAIT_DOC)
            .define(METRICS_LOG_INTERVAL_CONFIG, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                    METRICS_LOG_INTERVAL_DOC)
            .define(BLOCK_CACHE_MB_CONFIG, Type.INT, DedupRocksDbConfig.BLOCK_CACHE_MB_DEFAULT, Range.atLeast(8),
                    Importance.LOW, BLOCK_CACHE_MB_DOC);

    public EnrichConfig(Map<?, ?> originals) {
        super(CONFIG, originals, false);
    }

    /** From properties (e.g. a file loaded by the launcher). */
    public static EnrichConfig fromProperties(Properties properties) {
        Map<String, Object> map = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return new EnrichConfig(map);
    }

    /** The definitions, e.g. for {@code --help} output ({@code configDef().toRst()}). */
    public static ConfigDef configDef() {
        return new ConfigDef(CONFIG);
    }

    public String rawTopic() {
        return getString(TOPIC_RAW_CONFIG);
    }

    public String enrichedTopic() {
        return getString(TOPIC_ENRICHED_CONFIG);
    }

    public String dlqTopic() {
        return getString(TOPIC_DLQ_CONFIG);
    }

    public boolean createTopics() {
        return getBoolean(TOPICS_CREATE_CONFIG);
    }

    public int topicPartitions() {
        return getInt(TOPICS_PARTITIONS_CONFIG);
    }

    public short topicReplication() {
        return getShort(TOPICS_REPLICATION_CONFIG);
    }

    public MalformedPolicy onMalformed() {
        return MalformedPolicy.valueOf(getString(ON_MALFORMED_CONFIG).toUpperCase(Locale.ROOT));
    }

    public int maxArticleBytes() {
        return getInt(MAX_ARTICLE_BYTES_CONFIG);
    }

    public int maxParagraphs() {
        return getInt(MAX_PARAGRAPHS_CONFIG);
    }

    public DedupMode dedupMode() {
        return DedupMode.valueOf(getString(DEDUP_MODE_CONFIG).toUpperCase(Locale.ROOT));
    }

    public double similarityThreshold() {
        return getDouble(DEDUP_THRESHOLD_CONFIG);
    }

    public Duration horizon() {
        return Duration.ofDays(getInt(DEDUP_HORIZON_DAYS_CONFIG));
    }

    public int bands() {
        return getInt(DEDUP_BANDS_CONFIG);
    }

    /** {@code dedup.order.wait.ms}: 0 = band batches are matched as they come (see {@code BandOrder}). */
    public long orderWaitMs() {
        return getLong(DEDUP_ORDER_WAIT_CONFIG);
    }

    public int rows() {
        return getInt(DEDUP_ROWS_CONFIG);
    }

    /**
     * The band shards: {@code dedup.shards}, or when it is 0 (resolved by {@link EnrichApp} from the raw topic),
     * {@link #shardsFor} topics.partitions.
     */
    public int shards() {
        int shards = getInt(DEDUP_SHARDS_CONFIG);
        return shards > 0 ? shards : shardsFor(topicPartitions());
    }

    /** The band shards {@code dedup.shards=0} gives a raw topic of this many partitions: one per 3, at least 1. */
    public static int shardsFor(int partitions) {
        return Math.max(1, (partitions + PARTITIONS_PER_SHARD - 1) / PARTITIONS_PER_SHARD);
    }

    /** Whether {@code dedup.shards} is left to follow the raw topic's partitions. */
    public boolean shardsFollowPartitions() {
        return getInt(DEDUP_SHARDS_CONFIG) == 0;
    }

    /** This configuration with {@code dedup.shards} set. */
    public EnrichConfig withShards(int shards) {
        Map<Object, Object> map = new HashMap<>(originals());
        map.put(DEDUP_SHARDS_CONFIG, shards);
        return new EnrichConfig(map);
    }

    public int minTokens() {
        return getInt(DEDUP_MIN_TOKENS_CONFIG);
    }

    public boolean sentences() {
        return getBoolean(DEDUP_SENTENCES_CONFIG);
    }

    /** Band keys a sentence keeps: {@code dedup.sentence.bands}, at most {@link #bands()}. */
    public int sentenceBands() {
        return Math.min(getInt(DEDUP_SENTENCE_BANDS_CONFIG), bands());
    }

    public int sentenceMinTokens() {
        return getInt(DEDUP_SENTENCE_MIN_TOKENS_CONFIG);
    }

    public Duration metricsLogInterval() {
        return Duration.ofMillis(getLong(METRICS_LOG_INTERVAL_CONFIG));
    }

    /** Admin client properties: those of {@link #streamsProperties()} an admin client knows (security included). */
    public Properties adminProperties() {
        Properties props = new Properties();
        Set<String> known = AdminClientConfig.configNames();
        streamsProperties().forEach((k, v) -> {
            if (known.contains(String.valueOf(k)) && !AdminClientConfig.CLIENT_ID_CONFIG.equals(k)) {
                props.put(k, v);
            }
        });
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, getString(APPLICATION_ID_CONFIG) + "-setup");
        return props;
    }

    /**
     * The Kafka Streams properties: {@link DedupRocksDbConfig} as the RocksDB settings, every unknown key as it is,
     * the Streams keys defined here, {@code streams.*} keys without the prefix (these win).
     */
    public Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, DedupRocksDbConfig.class);
        props.put(DedupRocksDbConfig.BLOCK_CACHE_MB_KEY, getInt(BLOCK_CACHE_MB_CONFIG));
        for (Map.Entry<String, Object> e : originals().entrySet()) {
            if (!CONFIG.names().contains(e.getKey()) && !e.getKey().startsWith(STREAMS_PREFIX)) {
                props.put(e.getKey(), e.getValue());
            }
        }
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, getString(BOOTSTRAP_SERVERS_CONFIG));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, getString(APPLICATION_ID_CONFIG));
        props.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR_CONFIG));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, getInt(NUM_STREAM_THREADS_CONFIG));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, getString(PROCESSING_GUARANTEE_CONFIG));
        props.putAll(originalsWithPrefix(STREAMS_PREFIX, true));
        return props;
    }
}
