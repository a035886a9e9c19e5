package io.khabar.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.model.Json;

/** Reads completed bulk files back, checking their shape on the way. */
final class BulkFiles {

    private BulkFiles() {
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code _id}s of every action line, in file order; fails if a file is not well-formed pairs. */
    static List<String> ids(Path dir) {
        List<String> ids = new ArrayList<>();
        for (Path file : list(dir)) {
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                if (!content.endsWith("\n")) {
                    throw new AssertionError(file + " does not end in a newline");
                }
                String[] lines = content.substring(0, content.length() - 1).split("\n", -1);
                if (lines.length % 2 != 0) {
                    throw new AssertionError(file + " has an odd number of lines");
                }
                for (int i = 0; i < lines.length; i += 2) {
                    JsonNode action = Json.mapper().readTree(lines[i]).path("index");
                    JsonNode source = Json.mapper().readTree(lines[i + 1]);
                    if (!action.path("_id").asText().equals(source.path("id").asText())) {
                        throw new AssertionError(file + ": _id " + action + " does not match document id " + source.path("id"));
                    }
                    ids.add(action.path("_id").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }
}
