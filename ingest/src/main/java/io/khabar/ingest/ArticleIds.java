package io.khabar.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids: the first {@value #HEX_CHARS} hex characters (64 bits) of SHA-256 over the article's
 * content: source, title and body, each UTF-8, separated by U+001F (a null field counts as empty).
 *
 * <p>The file name, the position in the file and the ingestion time are left out on purpose: replaying the same
 * input, or the same article arriving under another file name, gives the same id, so the record overwrites the
 * earlier one (compacted topics, index documents by id) instead of duplicating it.
 */
public final class ArticleIds {

    /** Length of an id. */
    public static final int HEX_CHARS = 16;

    private static final byte[] SEPARATOR = {0x1F};

    private ArticleIds() {
    }

    /** The id of an article with this content. */
    public static String of(String source, String title, String body) {
        MessageDigest sha = sha256();
        update(sha, source);
        sha.update(SEPARATOR);
        update(sha, title);
        sha.update(SEPARATOR);
        update(sha, body);
        return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_CHARS);
    }

    private static void update(MessageDigest sha, String field) {
        if (field != null) {
            sha.update(field.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
