package io.khabar.entities;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code khabar tag --conll IN --out OUT} command's work: CoNLL tokens in, {@code token<TAB>TAG} (IOB2) out;
 * and, when the input carries gold tags in its last column (an ANERcorp split), the entity-level scores of the
 * output against them.
 */
public final class ConllTagging {

    /** Other spellings of the four types in gold files: the CoNLL 2003 and OntoNotes-style names. */
    private static final Map<String, NameType> TYPE_ALIASES = Map.of(
            "PER", NameType.PERS, "PERSON", NameType.PERS, "LOCATION", NameType.LOC, "ORGANIZATION", NameType.ORG);

    /**
     * What a run did.
     *
     * @param sentences sentences tagged
     * @param tokens    tokens written
     * @param scores    the scores against the input's own tags, when it has them
     */
    public record Result(int sentences, long tokens, Optional<Scores> scores) {
    }

    /**
     * Entity-level precision, recall and F1 as conlleval counts them (exact span and type).
     *
     * @param microF1 micro-averaged F1 over the four types
     * @param report  one line per type and the micro average
     * @param ignored gold tags of other types (counted as O), by type, e.g. {@code DATE=12}; empty when none
     */
    public record Scores(double microF1, String report, Map<String, Integer> ignored) {
    }

    private ConllTagging() {
    }

    /**
     * Tags every sentence of {@code in} (first column = token, further columns ignored, blank line between
     * sentences) with the default tagger and writes {@code out} with the same sentences and tokens in order.
     * Consecutive sentences are taken as running text: the {@value EntityTagger#DOC_WINDOW} sentences on each
     * side of a sentence are its document for the second pass.
     */
    public static Result tag(Path in, Path out) throws IOException {
        return tag(EntityTagger.loadDefault(), in, out);
    }

    /** As {@link #tag(Path, Path)} with a given tagger. */
    public static Result tag(EntityTagger tagger, Path in, Path out) throws IOException {
        ConllCorpus.Corpus corpus = ConllCorpus.readDetectingTags(in);
        boolean gold = corpus.tagged();
        List<ConllCorpus.Sentence> sentences = corpus.sentences();
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
        return new Result(sentences.size(), count, gold ? Optional.of(score(sentences, labels)) : Optional.empty());
    }

    private static Scores score(List<ConllCorpus.Sentence> sentences, List<int[]> labels) {
        EntityScorer scorer = new EntityScorer();
        Map<String, Integer> ignored = new TreeMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> tags = sentences.get(s).tags();
            int[] gold = new int[tags.size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = goldLabel(tags.get(i), ignored);
            }
            scorer.add(gold, labels.get(s));
        }
        return new Scores(scorer.microF1(), scorer.report(), ignored);
    }

    /** The label of a gold tag; a tag of a type the tagger does not know is O, and counted in {@code ignored}. */
    private static int goldLabel(String tag, Map<String, Integer> ignored) {
        if (tag.equals("O")) {
            return Labels.O;
        }
        String typeName = tag.substring(2);
        NameType type = TYPE_ALIASES.get(typeName);
        if (type == null) {
            try {
                type = NameType.valueOf(typeName);
            } catch (IllegalArgumentException unknown) {
                ignored.merge(typeName, 1, Integer::sum);
                return Labels.O;
            }
        }
        return tag.charAt(0) == 'B' ? Labels.begin(type) : Labels.inside(type);
    }
}
