package io.khabar.app;

import java.util.Map;
import java.util.concurrent.Callable;

import io.khabar.sink.SinkConfig;
import io.khabar.sink.SinkStage;
import io.khabar.sink.SinkStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Re-reads the enriched topic from the start or from a time into a fresh output directory or index. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-read the enriched topic (from the start or from a timestamp) into bulk files and/or an index, then stop.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    SinkCommand.SinkOptions sink;

    @Option(names = "--from", defaultValue = SinkConfig.REPLAY_EARLIEST, paramLabel = "earliest|TIMESTAMP",
            description = "Where to start: 'earliest' or an ISO 8601 timestamp such as 2024-03-01T00:00:00Z (default: ${DEFAULT-VALUE}).")
    String from;

    @Override
    public Integer call() {
        Map<String, Object> props = sink.apply(StageProps.sink(kafka.properties(kafka.bootstrap), kafka));
        props.put(SinkConfig.REPLAY_FROM_CONFIG, from);
        SinkStats stats = new SinkStage(new SinkConfig(props), ids -> { }).run();
        System.err.println("khabar replay: " + stats);
        return 0;
    }
}
