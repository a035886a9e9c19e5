package io.khabar.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The composable index template of Khabar's indices ({@code news-*}): the {@code arabic} analyzer on title,
 * paragraph text and novel text; {@code keyword} ids, sources and entity names; {@code date} dates; entities
 * {@code nested} so that one query can ask for a PERSON and a LOCATION in the same article (see
 * {@code sink/README-query.md}). Accepted as is by Elasticsearch 8 and OpenSearch 2 ({@code PUT _index_template/...}).
 */
public final class IndexTemplate {

    /** The file name of the template beside the bulk files. */
    public static final String FILE_NAME = "index-template.json";

    private static final String RESOURCE = "index-template.json";

    private IndexTemplate() {
    }

    /** The template JSON, as sent to {@code PUT _index_template/<name>}. */
    public static String json() {
        try (InputStream in = IndexTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@value #FILE_NAME} into {@code dir}, atomically (a reader never sees half a template). */
    public static Path writeTo(Path dir) throws IOException {
        Path target = OutputPaths.inside(dir, FILE_NAME);
        Path tmp = OutputPaths.inside(dir, "." + FILE_NAME + ".tmp");
        Files.writeString(tmp, json(), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
