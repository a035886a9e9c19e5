package io.khabar.entities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A document for the tests of the document-level corrections: sentences given as alternating text (tokens split on
 * spaces) and IOB2 labels, with their features; and news statistics written inline.
 */
record DocumentFixture(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> extracted, List<int[]> labels) {

    static DocumentFixture of(WordClusters news, String... sentencesAndLabels) {
        FeatureExtractor features = new FeatureExtractor(news, EntityTagger.defaultGazetteer(), 20);
        List<TokenSpans> sentences = new ArrayList<>();
        List<FeatureExtractor.Extracted> xs = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        for (int k = 0; k < sentencesAndLabels.length; k += 2) {
            TokenSpans tokens = TokenSpans.of(List.of(sentencesAndLabels[k].split(" ")));
            sentences.add(tokens);
            xs.add(features.extractAll(tokens));
            labels.add(Arrays.stream(sentencesAndLabels[k + 1].split(" ")).mapToInt(Labels::id).toArray());
        }
        return new DocumentFixture(sentences, xs, labels);
    }

    /** A correction of one sentence's labels (changed in place) that reads the gazetteer and the news counts. */
    interface SentenceRule {
        void apply(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                   WordClusters news);
    }

    /** The IOB2 labels of one sentence, given as text and labels, after a rule run with the default gazetteer. */
    static String after(SentenceRule rule, WordClusters news, String sentence, String labels) {
        DocumentFixture d = of(news, sentence, labels);
        rule.apply(d.sentences().get(0), d.extracted().get(0), d.labels().get(0), EntityTagger.defaultGazetteer(),
                news);
        return d.labelNames().get(0);
    }

    /** A correction of a document's labels (changed in place) over a window of sentences, from the features alone. */
    interface DocumentRule {
        void apply(List<FeatureExtractor.Extracted> xs, List<int[]> labels, int window);
    }

    /**
     * The IOB2 labels, one string per sentence, of a document given as sentences and labels, after a rule run over a
     * window of sentences, with no news counts.
     */
    static List<String> after(DocumentRule rule, int window, String... sentencesAndLabels) {
        DocumentFixture d = of(news(""), sentencesAndLabels);
        rule.apply(d.extracted(), d.labels(), window);
        return d.labelNames();
    }

    /** The labels, one IOB2 string per sentence. */
    List<String> labelNames() {
        return labels.stream().map(l -> String.join(" ", Arrays.stream(l).mapToObj(Labels::name).toList())).toList();
    }

    /** News statistics from lines of {@code word, count, fine cluster, coarse cluster, prior}, tab-separated. */
    static WordClusters news(String tsv) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(tsv.getBytes(StandardCharsets.UTF_8));
            }
            return WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
