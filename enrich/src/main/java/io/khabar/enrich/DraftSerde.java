package io.khabar.enrich;

import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;

import io.khabar.model.Json;

/**
 * Serde of {@link DraftEvent} on the drafts repartition topic and in the draft store: Smile (binary JSON) through the
 * same mapping as {@link Json}, cheaper to write and read than JSON text for a whole article. Reads JSON text too (a
 * value starting with {@code '{'}), i.e. records written before the switch.
 */
final class DraftSerde implements Serde<DraftEvent> {

    // The settings of Json.mapper() (a JsonMapper cannot be copied onto another format).
    private static final ObjectMapper SMILE = SmileMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final ObjectWriter writer = SMILE.writerFor(DraftEvent.class);
    private final ObjectReader reader = SMILE.readerFor(DraftEvent.class);
    private final ObjectReader jsonReader = Json.mapper().readerFor(DraftEvent.class);

    byte[] toBytes(DraftEvent value) {
        if (value == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new SerializationException("cannot write draft " + value.draft().id(), e);
        }
    }

    DraftEvent fromBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return bytes.length > 0 && bytes[0] == '{' ? jsonReader.readValue(bytes) : reader.readValue(bytes);
        } catch (IOException e) {
            throw new SerializationException("not a valid draft: " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<DraftEvent> serializer() {
        return (topic, value) -> toBytes(value);
    }

    @Override
    public Deserializer<DraftEvent> deserializer() {
        return (topic, bytes) -> fromBytes(bytes);
    }
}
