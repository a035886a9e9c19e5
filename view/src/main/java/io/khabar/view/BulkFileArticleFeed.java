package io.khabar.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the sink's bulk files: every {@code *.ndjson} file of a directory, as line pairs
 * {@code {"index":{"_id":…}}} then the enriched article. A file is read once, when it first appears under its final
 * name (the sink writes under a temporary name and renames); the directory is re-scanned for new files. Files are
 * read oldest first (modification time, then name), so later versions of an article replace earlier ones.
 */
public final class BulkFileArticleFeed implements ArticleFeed {

    private static final Logger LOG = LoggerFactory.getLogger(BulkFileArticleFeed.class);
    private static final ObjectMapper MAPPER = Json.mapper();

    private final Path dir;
    private final long rescanMs;
    private final Set<Path> read = new HashSet<>();
    private volatile boolean running;
    private Thread thread;

    public BulkFileArticleFeed(Path dir, long rescanMs) {
        this.dir = dir;
        this.rescanMs = rescanMs;
    }

    @Override
    public synchronized void start(ArticleWindow window) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        thread = new Thread(() -> run(window), "khabar-view-bulk-files");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(ArticleWindow window) {
        while (running) {
            try {
                scanOnce(window);
            } catch (RuntimeException e) {
                LOG.warn("Reading bulk files in {} failed; retrying", dir, e);
            }
            try {
                Thread.sleep(rescanMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Reads the files not read yet into {@code window}.
     *
     * @return how many articles were read
     */
    public int scanOnce(ArticleWindow window) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int articles = 0;
        for (Path file : newFiles()) {
            articles += readFile(file, window);
            read.add(file);
        }
        return articles;
    }

    private List<Path> newFiles() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.filter(p -> p.getFileName().toString().endsWith(".ndjson"))
                    .filter(Files::isRegularFile)
                    .filter(p -> !read.contains(p))
                    .forEach(files::add);
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", dir, e.toString());
            return List.of();
        }
        files.sort(Comparator.comparing(BulkFileArticleFeed::modified).thenComparing(Path::toString));
        return files;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static int readFile(Path file, ArticleWindow window) {
        int articles = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode action = parse(line, file, lineNo);
                if (action == null) {
                    continue;
                }
                if (action.has("delete")) {
                    window.remove(action.path("delete").path("_id").asText());
                    continue;
                }
                if (!action.has("index") && !action.has("create")) {
                    LOG.warn("{}:{}: expected a bulk action line, skipped", file, lineNo);
                    continue;
                }
                String document = reader.readLine();
                lineNo++;
                if (document == null) {
                    LOG.warn("{}:{}: action without a document at end of file", file, lineNo);
                    break;
                }
                EnrichedArticle article = toArticle(document, file, lineNo);
                if (article != null) {
                    window.accept(article);
                    articles++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.toString());
        }
        return articles;
    }

    private static JsonNode parse(String line, Path file, int lineNo) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            LOG.warn("{}:{}: not JSON, skipped", file, lineNo);
            return null;
        }
    }

    private static EnrichedArticle toArticle(String document, Path file, int lineNo) {
        try {
            EnrichedArticle article = MAPPER.readValue(document, EnrichedArticle.class);
            if (article.id() == null) {
                LOG.warn("{}:{}: article without id, skipped", file, lineNo);
                return null;
            }
            return article;
        } catch (JsonProcessingException e) {
            LOG.warn("{}:{}: not an enriched article, skipped ({})", file, lineNo, e.getOriginalMessage());
            return null;
        }
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
