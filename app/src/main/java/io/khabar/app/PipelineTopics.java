package io.khabar.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.khabar.model.KafkaTopics;

/** The three topics of a pipeline and how many partitions they get when Khabar creates them. */
record PipelineTopics(String raw, String enriched, String deadLetters, int partitions) {

    /** Creates the missing topics and waits until every partition has a leader (see {@link KafkaTopics#ensure}). */
    static void create(String bootstrapServers, Map<String, Object> clientProps, PipelineTopics topics) {
        create(bootstrapServers, clientProps, topics, Map.of());
    }

    /** As {@link #create(String, Map, PipelineTopics)}, with topic-level configs (e.g. {@code max.message.bytes}). */
    static void create(String bootstrapServers, Map<String, Object> clientProps, PipelineTopics topics,
            Map<String, String> topicConfigs) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            short replication = (short) Math.min(3, Math.max(1, admin.describeCluster().nodes().get().size()));
            KafkaTopics.ensure(admin, List.of(
                    new NewTopic(topics.raw(), topics.partitions(), replication).configs(topicConfigs),
                    new NewTopic(topics.enriched(), topics.partitions(), replication).configs(topicConfigs),
                    new NewTopic(topics.deadLetters(), 1, replication).configs(topicConfigs)), Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + ": " + e.getCause().getMessage(), e);
        }
    }
}
