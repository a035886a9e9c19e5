package io.khabar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.khabar.ingest.ArticleIngestor;
import io.khabar.ingest.IngestConfig;
import io.khabar.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Publishes raw articles to the raw topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse article files (.txt raw articles, .json/.jsonl) and publish them to the raw topic.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "An article file or a directory of them.")
    Path input;

    @Override
    public Integer call() {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("no such input: " + input);
        }
        Map<String, Object> props = kafka.properties(kafka.bootstrap);
        IngestConfig config = new IngestConfig(StageProps.ingest(props, kafka));
        PipelineTopics.create(config.bootstrapServers(), props, kafka.topics(), config.topicConfigs());
        IngestReport report;
        try (ArticleIngestor ingestor = new ArticleIngestor(config)) {
            report = ingestor.publish(input);
        }
        System.err.printf("khabar ingest: published %d articles (%d distinct ids) from %s in %.1f s; %d dead-lettered, %d skipped%n",
                report.published(), report.ids().size(), input, report.elapsed().toMillis() / 1000.0,
                report.deadLettered(), report.skipped());
        return 0;
    }
}
