package io.khabar.sink;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumed offsets a bulk file holds, kept beside it in a hidden manifest {@code .<file>.offsets}: consumer
 * group, topic, and per partition the first and last offset written into the file. The manifest is written and
 * forced to disk before the file gets its final name, so a completed file always has one; the rename is the single
 * commit point of both.
 *
 * <p>On start a sink seeks every assigned partition past the highest offset held by a completed file of its group
 * ({@link #durableEnds}), whatever the committed offset says. So a crash between the rename and the offset commit
 * (the window in which Kafka's own bookkeeping lags the files) never writes an article twice; this is how Kafka
 * Connect's HDFS and S3 sinks make files exactly-once.
 *
 * @param group  the consumer group that wrote the file
 * @param ranges per topic partition, {@code [first, last]} offsets of the records in the file
 */
record FileOffsets(String group, Map<TopicPartition, long[]> ranges) {

    static final String SUFFIX = ".offsets";

    private static final Logger LOG = LoggerFactory.getLogger(FileOffsets.class);
    private static final String GROUP = "group";
    private static final String RANGE = "range.";

    /** Accumulates the ranges of the records appended to one open file. */
    static final class Builder {
        private final Map<TopicPartition, long[]> ranges = new HashMap<>();

        void add(ConsumerRecord<?, ?> record) {
            if (record == null) {
                return;
            }
            long[] range = ranges.computeIfAbsent(new TopicPartition(record.topic(), record.partition()),
                    tp -> new long[] {record.offset(), record.offset()});
            range[0] = Math.min(range[0], record.offset());
            range[1] = Math.max(range[1], record.offset());
        }

        boolean isEmpty() {
            return ranges.isEmpty();
        }

        FileOffsets build(String group) {
            Map<TopicPartition, long[]> copy = new HashMap<>();
            ranges.forEach((tp, r) -> copy.put(tp, r.clone()));
            return new FileOffsets(group, copy);
        }

        void clear() {
            ranges.clear();
        }
    }

    /** The hidden manifest of the bulk file {@code fileName} in {@code dir}. */
    static Path manifestOf(Path dir, String fileName) {
        return OutputPaths.inside(dir, "." + fileName + SUFFIX);
    }

    /** Writes this manifest for {@code fileName}: temporary name, fsync, atomic rename. */
    void writeFor(Path dir, String fileName) throws IOException {
        Properties props = new Properties();
        props.setProperty(GROUP, group);
        ranges.forEach((tp, r) -> props.setProperty(RANGE + tp.topic() + ":" + tp.partition(), r[0] + "-" + r[1]));
        Path target = manifestOf(dir, fileName);
        Path tmp = OutputPaths.inside(dir, target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
            props.store(writer, null);
            writer.flush();
            channel.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest of {@code fileName}, if it has a readable one. */
    static Optional<FileOffsets> readFor(Path dir, String fileName) {
        Path manifest = manifestOf(dir, fileName);
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable offsets manifest {}: {}", manifest, e.toString());
            return Optional.empty();
        }
        Map<TopicPartition, long[]> ranges = new HashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (!key.startsWith(RANGE)) {
                continue;
            }
            String tp = key.substring(RANGE.length());
            int colon = tp.lastIndexOf(':');
            String value = props.getProperty(key);
            int dash = value.indexOf('-');
            try {
                ranges.put(new TopicPartition(tp.substring(0, colon), Integer.parseInt(tp.substring(colon + 1))),
                        new long[] {Long.parseLong(value.substring(0, dash)), Long.parseLong(value.substring(dash + 1))});
            } catch (RuntimeException e) {
                LOG.warn("ignoring malformed entry {}={} in {}", key, value, manifest);
            }
        }
        String group = props.getProperty(GROUP, "");
        return Optional.of(new FileOffsets(group, ranges));
    }

    /**
     * For each partition of {@code topic}, the offset after the last record held by a completed bulk file (name
     * {@code <prefix>-*.ndjson}) that {@code group} wrote into {@code dir}: where that group's sink must resume at
     * the latest.
     */
    static Map<TopicPartition, Long> durableEnds(Path dir, String prefix, String topic, String group) {
        Map<TopicPartition, Long> ends = new TreeMap<>(
                (a, b) -> a.topic().equals(b.topic()) ? Integer.compare(a.partition(), b.partition())
                        : a.topic().compareTo(b.topic()));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "-*" + BulkFileWriter.SUFFIX)) {
            for (Path file : files) {
                Optional<FileOffsets> offsets = readFor(dir, file.getFileName().toString());
                if (offsets.isEmpty() || !offsets.get().group().equals(group)) {
                    continue;
                }
                offsets.get().ranges().forEach((tp, r) -> {
                    if (tp.topic().equals(topic)) {
                        ends.merge(tp, r[1] + 1, Math::max);
                    }
                });
            }
        } catch (NoSuchFileException e) {
            return ends;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bulk files in " + dir, e);
        }
        return ends;
    }

    /**
     * Deletes manifests older than {@code cutoff} whose bulk file does not exist: left by a crash between the
     * manifest and the file's rename (the file's records were not committed), or by a file deleted after loading.
     */
    static int deleteOrphans(Path dir, String prefix, Instant cutoff) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> manifests = Files.newDirectoryStream(dir,
                "." + prefix + "-*" + BulkFileWriter.SUFFIX + "{" + SUFFIX + "," + SUFFIX + ".tmp}")) {
            for (Path manifest : manifests) {
                String name = manifest.getFileName().toString();
                String fileName = name.substring(1, name.indexOf(BulkFileWriter.SUFFIX) + BulkFileWriter.SUFFIX.length());
                if (!Files.exists(OutputPaths.inside(dir, fileName))
                        && Files.getLastModifiedTime(manifest).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(manifest)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
