package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathsTest {

    @TempDir
    Path dir;

    @Test
    void shouldResolvePlainNamesInsideTheDirectory() {
        Path p = OutputPaths.inside(dir, "khabar-1.ndjson");
        assertThat(p.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(OutputPaths.inside(dir.resolve("sub/.."), ".hidden.part").getParent())
                .isEqualTo(dir.toAbsolutePath().normalize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.ndjson", "..", ".", "a/b.ndjson", "/etc/passwd", "a\\b", "", "x\0y"})
    void shouldRefuseNamesThatLeaveTheDirectory(String name) {
        assertThatThrownBy(() -> OutputPaths.inside(dir, name)).isInstanceOf(IllegalArgumentException.class);
    }
}
