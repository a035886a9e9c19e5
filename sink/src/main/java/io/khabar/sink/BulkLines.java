package io.khabar.sink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The {@code _bulk} NDJSON line pair of a document: the action line, then the source, each ending in {@code \n}. */
final class BulkLines {

    private static final JsonFactory JSON = new JsonFactory();

    private BulkLines() {
    }

    /** {@code {"index":{"_index":"…","_id":"…"}}\n}, escaped properly whatever the id holds. */
    static byte[] action(String index, String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + id.length());
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("index");
            g.writeStringField("_index", index);
            g.writeStringField("_id", id);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Action line and source line of one document. */
    static byte[] pair(SinkDocument doc) {
        byte[] action = action(doc.index(), doc.id());
        byte[] pair = new byte[action.length + doc.source().length + 1];
        System.arraycopy(action, 0, pair, 0, action.length);
        System.arraycopy(doc.source(), 0, pair, action.length, doc.source().length);
        pair[pair.length - 1] = '\n';
        return pair;
    }
}
