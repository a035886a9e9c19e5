package io.khabar.sink;

import java.util.List;

/**
 * What the cluster did with one batch once every retriable failure has been retried.
 *
 * @param acknowledged documents indexed (created or overwritten)
 * @param rejected     documents refused for good (mapping or parse errors and other 4xx item errors)
 */
record BulkOutcome(int acknowledged, List<Rejection> rejected) {

    /** A document the cluster refused, with the item's HTTP status and its error as {@code type: reason}. */
    record Rejection(SinkDocument document, int status, String reason) {
    }
}
