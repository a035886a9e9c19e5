package io.khabar.sink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.khabar.model.Json;

/** Turns consumed enriched-topic records into {@link SinkDocument}s, keeping the value's bytes as they are. */
final class SinkDocuments {

    private final ObjectMapper mapper = Json.mapper();
    private final IndexNamer indexNamer;

    SinkDocuments(IndexNamer indexNamer) {
        this.indexNamer = indexNamer;
    }

    SinkDocument of(ConsumerRecord<byte[], byte[]> record) throws MalformedRecordException {
        byte[] value = record.value();
        if (value == null || value.length == 0) {
            throw new MalformedRecordException("empty value (tombstone) where an enriched article was expected");
        }
        JsonNode document;
        try {
            document = mapper.readTree(value);
        } catch (IOException e) {
            throw new MalformedRecordException("value is not JSON: " + firstLine(e.getMessage()));
        }
        if (document == null || !document.isObject()) {
            throw new MalformedRecordException("value is not a JSON object");
        }
        String id = articleId(record, document);
        if (id == null) {
            throw new MalformedRecordException("no article id: neither a record key nor an 'id' field");
        }
        byte[] source = hasLineBreak(value) ? compact(document) : value;
        return new SinkDocument(indexNamer.indexFor(document), id, source, record);
    }

    private static String articleId(ConsumerRecord<byte[], byte[]> record, JsonNode document) {
        JsonNode id = document.get("id");
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            return id.asText();
        }
        if (record.key() != null && record.key().length > 0) {
            return new String(record.key(), StandardCharsets.UTF_8);
        }
        return null;
    }

    // JSON strings cannot hold raw line breaks, so these are insignificant white space; re-serializing
    // drops them while keeping every value.
    private byte[] compact(JsonNode document) throws MalformedRecordException {
        try {
            return mapper.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new MalformedRecordException("cannot re-serialize value: " + e.getMessage());
        }
    }

    private static boolean hasLineBreak(byte[] value) {
        for (byte b : value) {
            if (b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
