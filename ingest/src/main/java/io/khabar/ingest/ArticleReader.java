package io.khabar.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import io.khabar.model.Json;
import io.khabar.model.RawArticle;

/**
 * Reads article files without Kafka: {@code .txt} raw articles ({@link RawTextParser}), {@code .json} (one article
 * object or an array of them) and {@code .jsonl} (one article per line). A directory is walked recursively, files in
 * path order, so the same input is always read in the same order; other extensions are skipped with a log line.
 *
 * <p>Bad input never stops the reading: an unreadable file, invalid UTF-8, malformed JSON, an empty article or one
 * larger than the size limit becomes a {@link ParseFailure} carrying the original bytes. {@code .jsonl} is streamed
 * line by line; a {@code .json} file is read whole.
 */
public final class ArticleReader {

    /** At most this many original bytes are kept in a failure (an oversized article is cut to it). */
    public static final int MAX_DEAD_LETTER_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);
    private static final ObjectReader STRICT_TREE = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final long maxArticleBytes;
    private final Clock clock;

    /** A reader that stamps articles with the system clock. */
    public ArticleReader(long maxArticleBytes) {
        this(maxArticleBytes, Clock.systemUTC());
    }

    public ArticleReader(long maxArticleBytes, Clock clock) {
        this.maxArticleBytes = maxArticleBytes;
        this.clock = clock;
    }

    /** Reads everything under {@code input} with the default size limit; for tools and tests. */
    public static List<ParsedInput> read(Path input) {
        return new ArticleReader(IngestConfig.MAX_ARTICLE_BYTES_DEFAULT).readAll(input);
    }

    /** Reads everything under {@code input} into a list. */
    public List<ParsedInput> readAll(Path input) {
        List<ParsedInput> all = new ArrayList<>();
        read(input, all::add);
        return all;
    }

    /**
     * Reads {@code input} (a file or a directory), handing each article or failure to {@code sink} as it is read.
     * An exception thrown by {@code sink} stops the reading and propagates.
     *
     * @throws UncheckedIOException when {@code input} does not exist or a directory cannot be listed
     */
    public void read(Path input, Consumer<? super ParsedInput> sink) {
        for (Path file : inputFiles(input)) {
            readFile(file, sink);
        }
    }

    /** The article files under {@code input}, sorted by path; other files are logged and left out. */
    public static List<Path> inputFiles(Path input) {
        if (!Files.exists(input)) {
            throw new UncheckedIOException(new java.nio.file.NoSuchFileException(input.toString(), null,
                    "input does not exist"));
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            List<Path> files = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (kind(p) == null) {
                    LOG.info("ignoring {}: not a .txt, .json or .jsonl article file", p);
                } else {
                    files.add(p);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input directory " + input, e);
        }
    }

    private enum Kind { TXT, JSON, JSONL }

    private static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Kind.TXT;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".json")) {
            return Kind.JSON;
        }
        return null;
    }

    private void readFile(Path file, Consumer<? super ParsedInput> sink) {
        Kind kind = kind(file);
        if (kind == null) {
            LOG.info("ignoring {}: not a .txt, .json or .jsonl article file", file);
            return;
        }
        try {
            switch (kind) {
                case TXT -> sink.accept(readText(file));
                case JSON -> readJson(file, sink);
                case JSONL -> readJsonLines(file, sink);
                default -> throw new IllegalStateException(kind.toString());
            }
        } catch (IOException e) {
            sink.accept(new ParseFailure(file.toString(), 0, "cannot read file: " + e, new byte[0]));
        }
    }

    private ParsedInput readText(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxArticleBytes) {
            return oversized(file, 0, size, head(file));
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = decode(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            return new ParseFailure(file.toString(), 0, "invalid UTF-8: " + e.getMessage(), cap(bytes, bytes.length));
        }
        return parseText(text, file.toString(), file.getFileName().toString(), cap(bytes, bytes.length));
    }

    /**
     * One raw text article, already decoded: cleaned ({@link InputText}), parsed ({@link RawTextParser}), an
     * implausible publication date dropped ({@link PublicationDates}).
     *
     * @param original the bytes a failure keeps
     */
    ParsedInput parseText(String text, String file, String fileName, byte[] original) {
        ParsedText parsed = RawTextParser.parse(InputText.clean(text));
        if (parsed.paragraphs().isEmpty()) {
            return new ParseFailure(file, 0, "empty article: no body text", original);
        }
        String body = parsed.body();
        RawArticle article = new RawArticle(ArticleIds.of(parsed.source(), parsed.title(), body), fileName,
                parsed.source(), parsed.title(), parsed.dateline(), PublicationDates.plausible(parsed.publishedAt(), clock),
                null, body, parsed.boilerplate(), now());
        return new ParsedArticle(article, file, 0);
    }

    private void readJson(Path file, Consumer<? super ParsedInput> sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = decode(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            sink.accept(new ParseFailure(file.toString(), 0, "invalid UTF-8: " + e.getMessage(),
                    cap(bytes, bytes.length)));
            return;
        }
        String fileName = file.getFileName().toString();
        try (JsonParser parser = Json.mapper().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.accept(new ParseFailure(file.toString(), 0, "empty JSON file", new byte[0]));
                return;
            }
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    long line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    sink.accept(jsonArticle(node, file, fileName, line));
                }
            } else {
                JsonNode node = parser.readValueAsTree();
                sink.accept(jsonArticle(node, file, fileName, 1));
            }
            if (parser.nextToken() != null) {
                sink.accept(new ParseFailure(file.toString(), parser.currentTokenLocation().getLineNr(),
                        "malformed JSON: trailing content after the top-level value", new byte[0]));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.accept(new ParseFailure(file.toString(), line, "malformed JSON: " + e.getOriginalMessage(),
                    cap(bytes, bytes.length)));
        }
    }

    private ParsedInput jsonArticle(JsonNode node, Path file, String fileName, long line) throws IOException {
        byte[] original = Json.mapper().writeValueAsBytes(node);
        if (original.length > maxArticleBytes) {
            return oversized(file, line, original.length, cap(original, original.length));
        }
        return JsonArticleParser.parse(node, file.toString(), fileName, line, original, clock);
    }

    private void readJsonLines(Path file, Consumer<? super ParsedInput> sink) throws IOException {
        String fileName = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            LineBuffer buffer = new LineBuffer();
            long lineNo = 0;
            while (buffer.readLine(in)) {
                lineNo++;
                if (buffer.isBlank()) {
                    continue;
                }
                if (buffer.length > maxArticleBytes) {
                    sink.accept(oversized(file, lineNo, buffer.length, buffer.kept()));
                    continue;
                }
                sink.accept(parseJsonLine(buffer.kept(), file.toString(), fileName, lineNo));
            }
        }
    }

    /** One line of a {@code .jsonl} file (at most the size limit): strict UTF-8, one JSON object, an article. */
    ParsedInput parseJsonLine(byte[] original, String file, String fileName, long lineNo) {
        String text;
        try {
            text = decode(original, 0, original.length);
        } catch (CharacterCodingException e) {
            return new ParseFailure(file, lineNo, "invalid UTF-8: " + e.getMessage(), cap(original, original.length));
        }
        JsonNode node;
        try {
            node = STRICT_TREE.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new ParseFailure(file, lineNo, "malformed JSON: " + e.getOriginalMessage(),
                    cap(original, original.length));
        }
        if (node == null || node.isMissingNode()) {
            return new ParseFailure(file, lineNo, "malformed JSON: no value", cap(original, original.length));
        }
        return JsonArticleParser.parse(node, file, fileName, lineNo, cap(original, original.length), clock);
    }

    /**
     * One line of bytes at a time; keeps at most the size limit + 1 bytes of a line (the rest is counted, not
     * kept), so an oversized line cannot exhaust memory.
     */
    private final class LineBuffer {
        private byte[] bytes = new byte[8192];
        private int kept;
        private long length;

        boolean readLine(InputStream in) throws IOException {
            kept = 0;
            length = 0;
            int b = in.read();
            if (b < 0) {
                return false;
            }
            long keepLimit = Math.min(Integer.MAX_VALUE - 8, maxArticleBytes + 1);
            while (b >= 0 && b != '\n') {
                if (kept < keepLimit) {
                    if (kept == bytes.length) {
                        bytes = Arrays.copyOf(bytes, (int) Math.min(keepLimit, (long) bytes.length * 2));
                    }
                    bytes[kept++] = (byte) b;
                }
                length++;
                b = in.read();
            }
            if (kept > 0 && bytes[kept - 1] == '\r') {
                kept--;
                length--;
            }
            return true;
        }

        boolean isBlank() {
            for (int i = 0; i < kept; i++) {
                byte c = bytes[i];
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        byte[] kept() {
            return Arrays.copyOf(bytes, kept);
        }
    }

    private ParseFailure oversized(Path file, long line, long size, byte[] head) {
        return new ParseFailure(file.toString(), line, "article of " + size + " bytes exceeds max.article.bytes="
                + maxArticleBytes + " (dead letter keeps the first " + Math.min(size, MAX_DEAD_LETTER_BYTES)
                + " bytes)", cap(head, head.length));
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_DEAD_LETTER_BYTES);
        }
    }

    private static byte[] cap(byte[] bytes, int length) {
        int n = Math.min(length, MAX_DEAD_LETTER_BYTES);
        return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
    }

    private String now() {
        return Instant.now(clock).toString();
    }

    /** Strict UTF-8: malformed input is an error, not replaced; a leading byte-order mark is dropped. */
    static String decode(byte[] bytes, int offset, int length) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
