package io.khabar.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.khabar.sink.SinkConfig;
import io.khabar.sink.SinkStage;
import io.khabar.sink.SinkStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Consumes enriched articles and writes bulk files (and indexes them with --es-url) until interrupted. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Write enriched articles as Elasticsearch bulk NDJSON files, and index them with --es-url.")
final class SinkCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    SinkOptions sink;

    @Override
    public Integer call() {
        Map<String, Object> props = kafka.properties(kafka.bootstrap);
        PipelineTopics.create((String) props.get("bootstrap.servers"), props, kafka.topics());
        SinkStage stage = new SinkStage(new SinkConfig(sink.apply(StageProps.sink(props, kafka))), ids -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(stage::close, "khabar-sink-shutdown"));
        SinkStats stats = stage.run();
        System.err.println("khabar sink: " + stats);
        return 0;
    }

    /** Options shared by {@code sink}, {@code replay} and {@code run}. */
    static final class SinkOptions {

        @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
                description = "Directory of the bulk files (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--es-url", paramLabel = "URL",
                description = "Also index into Elasticsearch/OpenSearch at this URL (credentials: es.username/es.password or es.api.key in --config).")
        String esUrl;

        @Option(names = "--index-pattern", paramLabel = "PATTERN",
                description = "Index name pattern, dated from published_at (default: news-{yyyy.MM}).")
        String indexPattern;

        Map<String, Object> apply(Map<String, Object> props) {
            props.put(SinkConfig.OUT_DIR_CONFIG, out.toString());
            if (esUrl != null) {
                props.put(SinkConfig.ES_URL_CONFIG, esUrl);
            }
            if (indexPattern != null) {
                props.put(SinkConfig.INDEX_PATTERN_CONFIG, indexPattern);
            }
            return props;
        }
    }
}
