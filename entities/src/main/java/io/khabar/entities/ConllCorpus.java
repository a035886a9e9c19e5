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
     * Whether the file carries tags: every token line has more than one column and its last column is an IOB tag
     * (an ANERcorp file, or a test split with its gold labels). False for a file of tokens alone.
     */
    static boolean hasTags(Path file) throws IOException {
        boolean any = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] cols = trimmed.split("[ \t]+");
                if (cols.length < 2 || !IOB_TAG.matcher(cols[cols.length - 1]).matches()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Reads sentences; {@code tagged} = take the last column as the tag (ANERcorp {@code token TAG}). */
    static List<Sentence> read(Path file, boolean tagged) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
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
                tokens.add(cols[0]);
                if (tagged) {
                    tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
                }
            }
        }
        if (!tokens.isEmpty()) {
            out.add(new Sentence(tokens, tags));
        }
        return out;
    }
}
