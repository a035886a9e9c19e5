package io.khabar.sink;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code _bulk} NDJSON files into the output directory. A file is written under a hidden temporary name
 * ({@code .<name>.part}), forced to disk, then atomically renamed to its final {@code *.ndjson} name, and the
 * directory forced too: a file with its final name is always complete. Final names sort by creation time:
 * {@code <prefix>-<yyyyMMdd-HHmmss-SSS>-<run>-<seq>.ndjson}, {@code run} being random per writer so that
 * restarts and parallel sinks never collide.
 *
 * <p>With a consumer group given, each completed file gets a hidden manifest of the offsets it holds
 * ({@link FileOffsets}), written before the rename, so that a restarted sink can resume after them.
 */
final class BulkFileWriter implements Closeable {

    static final String SUFFIX = ".ndjson";
    static final String PART_SUFFIX = ".part";

    private static final Logger LOG = LoggerFactory.getLogger(BulkFileWriter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final String prefix;
    private final long maxBytes;
    private final Duration maxAge;
    private final Clock clock;
    private final String run;
    private final String group;
    private final FileOffsets.Builder offsets = new FileOffsets.Builder();

    private int seq;
    private Path part;
    private String finalName;
    private FileChannel channel;
    private OutputStream out;
    private long size;
    private int documents;
    private Instant openedAt;

    BulkFileWriter(Path dir, String prefix, long maxBytes, Duration maxAge, Clock clock) throws IOException {
        this(dir, prefix, maxBytes, maxAge, clock, null);
    }

    /** @param group the consumer group recorded in offset manifests, or null to write none */
    BulkFileWriter(Path dir, String prefix, long maxBytes, Duration maxAge, Clock clock, String group)
            throws IOException {
        this.group = group;
        this.dir = dir.toAbsolutePath().normalize();
        this.prefix = prefix;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.clock = clock;
        this.run = String.format(Locale.ROOT, "%06x", ThreadLocalRandom.current().nextInt(1 << 24));
        Files.createDirectories(this.dir);
    }

    /**
     * Appends one document's line pair to the open file, first completing that file when the pair would grow it
     * past {@code bulk.max.bytes}. Returns the file completed on the way, if any.
     */
    Optional<Path> append(SinkDocument doc) throws IOException {
        byte[] pair = BulkLines.pair(doc);
        Optional<Path> completed = Optional.empty();
        if (out != null && size > 0 && size + pair.length > maxBytes) {
            completed = complete();
        }
        if (out == null) {
            open();
        }
        out.write(pair);
        offsets.add(doc.record());
        size += pair.length;
        documents++;
        return completed;
    }

    /** True when appending {@code doc} would complete the open file first (it would grow past {@code bulk.max.bytes}). */
    boolean wouldOverflow(SinkDocument doc) {
        return out != null && size > 0
                && size + BulkLines.action(doc.index(), doc.id()).length + doc.source().length + 1 > maxBytes;
    }

    /** True when the open file has reached its size or age limit. */
    boolean due() {
        return out != null && (size >= maxBytes || !clock.instant().isBefore(openedAt.plus(maxAge)));
    }

    boolean isOpen() {
        return out != null;
    }

    /** Completes the open file: flush, fsync, atomic rename, fsync of the directory. Empty if none is open. */
    Optional<Path> complete() throws IOException {
        if (out == null) {
            return Optional.empty();
        }
        out.flush();
        channel.force(true);
        out.close();
        Path target = OutputPaths.inside(dir, finalName);
        if (group != null && !offsets.isEmpty()) {
            // Before the rename: a file with its final name always has its manifest.
            offsets.build(group).writeFor(dir, finalName);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory();
        LOG.debug("completed {} ({} documents, {} bytes)", target.getFileName(), documents, size);
        reset();
        return Optional.of(target);
    }

    /** Drops the open file (its records were not committed and will be read again). */
    void abort() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            LOG.warn("closing {}: {}", part, e.toString());
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", part, e.toString());
        }
        reset();
    }

    /** Deletes temporary files older than {@code olderThan}: left by a sink that crashed, their records uncommitted. */
    int deleteStaleParts(Duration olderThan) throws IOException {
        int deleted = 0;
        Instant cutoff = clock.instant().minus(olderThan);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "." + prefix + "-*" + SUFFIX + PART_SUFFIX)) {
            for (Path stale : parts) {
                if (Files.getLastModifiedTime(stale).toInstant().isBefore(cutoff) && Files.deleteIfExists(stale)) {
                    deleted++;
                }
            }
        }
        deleted += FileOffsets.deleteOrphans(dir, prefix, cutoff);
        return deleted;
    }

    /** Per partition of {@code topic}, the offset after the last record in this directory's completed files. */
    Map<TopicPartition, Long> durableEnds(String topic) {
        return group == null ? Map.of() : FileOffsets.durableEnds(dir, prefix, topic, group);
    }

    @Override
    public void close() {
        abort();
    }

    private void open() throws IOException {
        openedAt = clock.instant();
        do {
            seq++;
            finalName = String.format(Locale.ROOT, "%s-%s-%s-%06d%s", prefix, STAMP.format(openedAt), run, seq, SUFFIX);
        } while (Files.exists(OutputPaths.inside(dir, finalName)));
        part = OutputPaths.inside(dir, "." + finalName + PART_SUFFIX);
        channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        size = 0;
        documents = 0;
    }

    // Makes the rename itself durable; on file systems that cannot open a directory this is a no-op.
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("cannot fsync directory {}: {}", dir, e.toString());
        }
    }

    private void reset() {
        out = null;
        channel = null;
        part = null;
        finalName = null;
        size = 0;
        documents = 0;
        openedAt = null;
        offsets.clear();
    }
}
