package io.khabar.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.khabar.ingest.ArticleIngestor;
import io.khabar.ingest.IngestReport;

/**
 * {@code run --follow}: publishes article files that appear (or change) in the input directory after the first
 * pass, so a directory fed by a crawler becomes a continuous feed.
 */
final class InputFollower {

    private static final long SCAN_INTERVAL_MS = 1000;

    private final Path input;
    private final ArticleIngestor ingestor;
    private final Progress progress;
    private final Map<Path, FileTime> seen = new HashMap<>();

    InputFollower(Path input, ArticleIngestor ingestor, Progress progress) {
        this.input = input;
        this.ingestor = ingestor;
        this.progress = progress;
        scan();
    }

    void followUntilInterrupted(BooleanSupplier healthy) {
        try {
            while (healthy.getAsBoolean()) {
                Thread.sleep(SCAN_INTERVAL_MS);
                for (Path file : scan()) {
                    IngestReport report = ingestor.publish(file);
                    progress.say("published %d articles from new file %s", report.published(), file.getFileName());
                }
            }
            throw new IllegalStateException("a stage stopped while following " + input);
        } catch (InterruptedException stop) {
            // Ctrl-C: the interrupt is taken here, so that the caller can still close its clients (a Kafka producer
            // closed by an interrupted thread throws instead of flushing)
        }
    }

    /** Files new or modified since the last scan. */
    private List<Path> scan() {
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile).sorted().filter(this::isNewOrChanged).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }

    private boolean isNewOrChanged(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            FileTime before = seen.put(file, modified);
            return before == null || before.compareTo(modified) < 0;
        } catch (IOException e) {
            return false;
        }
    }
}
