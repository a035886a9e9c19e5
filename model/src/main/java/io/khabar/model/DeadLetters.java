package io.khabar.model;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Dead-lettered records keep their original bytes; these headers say why and where they came from.
 */
public final class DeadLetters {

    public static final String REASON = "khabar.dlq.reason";
    public static final String STAGE = "khabar.dlq.stage";
    public static final String TOPIC = "khabar.dlq.topic";
    public static final String PARTITION = "khabar.dlq.partition";
    public static final String OFFSET = "khabar.dlq.offset";

    private DeadLetters() {
    }

    /** A dead letter for {@code dlqTopic}: the original key and value, with its reason and origin in headers. */
    public static ProducerRecord<byte[], byte[]> record(String dlqTopic, String stage, String reason,
            String fromTopic, int partition, long offset, byte[] key, byte[] value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(dlqTopic, key, value);
        addHeaders(record.headers(), stage, reason, fromTopic, partition, offset);
        return record;
    }

    public static void addHeaders(Headers headers, String stage, String reason, String fromTopic, int partition, long offset) {
        headers.add(REASON, utf8(reason));
        headers.add(STAGE, utf8(stage));
        headers.add(TOPIC, utf8(fromTopic == null ? "" : fromTopic));
        headers.add(PARTITION, utf8(Integer.toString(partition)));
        headers.add(OFFSET, utf8(Long.toString(offset)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
