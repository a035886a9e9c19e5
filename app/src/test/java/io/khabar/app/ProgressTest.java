package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void shouldAddNoProgressLineRightAfterAnotherLine() {
        progress.say("published %d articles", 7);
        progress.every(Duration.ofMinutes(1), "enriched and written %d of %d articles", 0, 7);
        assertThat(lines()).containsExactly("khabar: published 7 articles");
    }

    @Test
    void shouldSayProgressOnceTheIntervalHasPassedSinceTheLastLine() {
        progress.say("published %d articles", 7);
        progress.every(Duration.ZERO, "enriched and written %d of %d articles", 3, 7);
        assertThat(lines()).containsExactly("khabar: published 7 articles", "khabar: enriched and written 3 of 7 articles");
    }

    private String[] lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }
}
