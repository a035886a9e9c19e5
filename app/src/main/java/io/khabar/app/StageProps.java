package io.khabar.app;

import java.util.HashMap;
import java.util.Map;

import io.khabar.enrich.EnrichConfig;
import io.khabar.ingest.IngestConfig;
import io.khabar.sink.SinkConfig;

/** Turns the shared options into each stage's configuration map (the properties file's entries included). */
final class StageProps {

    private StageProps() {
    }

    static Map<String, Object> ingest(Map<String, Object> common, KafkaOptions kafka) {
        Map<String, Object> props = new HashMap<>(common);
        props.put(IngestConfig.RAW_TOPIC_CONFIG, kafka.rawTopic());
        props.put(IngestConfig.DLQ_TOPIC_CONFIG, kafka.dlqTopic());
        return props;
    }

    static Map<String, Object> enrich(Map<String, Object> common, KafkaOptions kafka) {
        Map<String, Object> props = new HashMap<>(common);
        props.put(EnrichConfig.TOPIC_RAW_CONFIG, kafka.rawTopic());
        props.put(EnrichConfig.TOPIC_ENRICHED_CONFIG, kafka.enrichedTopic());
        props.put(EnrichConfig.TOPIC_DLQ_CONFIG, kafka.dlqTopic());
        return props;
    }

    static Map<String, Object> sink(Map<String, Object> common, KafkaOptions kafka) {
        Map<String, Object> props = new HashMap<>(common);
        props.put(SinkConfig.ENRICHED_TOPIC_CONFIG, kafka.enrichedTopic());
        props.put(SinkConfig.DLQ_TOPIC_CONFIG, kafka.dlqTopic());
        return props;
    }
}
