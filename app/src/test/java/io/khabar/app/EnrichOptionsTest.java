package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.khabar.enrich.EnrichConfig;
import picocli.CommandLine;

class EnrichOptionsTest {

    private static Map<String, Object> applied(Map<String, Object> file, String... args) {
        EnrichCommand command = new EnrichCommand();
        new CommandLine(command).parseArgs(args);
        return command.enrich.apply(new HashMap<>(file));
    }

    @Test
    void shouldTakeTheConfigFilesSettingsWhenNoOptionIsGiven() {
        Map<String, Object> props = applied(Map.of(EnrichConfig.STATE_DIR_CONFIG, "/var/khabar/state",
                EnrichConfig.APPLICATION_ID_CONFIG, "newsroom-enrich", EnrichConfig.NUM_STREAM_THREADS_CONFIG, "4"));
        assertThat(props).containsEntry(EnrichConfig.STATE_DIR_CONFIG, "/var/khabar/state")
                .containsEntry(EnrichConfig.APPLICATION_ID_CONFIG, "newsroom-enrich")
                .containsEntry(EnrichConfig.NUM_STREAM_THREADS_CONFIG, "4");
    }

    @Test
    void shouldLetOptionsWinOverTheConfigFile() {
        Map<String, Object> props = applied(Map.of(EnrichConfig.STATE_DIR_CONFIG, "/var/khabar/state",
                EnrichConfig.APPLICATION_ID_CONFIG, "newsroom-enrich", EnrichConfig.NUM_STREAM_THREADS_CONFIG, "4"),
                "--state-dir", "other/state", "--application-id", "replay-enrich", "--threads", "1");
        assertThat(props).containsEntry(EnrichConfig.STATE_DIR_CONFIG, "other/state")
                .containsEntry(EnrichConfig.APPLICATION_ID_CONFIG, "replay-enrich")
                .containsEntry(EnrichConfig.NUM_STREAM_THREADS_CONFIG, 1);
    }

    @Test
    void shouldFallBackToTheDefaultsWithNeither() {
        Map<String, Object> props = applied(Map.of());
        assertThat(props).containsEntry(EnrichConfig.STATE_DIR_CONFIG, "data/streams")
                .containsEntry(EnrichConfig.APPLICATION_ID_CONFIG, EnrichConfig.APPLICATION_ID_DEFAULT)
                .doesNotContainKey(EnrichConfig.NUM_STREAM_THREADS_CONFIG);
        assertThat(new EnrichConfig(withBootstrap(props)).getInt(EnrichConfig.NUM_STREAM_THREADS_CONFIG))
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    private static Map<String, Object> withBootstrap(Map<String, Object> props) {
        Map<String, Object> out = new HashMap<>(props);
        out.put("bootstrap.servers", "localhost:9092");
        return out;
    }
}
