package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.enrich.EnrichConfig;
import io.khabar.ingest.IngestConfig;
import io.khabar.model.Topics;
import io.khabar.sink.SinkConfig;
import picocli.CommandLine;

class KafkaOptionsTest {

    @TempDir
    Path dir;

    private KafkaOptions parsed(String fileText, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        if (fileText != null) {
            Path file = dir.resolve("khabar.properties");
            Files.writeString(file, fileText);
            all.add("--config");
            all.add(file.toString());
        }
        KafkaOptions options = new KafkaOptions();
        new CommandLine(options).parseArgs(all.toArray(String[]::new));
        return options;
    }

    @Test
    void shouldTakeTopicsFromTheConfigFileWhenNoOptionIsGiven() throws IOException {
        KafkaOptions kafka = parsed("""
                topic.raw=wire.raw
                topic.enriched=wire.enriched
                topic.dlq=wire.dlq
                topics.partitions=12
                """);
        assertThat(kafka.topics()).isEqualTo(new PipelineTopics("wire.raw", "wire.enriched", "wire.dlq", 12));
        Map<String, Object> common = kafka.fileProperties();
        assertThat(StageProps.ingest(common, kafka)).containsEntry(IngestConfig.RAW_TOPIC_CONFIG, "wire.raw")
                .containsEntry(IngestConfig.DLQ_TOPIC_CONFIG, "wire.dlq");
        assertThat(StageProps.enrich(common, kafka)).containsEntry(EnrichConfig.TOPIC_RAW_CONFIG, "wire.raw")
                .containsEntry(EnrichConfig.TOPIC_ENRICHED_CONFIG, "wire.enriched")
                .containsEntry(EnrichConfig.TOPIC_DLQ_CONFIG, "wire.dlq");
        assertThat(StageProps.sink(common, kafka)).containsEntry(SinkConfig.ENRICHED_TOPIC_CONFIG, "wire.enriched")
                .containsEntry(SinkConfig.DLQ_TOPIC_CONFIG, "wire.dlq");
    }

    @Test
    void shouldLetOptionsWinOverTheConfigFile() throws IOException {
        KafkaOptions kafka = parsed("topic.raw=wire.raw\ntopic.enriched=wire.enriched\ntopics.partitions=12\n",
                "--raw-topic", "replay.raw", "--enriched-topic", "replay.enriched", "--partitions", "2");
        assertThat(kafka.topics()).isEqualTo(new PipelineTopics("replay.raw", "replay.enriched", Topics.DLQ_DEFAULT, 2));
        assertThat(StageProps.enrich(kafka.fileProperties(), kafka))
                .containsEntry(EnrichConfig.TOPIC_RAW_CONFIG, "replay.raw")
                .containsEntry(EnrichConfig.TOPIC_ENRICHED_CONFIG, "replay.enriched");
    }

    @Test
    void shouldFallBackToTheDefaultsWithNeither() throws IOException {
        assertThat(parsed(null).topics()).isEqualTo(new PipelineTopics(Topics.RAW_DEFAULT, Topics.ENRICHED_DEFAULT,
                Topics.DLQ_DEFAULT, KafkaOptions.PARTITIONS_DEFAULT));
    }

    @Test
    void shouldRejectAPartitionCountThatIsNoPositiveNumber() throws IOException {
        assertThatThrownBy(() -> parsed("topics.partitions=many\n").topics())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'many'").hasMessageContaining("topics.partitions");
        assertThatThrownBy(() -> parsed(null, "--partitions", "0").topics())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0'");
    }
}
