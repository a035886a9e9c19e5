package io.khabar.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.khabar.enrich.EnrichConfig;
import io.khabar.model.Topics;
import picocli.CommandLine.Option;

/**
 * Options every stage shares: where Kafka is, the topic names, and a properties file whose entries pass through to
 * the stage configs and Kafka clients (SASL/SSL settings, producer/consumer/Streams overrides). A topic name or
 * partition count given as an option wins over the file's {@code topic.*} / {@code topics.partitions}; without
 * either, the defaults apply.
 */
final class KafkaOptions {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties passed to the stages and their Kafka clients (e.g. security.protocol, sasl.*, ssl.*).")
    Path configFile;

    private Map<String, Object> fileEntries;

    @Option(names = "--raw-topic", paramLabel = "TOPIC",
            description = "Raw articles topic (default: topic.raw in --config, else " + Topics.RAW_DEFAULT + ").")
    String rawTopicOption;

    @Option(names = "--enriched-topic", paramLabel = "TOPIC",
            description = "Enriched articles topic (default: topic.enriched in --config, else " + Topics.ENRICHED_DEFAULT + ").")
    String enrichedTopicOption;

    @Option(names = "--dlq-topic", paramLabel = "TOPIC",
            description = "Dead-letter topic (default: topic.dlq in --config, else " + Topics.DLQ_DEFAULT + ").")
    String dlqTopicOption;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of Khabar's topics when it creates them (default: topics.partitions in --config, else "
                    + PARTITIONS_DEFAULT + "); more partitions, more parallel enrich instances.")
    Integer partitionsOption;

    /** The file keys that name the topics and their partitions: the stages' own config keys. */
    static final String RAW_TOPIC_KEY = EnrichConfig.TOPIC_RAW_CONFIG;
    static final String ENRICHED_TOPIC_KEY = EnrichConfig.TOPIC_ENRICHED_CONFIG;
    static final String DLQ_TOPIC_KEY = EnrichConfig.TOPIC_DLQ_CONFIG;
    static final String PARTITIONS_KEY = EnrichConfig.TOPICS_PARTITIONS_CONFIG;
    static final int PARTITIONS_DEFAULT = 3;

    /** The raw topic: the option, else the file's {@code topic.raw}, else the default. */
    String rawTopic() {
        return setting(rawTopicOption, RAW_TOPIC_KEY, Topics.RAW_DEFAULT);
    }

    String enrichedTopic() {
        return setting(enrichedTopicOption, ENRICHED_TOPIC_KEY, Topics.ENRICHED_DEFAULT);
    }

    String dlqTopic() {
        return setting(dlqTopicOption, DLQ_TOPIC_KEY, Topics.DLQ_DEFAULT);
    }

    /** Partitions of created topics: the option, else the file's {@code topics.partitions}, else 3. */
    int partitions() {
        String value = setting(partitionsOption == null ? null : partitionsOption.toString(), PARTITIONS_KEY,
                String.valueOf(PARTITIONS_DEFAULT));
        try {
            int partitions = Integer.parseInt(value.strip());
            if (partitions >= 1) {
                return partitions;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("partitions must be a whole number of at least 1, not '" + value + "'"
                + (partitionsOption == null ? " (" + PARTITIONS_KEY + " in --config " + configFile + ")" : ""));
    }

    /** A setting given by an option wins; else the {@code --config} file's entry; else the default. */
    private String setting(String option, String fileKey, String defaultValue) {
        if (option != null) {
            return option;
        }
        Object inFile = file().get(fileKey);
        return inFile == null ? defaultValue : inFile.toString();
    }

    /** True when the properties file names the bootstrap servers. */
    boolean configuresBootstrap() {
        return file().containsKey("bootstrap.servers");
    }

    /** The pipeline's topics as these options name them. */
    PipelineTopics topics() {
        return new PipelineTopics(rawTopic(), enrichedTopic(), dlqTopic(), partitions());
    }

    /** The properties file's entries, then the bootstrap servers given on the command line (which win). */
    Map<String, Object> properties(String bootstrapServers) {
        Map<String, Object> props = fileProperties();
        if (bootstrapServers != null) {
            props.put("bootstrap.servers", bootstrapServers);
        }
        if (!props.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("no Kafka given: pass --bootstrap HOST:PORT (or bootstrap.servers in --config)");
        }
        return props;
    }

    /** The entries of the {@code --config} file (a copy the caller may change), empty without one. */
    Map<String, Object> fileProperties() {
        return new HashMap<>(file());
    }

    /** The {@code --config} file's entries, read once (each topic, the partitions and every stage ask for them). */
    private Map<String, Object> file() {
        if (fileEntries == null) {
            fileEntries = Map.copyOf(PropertiesFile.read(configFile, "--config"));
        }
        return fileEntries;
    }
}
