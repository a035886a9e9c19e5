package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the sink's bulk files the way Elasticsearch's _bulk API would, checking the contract's format on the way. */
final class BulkOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every completed bulk file of {@code dir}, in name order. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        }
    }

    /** The documents by {@code _id}; a later line for the same id replaces an earlier one, as indexing would. */
    static Map<String, JsonNode> documents(Path dir) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(content).as("every line of %s ends in \\n", file).endsWith("\n");
            String[] lines = content.split("\n");
            assertThat(lines.length % 2).as("%s holds action/document line pairs", file).isZero();
            for (int i = 0; i < lines.length; i += 2) {
                JsonNode action = JSON.readTree(lines[i]).get("index");
                JsonNode document = JSON.readTree(lines[i + 1]);
                assertThat(action).as("action line %d of %s", i, file).isNotNull();
                assertThat(action.get("_index").asText()).isNotBlank();
                assertThat(action.get("_id").asText()).isEqualTo(document.get("id").asText());
                byId.put(document.get("id").asText(), document);
            }
        }
        return byId;
    }

    /** The documents keyed by their {@code origin} (file name or JSON id). */
    static Map<String, JsonNode> byOrigin(Map<String, JsonNode> documents) {
        Map<String, JsonNode> byOrigin = new LinkedHashMap<>();
        documents.values().forEach(d -> byOrigin.put(d.get("origin").asText(), d));
        return byOrigin;
    }

    private BulkOutput() {
    }
}
