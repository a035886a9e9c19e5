package io.khabar.entities;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code khabar tag --conll IN --out OUT} command's work: CoNLL tokens in, {@code token<TAB>TAG} (IOB2) out. */
public final class ConllTagging {

    private ConllTagging() {
    }

    /**
     * Tags every sentence of {@code in} (first column = token, further columns ignored, blank line between
     * sentences) with the default tagger and writes {@code out} with the same sentences and tokens in order.
     * Consecutive sentences are taken as running text: the {@value EntityTagger#DOC_WINDOW} sentences on each
     * side of a sentence are its document for the second pass.
     *
     * @return the number of tokens written
     */
    public static long tag(Path in, Path out) throws IOException {
        return tag(EntityTagger.loadDefault(), in, out);
    }

    /** As {@link #tag(Path, Path)} with a given tagger. */
    public static long tag(EntityTagger tagger, Path in, Path out) throws IOException {
        List<ConllCorpus.Sentence> sentences = ConllCorpus.read(in, false);
        List<TokenSpans> spans = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence s : sentences) {
            spans.add(TokenSpans.of(s.tokens()));
        }
        List<int[]> labels = tagger.conllLabels(spans, EntityTagger.DOC_WINDOW);
        long count = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int s = 0; s < sentences.size(); s++) {
                List<String> tokens = sentences.get(s).tokens();
                int[] tags = labels.get(s);
                for (int i = 0; i < tokens.size(); i++) {
                    w.write(tokens.get(i));
                    w.write('\t');
                    w.write(Labels.name(tags[i]));
                    w.write('\n');
                }
                count += tokens.size();
                if (s + 1 < sentences.size()) {
                    w.write('\n');
                }
            }
        }
        return count;
    }
}
