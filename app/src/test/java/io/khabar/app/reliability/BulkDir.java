package io.khabar.app.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The completed bulk files of a sink's output directory, read incrementally (a completed file never changes):
 * every document line in file-name order, checked for the {@code _bulk} shape on the way.
 */
final class BulkDir {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<Path, List<JsonNode>> read = new TreeMap<>();
    private final Set<String> ids = new HashSet<>();

    BulkDir(Path dir) {
        this.dir = dir;
    }

    /** Reads the files completed since the last call; returns the number of distinct ids seen so far. */
    synchronized int scan() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
        for (Path file : files) {
            if (read.containsKey(file)) {
                continue;
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (!content.endsWith("\n")) {
                throw new AssertionError(file + " does not end in a newline");
            }
            String[] lines = content.substring(0, content.length() - 1).split("\n", -1);
            if (lines.length % 2 != 0) {
                throw new AssertionError(file + " has an odd number of lines");
            }
            List<JsonNode> docs = new ArrayList<>(lines.length / 2);
            for (int i = 0; i < lines.length; i += 2) {
                JsonNode action = JSON.readTree(lines[i]).path("index");
                JsonNode doc = JSON.readTree(lines[i + 1]);
                if (!action.path("_id").asText().equals(doc.path("id").asText())) {
                    throw new AssertionError(file + ": _id " + action + " is not the document id " + doc.path("id"));
                }
                docs.add(doc);
                ids.add(doc.path("id").asText());
            }
            read.put(file, docs);
        }
        return ids.size();
    }

    synchronized int files() {
        return read.size();
    }

    /** How many document lines each id has across all files. */
    synchronized Map<String, Integer> lineCounts() {
        Map<String, Integer> counts = new HashMap<>();
        read.values().forEach(docs -> docs.forEach(d -> counts.merge(d.path("id").asText(), 1, Integer::sum)));
        return counts;
    }

    /** The last document line of each id, in file-name order: what indexing the files in order leaves. */
    synchronized Map<String, JsonNode> finalVersions() {
        Map<String, JsonNode> last = new LinkedHashMap<>();
        read.values().forEach(docs -> docs.forEach(d -> last.put(d.path("id").asText(), d)));
        return last;
    }
}
