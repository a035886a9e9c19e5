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
        EnrichConfig config = new EnrichConfig(enrich.apply(StageProps.enrich(props, kafka)));
        EnrichApp app = EnrichApp.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "khabar-enrich-shutdown"));
        System.err.println("khabar enrich: running as " + config.getString(EnrichConfig.APPLICATION_ID_CONFIG)
                + "; Ctrl-C stops");
        app.awaitStopped();
        app.failure().ifPresent(e -> System.err.println("khabar enrich: stopped: " + Failures.oneLine(e)));
        return app.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
    }

    /** Options of the enrich stage, shared with {@code run}. */
    static final class EnrichOptions {

        /** Where the local state goes when neither {@code --state-dir} nor the config file's state.dir says. */
        static final String STATE_DIR_DEFAULT = "data/streams";

        @Option(names = "--state-dir", description = "Local state (RocksDB) of the Streams app (default: state.dir of"
                + " the config file, else " + STATE_DIR_DEFAULT + ").")
        Path stateDir;

        @Option(names = "--application-id", description = "Streams application id (default: application.id of the"
                + " config file, else " + EnrichConfig.APPLICATION_ID_DEFAULT + ").")
        String applicationId;

        @Option(names = "--threads", description = "Stream threads (default: num.stream.threads of the config file,"
                + " else one per core).")
        Integer threads;

        /** The stage's properties with these options: an option given wins over the config file, which wins over the default. */
        Map<String, Object> apply(Map<String, Object> props) {
            put(props, EnrichConfig.STATE_DIR_CONFIG, stateDir == null ? null : stateDir.toString(), STATE_DIR_DEFAULT);
            put(props, EnrichConfig.APPLICATION_ID_CONFIG, applicationId, EnrichConfig.APPLICATION_ID_DEFAULT);
            put(props, EnrichConfig.NUM_STREAM_THREADS_CONFIG, threads, null); // EnrichConfig's default: one per core
            props.put(EnrichConfig.TOPICS_CREATE_CONFIG, false);
            return props;
        }

        /** {@code given} when the option was given, else the file's value, else {@code fallback} (null: none). */
        private static void put(Map<String, Object> props, String key, Object given, Object fallback) {
            if (given != null) {
                props.put(key, given);
            } else if (fallback != null) {
                props.putIfAbsent(key, fallback);
            }
        }
    }
}
