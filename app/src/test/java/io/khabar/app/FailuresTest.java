package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void shouldNameAMissingOrForbiddenFileOnce() {
        assertThat(Failures.oneLine(new UncheckedIOException(new NoSuchFileException("/data/in.conll"))))
                .isEqualTo("no such file or directory: /data/in.conll");
        assertThat(Failures.oneLine(new IOException("cannot read the model", new AccessDeniedException("/m"))))
                .isEqualTo("cannot read the model: permission denied: /m");
    }

    @Test
    void shouldJoinTheChainAndDropRepeats() {
        IllegalStateException e = new IllegalStateException("enrich app stopped",
                new RuntimeException("broker down", new RuntimeException("broker down")));
        assertThat(Failures.oneLine(e)).isEqualTo("enrich app stopped: broker down");
        assertThat(Failures.oneLine(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
