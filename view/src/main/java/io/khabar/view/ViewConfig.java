package io.khabar.view;

import io.khabar.model.Topics;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the web view: where to listen and where the articles come from. Exactly one source is set:
 * {@value #BOOTSTRAP_SERVERS_CONFIG} (follow the enriched topic) or {@value #FROM_DIR_CONFIG} (read bulk files).
 * Keys prefixed {@value #CONSUMER_PREFIX} are passed to the Kafka consumer without the prefix (e.g.
 * {@code consumer.security.protocol}).
 *
 * <p>Build one with {@link #kafka(String, String, Map)} or {@link #directory(Path)}, then adjust with
 * {@link #with(String, Object)}:
 * <pre>{@code
 * ViewConfig config = ViewConfig.directory(Path.of("out")).with(ViewConfig.PORT_CONFIG, 8080);
 * }</pre>
 */
public final class ViewConfig extends AbstractConfig {

    public static final String HOST_CONFIG = "view.host";
    public static final String HOST_DOC = "Address the HTTP server binds to. 127.0.0.1 keeps the view local; "
            + "0.0.0.0 serves every interface.";
    public static final String HOST_DEFAULT = "127.0.0.1";

    public static final String PORT_CONFIG = "view.port";
    public static final String PORT_DOC = "TCP port of the HTTP server; 0 picks a free port (see ViewServer.url()).";
    public static final int PORT_DEFAULT = 8080;

    public static final String WINDOW_SIZE_CONFIG = "view.window.size";
    public static final String WINDOW_SIZE_DOC = "How many articles the view keeps in memory (the newest); "
            + "facet counts are over this window.";
    public static final int WINDOW_SIZE_DEFAULT = 500;

    public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap.servers";
    public static final String BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers: follow the enriched topic live. "
            + "Mutually exclusive with " + "view.from.dir" + ".";

    public static final String TOPIC_CONFIG = "view.topic";
    public static final String TOPIC_DOC = "The enriched topic to follow.";

    public static final String FROM_DIR_CONFIG = "view.from.dir";
    public static final String FROM_DIR_DOC = "A directory of *.ndjson bulk files (as the sink writes them) to read "
            + "instead of Kafka; re-scanned for new files. Mutually exclusive with bootstrap.servers.";

    public static final String RESCAN_MS_CONFIG = "view.rescan.ms";
    public static final String RESCAN_MS_DOC = "How often the bulk-file directory is scanned for new files.";
    public static final long RESCAN_MS_DEFAULT = 1500L;

    /** Prefix of Kafka consumer overrides. */
    public static final String CONSUMER_PREFIX = "consumer.";

    private static final ConfigDef CONFIG = new ConfigDef()
            .define(HOST_CONFIG, Type.STRING, HOST_DEFAULT, new ConfigDef.NonEmptyString(), Importance.HIGH, HOST_DOC)
            .define(PORT_CONFIG, Type.INT, PORT_DEFAULT, Range.between(0, 65535), Importance.HIGH, PORT_DOC)
            .define(WINDOW_SIZE_CONFIG, Type.INT, WINDOW_SIZE_DEFAULT, Range.atLeast(1), Importance.MEDIUM,
                    WINDOW_SIZE_DOC)
            .define(BOOTSTRAP_SERVERS_CONFIG, Type.STRING, null, Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
            .define(TOPIC_CONFIG, Type.STRING, Topics.ENRICHED_DEFAULT, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, TOPIC_DOC)
            .define(FROM_DIR_CONFIG, Type.STRING, null, Importance.HIGH, FROM_DIR_DOC)
            .define(RESCAN_MS_CONFIG, Type.LONG, RESCAN_MS_DEFAULT, Range.atLeast(50), Importance.LOW,
                    RESCAN_MS_DOC);

    /** Where articles come from. */
    public enum Source { KAFKA, DIRECTORY }

    private final Map<String, Object> props;

    /**
     * @param props the keys above (values as strings or typed); exactly one of bootstrap.servers and view.from.dir
     * @throws ConfigException when a value is invalid or the source is missing or ambiguous
     */
    public ViewConfig(Map<String, ?> props) {
        super(CONFIG, props);
        this.props = Collections.unmodifiableMap(new HashMap<>(originals()));
        boolean kafka = isSet(getString(BOOTSTRAP_SERVERS_CONFIG));
        boolean dir = isSet(getString(FROM_DIR_CONFIG));
        if (kafka == dir) {
            throw new ConfigException("Set exactly one source: " + BOOTSTRAP_SERVERS_CONFIG + " (--bootstrap) or "
                    + FROM_DIR_CONFIG + " (--from)");
        }
    }

    /** Follow {@code topic} on {@code bootstrapServers}; {@code consumerProps} are extra Kafka client properties. */
    public static ViewConfig kafka(String bootstrapServers, String topic, Map<String, ?> consumerProps) {
        Map<String, Object> props = new HashMap<>();
        props.put(BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(TOPIC_CONFIG, topic == null ? Topics.ENRICHED_DEFAULT : topic);
        if (consumerProps != null) {
            consumerProps.forEach((k, v) -> props.put(CONSUMER_PREFIX + k, v));
        }
        return new ViewConfig(props);
    }

    /** Read the bulk files of {@code dir}. */
    public static ViewConfig directory(Path dir) {
        return new ViewConfig(Map.of(FROM_DIR_CONFIG, dir.toString()));
    }

    /** A copy with one more setting. */
    public ViewConfig with(String key, Object value) {
        Map<String, Object> copy = new HashMap<>(props);
        copy.put(key, value);
        return new ViewConfig(copy);
    }

    public Source source() {
        return isSet(getString(BOOTSTRAP_SERVERS_CONFIG)) ? Source.KAFKA : Source.DIRECTORY;
    }

    public String host() {
        return getString(HOST_CONFIG);
    }

    public int port() {
        return getInt(PORT_CONFIG);
    }

    public int windowSize() {
        return getInt(WINDOW_SIZE_CONFIG);
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS_CONFIG);
    }

    public String topic() {
        return getString(TOPIC_CONFIG);
    }

    public Path fromDir() {
        String dir = getString(FROM_DIR_CONFIG);
        return dir == null ? null : Path.of(dir);
    }

    public long rescanMs() {
        return getLong(RESCAN_MS_CONFIG);
    }

    /** The Kafka consumer overrides, prefix removed. */
    public Map<String, Object> consumerOverrides() {
        return originalsWithPrefix(CONSUMER_PREFIX);
    }

    /** The configuration's definition, e.g. for {@code --help} text. */
    public static ConfigDef configDef() {
        return new ConfigDef(CONFIG);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
