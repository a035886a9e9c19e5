package io.khabar.ingest;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.khabar.model.Topics;

/**
 * Typed configuration of the ingest stage. Kafka security settings ({@code security.protocol}, {@code sasl.*},
 * {@code ssl.*}) and any {@code producer.*} key are passed on to the Kafka producer.
 */
public final class IngestConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC = "Kafka brokers to publish to, host:port[,host:port...].";

    public static final String RAW_TOPIC_CONFIG = "topic.raw";
    private static final String RAW_TOPIC_DOC = "Topic of raw articles: key = article id, value = raw article JSON.";

    public static final String DLQ_TOPIC_CONFIG = "topic.dlq";
    private static final String DLQ_TOPIC_DOC = "Dead-letter topic for input that is not an article (original bytes, "
            + "reason and origin in headers).";

    public static final String ON_MALFORMED_CONFIG = "on.malformed";
    private static final String ON_MALFORMED_DOC = "What to do with malformed JSON, invalid UTF-8, empty or oversized "
            + "articles: 'fail' stops the run, 'warn' logs and skips, 'dlq' sends them to the dead-letter topic.";

    public static final String MAX_ARTICLE_BYTES_CONFIG = "max.article.bytes";
    private static final String MAX_ARTICLE_BYTES_DOC = "Largest article accepted, in bytes of its file or JSON "
            + "line; larger ones are malformed input (see on.malformed).";
    public static final long MAX_ARTICLE_BYTES_DEFAULT = 5L * 1024 * 1024;

    public static final String PROGRESS_EVERY_ARTICLES_CONFIG = "progress.every.articles";
    private static final String PROGRESS_EVERY_ARTICLES_DOC = "Log progress after this many articles ...";

    public static final String PROGRESS_INTERVAL_MS_CONFIG = "progress.interval.ms";
    private static final String PROGRESS_INTERVAL_MS_DOC = "... or after this many milliseconds, whichever comes "
            + "first.";

    /** Prefix of keys passed to the Kafka producer as they are ({@code producer.linger.ms=50}). */
    public static final String PRODUCER_PREFIX = "producer.";

    /** Room for the record's other fields and headers above the article itself. */
    private static final int RECORD_OVERHEAD_BYTES = 1024 * 1024;

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    BOOTSTRAP_SERVERS_DOC)
            .define(RAW_TOPIC_CONFIG, Type.STRING, Topics.RAW_DEFAULT, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, RAW_TOPIC_DOC)
            .define(DLQ_TOPIC_CONFIG, Type.STRING, Topics.DLQ_DEFAULT, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, DLQ_TOPIC_DOC)
            .define(ON_MALFORMED_CONFIG, Type.STRING, OnMalformed.DLQ.toString(),
                    ConfigDef.CaseInsensitiveValidString.in("fail", "warn", "dlq"), Importance.MEDIUM,
                    ON_MALFORMED_DOC)
            .define(MAX_ARTICLE_BYTES_CONFIG, Type.LONG, MAX_ARTICLE_BYTES_DEFAULT,
                    Range.between(1024, Integer.MAX_VALUE - RECORD_OVERHEAD_BYTES), Importance.LOW,
                    MAX_ARTICLE_BYTES_DOC)
            .define(PROGRESS_EVERY_ARTICLES_CONFIG, Type.INT, 10_000, Range.atLeast(1), Importance.LOW,
                    PROGRESS_EVERY_ARTICLES_DOC)
            .define(PROGRESS_INTERVAL_MS_CONFIG, Type.LONG, 5_000L, Range.atLeast(1), Importance.LOW,
                    PROGRESS_INTERVAL_MS_DOC);

    public IngestConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
    }

    public String bootstrapServers() {
        return String.join(",", getList(BOOTSTRAP_SERVERS_CONFIG));
    }

    public String rawTopic() {
        return getString(RAW_TOPIC_CONFIG);
    }

    public String dlqTopic() {
        return getString(DLQ_TOPIC_CONFIG);
    }

    public OnMalformed onMalformed() {
        return OnMalformed.of(getString(ON_MALFORMED_CONFIG));
    }

    public long maxArticleBytes() {
        return getLong(MAX_ARTICLE_BYTES_CONFIG);
    }

    public int progressEveryArticles() {
        return getInt(PROGRESS_EVERY_ARTICLES_CONFIG);
    }

    public long progressIntervalMs() {
        return getLong(PROGRESS_INTERVAL_MS_CONFIG);
    }

    /**
     * The producer's properties: idempotent, {@code acks=all}, lz4, linger 10 ms, a request size that fits the
     * largest accepted article; then every {@code producer.*} override. Serializers are fixed (bytes).
     */
    public Map<String, Object> producerProps() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRecordBytes());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "khabar-ingest");
        props.putAll(securityProps(originals()));
        props.putAll(originalsWithPrefix(PRODUCER_PREFIX));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }

    /**
     * The Kafka client security settings among {@code props}: {@code security.protocol} and every {@code sasl.*} and
     * {@code ssl.*} key, as they are, so that one properties file configures the clients of every stage.
     */
    public static Map<String, Object> securityProps(Map<String, ?> props) {
        Map<String, Object> security = new HashMap<>();
        props.forEach((key, value) -> {
            if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                security.put(key, value);
            }
        });
        return security;
    }

    /**
     * Topic configs the raw and dead-letter topics need so that the largest accepted article fits in one record
     * ({@code max.message.bytes}); pass them to {@code NewTopic.configs} when creating the topics.
     */
    public Map<String, String> topicConfigs() {
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxRecordBytes()));
    }

    private int maxRecordBytes() {
        return (int) (maxArticleBytes() + RECORD_OVERHEAD_BYTES);
    }
}
