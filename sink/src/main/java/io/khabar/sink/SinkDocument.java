package io.khabar.sink;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One enriched article ready for a bulk request: its index, its {@code _id} (the article id) and its source, the
 * value as on the topic on one line.
 *
 * @param index  the target index (already sanitized)
 * @param id     the article id, used as {@code _id} so that replays overwrite
 * @param source the document, one line of JSON without line breaks
 * @param record the consumed record, for offsets and dead letters
 */
record SinkDocument(String index, String id, byte[] source, ConsumerRecord<byte[], byte[]> record) {
}
