package io.khabar.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** CoNLL-style files: one token per line (first column), optional further columns, blank line between sentences. */
final class ConllCorpus {

    /** A sentence: tokens and, when the file has them, the tags of its last column (else empty). */
    record Sentence(List<String> tokens, List<String> tags) {
    }

    /** An IOB tag as CoNLL files write it: {@code O}, or {@code B-}/{@code I-} and a type of capital letters. */
    private static final Pattern IOB_TAG = Pattern.compile("O|[BI]-[A-Z]+");

    private ConllCorpus() {
    }

    /**
     * A file's sentences, and whether they carry gold tags: every token line has more than one column and its last
     * column is an IOB tag (an ANERcorp file, or a test split with its gold labels). Each sentence's tags are the
     * lines' last columns when the file is tagged; a file of tokens alone has empty tags. One read of the file.
     */
    record Corpus(List<Sentence> sentences, boolean tagged) {
    }

    /** Reads a file whose last column may or may not be gold tags ({@link Corpus#tagged} says which). */
    static Corpus readDetectingTags(Path file) throws IOException {
        Columns columns = readColumns(file);
        return new Corpus(columns.everyLineTagged() ? columns.sentences() : withTags(columns.sentences(), false),
                columns.everyLineTagged());
    }

    /** Reads sentences; {@code tagged} = take the last column as the tag (ANERcorp {@code token TAG}). */
    static List<Sentence> read(Path file, boolean tagged) throws IOException {
        return withTags(readColumns(file).sentences(), tagged);
    }

    /**
     * Sentences with each token line's last column as its tag (null for a line of one column), and whether every
     * token line ends in an IOB tag.
     */
    private record Columns(List<Sentence> sentences, boolean everyLineTagged) {
    }

    private static Columns readColumns(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean everyLineTagged = true;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    if (!tokens.isEmpty()) {
                        out.add(new Sentence(tokens, tags));
                        tokens = new ArrayList<>();
                        tags = new ArrayList<>();
                    }
                    continue;
                }
                String[] cols = trimmed.split("[ \t]+");
                String last = cols.length > 1 ? cols[cols.length - 1] : null;
                tokens.add(cols[0]);
                tags.add(last);
                everyLineTagged &= last != null && IOB_TAG.matcher(last).matches();
            }
        }
        if (!tokens.isEmpty()) {
            out.add(new Sentence(tokens, tags));
        }
        return new Columns(out, everyLineTagged && !out.isEmpty());
    }

    /** The sentences with their last columns as tags (O for a line of one column), or with no tags. */
    private static List<Sentence> withTags(List<Sentence> columns, boolean tagged) {
        List<Sentence> out = new ArrayList<>(columns.size());
        for (Sentence s : columns) {
            List<String> tags = new ArrayList<>(tagged ? s.tags().size() : 0);
            if (tagged) {
                for (String tag : s.tags()) {
                    tags.add(tag == null ? "O" : tag);
                }
            }
            out.add(new Sentence(s.tokens(), tags));
        }
        return out;
    }
}
