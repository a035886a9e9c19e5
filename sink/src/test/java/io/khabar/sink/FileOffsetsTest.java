package io.khabar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOffsetsTest {

    @TempDir
    Path dir;

    private static ConsumerRecord<byte[], byte[]> at(String topic, int partition, long offset) {
        return new ConsumerRecord<>(topic, partition, offset, null, new byte[0]);
    }

    private void file(String name, String group, ConsumerRecord<?, ?>... records) throws Exception {
        FileOffsets.Builder b = new FileOffsets.Builder();
        for (ConsumerRecord<?, ?> r : records) {
            b.add(r);
        }
        b.build(group).writeFor(dir, name);
        Files.writeString(dir.resolve(name), "");
    }

    @Test
    void shouldResumeAfterTheHighestOffsetOfTheGroupsCompletedFilesPerPartition() throws Exception {
        file("khabar-1.ndjson", "g", at("t", 0, 5), at("t", 0, 3), at("t", 1, 10));
        file("khabar-2.ndjson", "g", at("t", 0, 9), at("other", 0, 99));
        file("khabar-3.ndjson", "another-group", at("t", 0, 500));
        FileOffsets.Builder orphan = new FileOffsets.Builder();
        orphan.add(at("t", 1, 700));
        orphan.build("g").writeFor(dir, "khabar-4.ndjson"); // manifest written, crash before the rename

        Map<TopicPartition, Long> ends = FileOffsets.durableEnds(dir, "khabar", "t", "g");

        assertThat(ends).containsExactlyInAnyOrderEntriesOf(Map.of(new TopicPartition("t", 0), 10L,
                new TopicPartition("t", 1), 11L));
        assertThat(FileOffsets.readFor(dir, "khabar-1.ndjson").orElseThrow().ranges().get(new TopicPartition("t", 0)))
                .containsExactly(3, 5);
    }

    @Test
    void shouldDeleteOnlyOldManifestsWithoutTheirFile() throws Exception {
        file("khabar-1.ndjson", "g", at("t", 0, 1));
        FileOffsets.Builder b = new FileOffsets.Builder();
        b.add(at("t", 0, 2));
        b.build("g").writeFor(dir, "khabar-2.ndjson");
        b.build("g").writeFor(dir, "khabar-3.ndjson");
        Path old = FileOffsets.manifestOf(dir, "khabar-2.ndjson");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(FileOffsets.manifestOf(dir, "khabar-1.ndjson"),
                FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        assertThat(FileOffsets.deleteOrphans(dir, "khabar", Instant.parse("2021-01-01T00:00:00Z"))).isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(FileOffsets.manifestOf(dir, "khabar-1.ndjson")).exists();
        assertThat(FileOffsets.manifestOf(dir, "khabar-3.ndjson")).as("recent: a live sink may be renaming it").exists();
    }
}
