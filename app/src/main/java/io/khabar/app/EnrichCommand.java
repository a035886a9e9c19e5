package io.khabar.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.khabar.enrich.EnrichApp;
import io.khabar.enrich.EnrichConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the Kafka Streams enrichment app until interrupted; start more instances to scale out. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the Kafka Streams enrichment app (long-running; instances with the same --application-id share the work).")
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    EnrichOptions enrich;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> props = kafka.properties(kafka.bootstrap);
        PipelineTopics.create((String) props.get("bootstrap.servers"), props, kafka.topics());
        EnrichApp app = EnrichApp.start(new EnrichConfig(enrich.apply(StageProps.enrich(props, kafka))));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "khabar-enrich-shutdown"));
        System.err.println("khabar enrich: running as " + enrich.applicationId + "; Ctrl-C stops");
        app.awaitStopped();
        return app.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
    }

    /** Options of the enrich stage, shared with {@code run}. */
    static final class EnrichOptions {

        @Option(names = "--state-dir", defaultValue = "data/streams",
                description = "Local state (RocksDB) of the Streams app (default: ${DEFAULT-VALUE}).")
        Path stateDir;

        @Option(names = "--application-id", defaultValue = EnrichConfig.APPLICATION_ID_DEFAULT,
                description = "Streams application id (default: ${DEFAULT-VALUE}).")
        String applicationId;

        @Option(names = "--threads", description = "Stream threads (default: num.stream.threads of the config file,"
                + " else one per core).")
        Integer threads;

        Map<String, Object> apply(Map<String, Object> props) {
            props.put(EnrichConfig.STATE_DIR_CONFIG, stateDir.toString());
            props.put(EnrichConfig.APPLICATION_ID_CONFIG, applicationId);
            if (threads != null) {
                props.put(EnrichConfig.NUM_STREAM_THREADS_CONFIG, threads);
            }
            props.put(EnrichConfig.TOPICS_CREATE_CONFIG, false);
            return props;
        }
    }
}
