package io.khabar.sink;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

import io.khabar.model.Topics;

/**
 * Typed configuration of the sink stage. Build it from a plain map of the keys below; anything prefixed
 * {@code consumer.} or {@code producer.} is passed through to the Kafka consumer of the enriched topic or the
 * producer of the dead-letter topic.
 */
public final class SinkConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers, host:port[,host:port].";

    public static final String ENRICHED_TOPIC_CONFIG = "topic.enriched";
    private static final String ENRICHED_TOPIC_DOC = "Topic of enriched articles (key article id, value EnrichedArticle JSON).";

    public static final String DLQ_TOPIC_CONFIG = "topic.dlq";
    private static final String DLQ_TOPIC_DOC = "Dead-letter topic for records the sink cannot write (on.error=dlq).";

    public static final String GROUP_ID_CONFIG = "group.id";
    private static final String GROUP_ID_DOC = "Consumer group of the sink; committed offsets say what has been durably written.";

    public static final String OUT_DIR_CONFIG = "out.dir";
    private static final String OUT_DIR_DOC = "Directory of the bulk NDJSON files and index-template.json; empty disables the files "
            + "(index into es.url only).";

    public static final String BULK_MAX_BYTES_CONFIG = "bulk.max.bytes";
    private static final String BULK_MAX_BYTES_DOC = "A bulk file is completed before it would grow past this size.";

    public static final String BULK_MAX_AGE_MS_CONFIG = "bulk.max.age.ms";
    private static final String BULK_MAX_AGE_MS_DOC = "A bulk file is completed at the latest this long after its first record, "
            + "so a live feed shows up quickly. Files are also completed whenever the sink has caught up.";

    public static final String INDEX_PATTERN_CONFIG = "index.pattern";
    private static final String INDEX_PATTERN_DOC = "Target index; {...} holds a date pattern applied to published_at "
            + "(else ingested_at, else now). The result is sanitized into a valid index name.";

    public static final String FILE_PREFIX_CONFIG = "file.prefix";
    private static final String FILE_PREFIX_DOC = "Prefix of the bulk file names.";

    public static final String POLL_TIMEOUT_MS_CONFIG = "poll.timeout.ms";
    private static final String POLL_TIMEOUT_MS_DOC = "Longest wait of one poll; an empty poll means caught up and completes the open file.";

    public static final String ON_ERROR_CONFIG = "on.error";
    private static final String ON_ERROR_DOC = "What to do with a malformed record or a document the cluster rejects: "
            + "fail (stop), warn (log and skip) or dlq (send the original bytes to topic.dlq).";

    public static final String ES_URL_CONFIG = "es.url";
    private static final String ES_URL_DOC = "Elasticsearch/OpenSearch base URL (e.g. http://localhost:9200); empty: no direct indexing.";

    public static final String ES_USERNAME_CONFIG = "es.username";
    private static final String ES_USERNAME_DOC = "Basic-auth user name for es.url.";

    public static final String ES_PASSWORD_CONFIG = "es.password";
    private static final String ES_PASSWORD_DOC = "Basic-auth password for es.url (never logged).";

    public static final String ES_API_KEY_CONFIG = "es.api.key";
    private static final String ES_API_KEY_DOC = "API key (the base64 'id:key' value) sent as 'Authorization: ApiKey ...'; wins over basic auth.";

    public static final String ES_BATCH_MAX_DOCS_CONFIG = "es.batch.max.docs";
    private static final String ES_BATCH_MAX_DOCS_DOC = "Most documents in one _bulk request.";

    public static final String ES_BATCH_MAX_BYTES_CONFIG = "es.batch.max.bytes";
    private static final String ES_BATCH_MAX_BYTES_DOC = "Largest _bulk request body (a single bigger document is sent alone).";

    public static final String ES_MAX_RETRIES_CONFIG = "es.max.retries";
    private static final String ES_MAX_RETRIES_DOC = "Retries of a _bulk request (or of its items) after 429, 5xx or a timeout, before the sink stops.";

    public static final String ES_RETRY_BACKOFF_MS_CONFIG = "es.retry.backoff.ms";
    private static final String ES_RETRY_BACKOFF_MS_DOC = "First retry delay; doubled on each retry up to es.retry.backoff.max.ms.";

    public static final String ES_RETRY_BACKOFF_MAX_MS_CONFIG = "es.retry.backoff.max.ms";
    private static final String ES_RETRY_BACKOFF_MAX_MS_DOC = "Longest retry delay.";

    public static final String ES_REQUEST_TIMEOUT_MS_CONFIG = "es.request.timeout.ms";
    private static final String ES_REQUEST_TIMEOUT_MS_DOC = "Timeout of one HTTP request to es.url (a timeout is retried).";

    public static final String ES_TEMPLATE_NAME_CONFIG = "es.template.name";
    private static final String ES_TEMPLATE_NAME_DOC = "Name of the composable index template installed on start (PUT _index_template/<name>).";

    public static final String ES_TEMPLATE_INSTALL_CONFIG = "es.template.install";
    private static final String ES_TEMPLATE_INSTALL_DOC = "Install the index template on start.";

    public static final String REPLAY_FROM_CONFIG = "replay.from";
    private static final String REPLAY_FROM_DOC = "Empty: a normal, long-running sink in group.id. 'earliest' or an ISO timestamp "
            + "(2021-11-21, 2021-11-21T10:00:00Z): a bounded replay that reads every partition from there (no group, no commits) "
            + "and stops at the end offsets seen at start.";

    public static final String METRICS_LOG_INTERVAL_CONFIG = "metrics.log.interval.ms";
    private static final String METRICS_LOG_INTERVAL_DOC = "How often the counts (records read, articles written, "
            + "dead-lettered, skipped) are logged while records flow; they are always logged when the sink stops.";

    public static final String CONSUMER_PREFIX = "consumer.";
    public static final String PRODUCER_PREFIX = "producer.";

    /** Replay from the beginning of the topic. */
    public static final String REPLAY_EARLIEST = "earliest";

    private static final ConfigDef.Validator REPLAY_FROM_VALIDATOR = (name, value) -> {
        String s = value == null ? "" : value.toString().trim();
        if (!s.isEmpty() && !REPLAY_EARLIEST.equals(s.toLowerCase(Locale.ROOT)) && parseInstant(s).isEmpty()) {
            throw new ConfigException(name, value, "expected 'earliest' or an ISO timestamp such as 2021-11-21T10:00:00Z");
        }
    };

    private static final ConfigDef CONFIG = new ConfigDef()
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, "localhost:9092", Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(ENRICHED_TOPIC_CONFIG, Type.STRING, Topics.ENRICHED_DEFAULT, new ConfigDef.NonEmptyString(), Importance.MEDIUM, ENRICHED_TOPIC_DOC)
            .define(DLQ_TOPIC_CONFIG, Type.STRING, Topics.DLQ_DEFAULT, new ConfigDef.NonEmptyString(), Importance.MEDIUM, DLQ_TOPIC_DOC)
            .define(GROUP_ID_CONFIG, Type.STRING, "khabar-sink", new ConfigDef.NonEmptyString(), Importance.MEDIUM, GROUP_ID_DOC)
            .define(OUT_DIR_CONFIG, Type.STRING, "out", Importance.HIGH, OUT_DIR_DOC)
            .define(BULK_MAX_BYTES_CONFIG, Type.LONG, 16L * 1024 * 1024, Range.atLeast(1), Importance.MEDIUM, BULK_MAX_BYTES_DOC)
            .define(BULK_MAX_AGE_MS_CONFIG, Type.LONG, 5_000L, Range.atLeast(1), Importance.MEDIUM, BULK_MAX_AGE_MS_DOC)
            .define(INDEX_PATTERN_CONFIG, Type.STRING, "news-{yyyy.MM}", new ConfigDef.NonEmptyString(), Importance.MEDIUM, INDEX_PATTERN_DOC)
            .define(FILE_PREFIX_CONFIG, Type.STRING, "khabar", new ConfigDef.NonEmptyString(), Importance.LOW, FILE_PREFIX_DOC)
            .define(POLL_TIMEOUT_MS_CONFIG, Type.LONG, 500L, Range.between(1, 60_000), Importance.LOW, POLL_TIMEOUT_MS_DOC)
            .define(ON_ERROR_CONFIG, Type.STRING, OnError.DLQ.configValue(), ValidString.in(OnError.configValues()), Importance.MEDIUM, ON_ERROR_DOC)
            .define(ES_URL_CONFIG, Type.STRING, "", Importance.HIGH, ES_URL_DOC)
            .define(ES_USERNAME_CONFIG, Type.STRING, "", Importance.MEDIUM, ES_USERNAME_DOC)
            .define(ES_PASSWORD_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, ES_PASSWORD_DOC)
            .define(ES_API_KEY_CONFIG, Type.PASSWORD, "", Importance.MEDIUM, ES_API_KEY_DOC)
            .define(ES_BATCH_MAX_DOCS_CONFIG, Type.INT, 500, Range.atLeast(1), Importance.MEDIUM, ES_BATCH_MAX_DOCS_DOC)
            .define(ES_BATCH_MAX_BYTES_CONFIG, Type.LONG, 5L * 1024 * 1024, Range.atLeast(1), Importance.MEDIUM, ES_BATCH_MAX_BYTES_DOC)
            .define(ES_MAX_RETRIES_CONFIG, Type.INT, 8, Range.atLeast(0), Importance.MEDIUM, ES_MAX_RETRIES_DOC)
            .define(ES_RETRY_BACKOFF_MS_CONFIG, Type.LONG, 200L, Range.atLeast(1), Importance.LOW, ES_RETRY_BACKOFF_MS_DOC)
            .define(ES_RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 10_000L, Range.atLeast(1), Importance.LOW, ES_RETRY_BACKOFF_MAX_MS_DOC)
            .define(ES_REQUEST_TIMEOUT_MS_CONFIG, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW, ES_REQUEST_TIMEOUT_MS_DOC)
            .define(ES_TEMPLATE_NAME_CONFIG, Type.STRING, "khabar-news", new ConfigDef.NonEmptyString(), Importance.LOW, ES_TEMPLATE_NAME_DOC)
            .define(ES_TEMPLATE_INSTALL_CONFIG, Type.BOOLEAN, true, Importance.LOW, ES_TEMPLATE_INSTALL_DOC)
            .define(METRICS_LOG_INTERVAL_CONFIG, Type.LONG, 10_000L, Range.atLeast(1), Importance.LOW, METRICS_LOG_INTERVAL_DOC)
            .define(REPLAY_FROM_CONFIG, Type.STRING, "", REPLAY_FROM_VALIDATOR, Importance.MEDIUM, REPLAY_FROM_DOC);

    /** Reads the sink's configuration; throws {@link ConfigException} naming the bad key. */
    public SinkConfig(Map<String, ?> props) {
        super(CONFIG, props, false);
        if (outDir().isEmpty() && esUrl().isEmpty()) {
            throw new ConfigException("nothing to write to: set " + OUT_DIR_CONFIG + " or " + ES_URL_CONFIG);
        }
    }

    /** The definition of every key, for help texts and docs. */
    public static ConfigDef configDef() {
        return CONFIG;
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS_CONFIG);
    }

    public String enrichedTopic() {
        return getString(ENRICHED_TOPIC_CONFIG);
    }

    public String dlqTopic() {
        return getString(DLQ_TOPIC_CONFIG);
    }

    public String groupId() {
        return getString(GROUP_ID_CONFIG);
    }

    /** The bulk file directory, or empty when files are disabled. */
    public Optional<Path> outDir() {
        String dir = getString(OUT_DIR_CONFIG).trim();
        return dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    public long bulkMaxBytes() {
        return getLong(BULK_MAX_BYTES_CONFIG);
    }

    public Duration bulkMaxAge() {
        return Duration.ofMillis(getLong(BULK_MAX_AGE_MS_CONFIG));
    }

    public String indexPattern() {
        return getString(INDEX_PATTERN_CONFIG);
    }

    public String filePrefix() {
        return getString(FILE_PREFIX_CONFIG);
    }

    public Duration pollTimeout() {
        return Duration.ofMillis(getLong(POLL_TIMEOUT_MS_CONFIG));
    }

    public OnError onError() {
        return OnError.parse(getString(ON_ERROR_CONFIG));
    }

    /** The cluster to index into, or empty when direct indexing is off. */
    public Optional<String> esUrl() {
        String url = getString(ES_URL_CONFIG).trim();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    public String esUsername() {
        return getString(ES_USERNAME_CONFIG);
    }

    public Password esPassword() {
        return getPassword(ES_PASSWORD_CONFIG);
    }

    public Password esApiKey() {
        return getPassword(ES_API_KEY_CONFIG);
    }

    public int esBatchMaxDocs() {
        return getInt(ES_BATCH_MAX_DOCS_CONFIG);
    }

    public long esBatchMaxBytes() {
        return getLong(ES_BATCH_MAX_BYTES_CONFIG);
    }

    public int esMaxRetries() {
        return getInt(ES_MAX_RETRIES_CONFIG);
    }

    public Duration esRetryBackoff() {
        return Duration.ofMillis(getLong(ES_RETRY_BACKOFF_MS_CONFIG));
    }

    public Duration esRetryBackoffMax() {
        return Duration.ofMillis(getLong(ES_RETRY_BACKOFF_MAX_MS_CONFIG));
    }

    public Duration esRequestTimeout() {
        return Duration.ofMillis(getLong(ES_REQUEST_TIMEOUT_MS_CONFIG));
    }

    public String esTemplateName() {
        return getString(ES_TEMPLATE_NAME_CONFIG);
    }

    public boolean esTemplateInstall() {
        return getBoolean(ES_TEMPLATE_INSTALL_CONFIG);
    }

    public Duration metricsLogInterval() {
        return Duration.ofMillis(getLong(METRICS_LOG_INTERVAL_CONFIG));
    }

    /** True when this is a bounded replay ({@code replay.from} set). */
    public boolean isReplay() {
        return !getString(REPLAY_FROM_CONFIG).trim().isEmpty();
    }

    /** The replay start: empty for 'earliest' (or no replay), else the instant to seek to by timestamp. */
    public Optional<Instant> replayFrom() {
        String s = getString(REPLAY_FROM_CONFIG).trim();
        if (s.isEmpty() || REPLAY_EARLIEST.equals(s.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return parseInstant(s);
    }

    /**
     * Kafka client security settings, passed to the consumer and the dead-letter producer as they are:
     * {@code security.protocol} and every {@code sasl.*} and {@code ssl.*} key.
     */
    public Map<String, Object> clientSecurity() {
        Map<String, Object> security = new HashMap<>();
        originals().forEach((key, value) -> {
            if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                security.put(key, value);
            }
        });
        return security;
    }

    /** Pass-through overrides for the consumer ({@code consumer.*}, prefix removed). */
    public Map<String, Object> consumerOverrides() {
        return originalsWithPrefix(CONSUMER_PREFIX);
    }

    /** Pass-through overrides for the dead-letter producer ({@code producer.*}, prefix removed). */
    public Map<String, Object> producerOverrides() {
        return originalsWithPrefix(PRODUCER_PREFIX);
    }

    /** An ISO instant, offset date-time, local date-time (UTC) or date (UTC midnight). */
    static Optional<Instant> parseInstant(String s) {
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
