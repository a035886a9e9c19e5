package io.khabar.app;

import java.nio.file.Path;
import java.util.Map;

import io.khabar.model.Topics;
import picocli.CommandLine.Option;

/**
 * Options every stage shares: where Kafka is, the topic names, and a properties file whose entries pass through to
 * the stage configs and Kafka clients (SASL/SSL settings, producer/consumer/Streams overrides).
 */
final class KafkaOptions {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties passed to the stages and their Kafka clients (e.g. security.protocol, sasl.*, ssl.*).")
    Path configFile;

    @Option(names = "--raw-topic", defaultValue = Topics.RAW_DEFAULT, description = "Raw articles topic (default: ${DEFAULT-VALUE}).")
    String rawTopic;

    @Option(names = "--enriched-topic", defaultValue = Topics.ENRICHED_DEFAULT,
            description = "Enriched articles topic (default: ${DEFAULT-VALUE}).")
    String enrichedTopic;

    @Option(names = "--dlq-topic", defaultValue = Topics.DLQ_DEFAULT, description = "Dead-letter topic (default: ${DEFAULT-VALUE}).")
    String dlqTopic;

    @Option(names = "--partitions", defaultValue = "3",
            description = "Partitions of Khabar's topics when it creates them (default: ${DEFAULT-VALUE}); more partitions, more parallel enrich instances.")
    int partitions;

    /** True when the properties file names the bootstrap servers. */
    boolean configuresBootstrap() {
        return fileProperties().containsKey("bootstrap.servers");
    }

    /** The pipeline's topics as these options name them. */
    PipelineTopics topics() {
        return new PipelineTopics(rawTopic, enrichedTopic, dlqTopic, partitions);
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

    /** The entries of the {@code --config} file, empty without one. */
    Map<String, Object> fileProperties() {
        return PropertiesFile.read(configFile, "--config");
    }
}
