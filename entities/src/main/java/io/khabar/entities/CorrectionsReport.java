package io.khabar.entities;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

/**
 * Scores the CoNLL-mode corrections ({@link EntityTagger#correctConll} over each fold's running text) on text that
 * did not suggest them: out-of-fold predictions of the two-pass model over the training sentences of the holdout run
 * (the first 90% of the file). Each of {@value #FOLDS} contiguous folds is tagged by a first and a second pass trained
 * on the other folds, with the trainer's settings, so that no sentence is tagged by a model that saw it. Prints the
 * entity-level F1 of the raw labels and of the corrected ones. Not a test (about two minutes on one core):
 *
 * <pre>{@code java -cp entities/target/classes:... io.khabar.entities.CorrectionsReport \
 *     --train ../shared/data/anercorp/train.txt \
 *     --clusters entities/src/test/resources/io/khabar/entities/holdout/clusters.tsv.gz}</pre>
 *
 * The clusters file carries the news priors the features need; the holdout run's is the one learned without the dev
 * sentences. The second pass's epochs and O shift are read from the {@code model.properties} beside it (the holdout
 * run's choice) unless given. {@code --labels-out FILE} writes
 * {@code token, gold, raw, corrected} per token, to read the errors that remain. {@code --rescore FILE} trains nothing:
 * it reads such a file and reruns the corrections of today's code on its raw labels (the same folds), so that a
 * change to the corrections is measured on the same model labels in seconds (with {@code --labels-out}, it writes
 * the corrected labels too). {@code --seed N} (7, the trainer's, by default) trains the fold models with other
 * sentence orders: the raw figure moves by about 0.003 from one seed to another, and so it does when a gazetteer line
 * matches a single training sentence, so compare changes that retrain over several seeds.
 */
public final class CorrectionsReport {

    static final int FOLDS = 5;

    private CorrectionsReport() {
    }

    public static void main(String[] args) throws IOException {
        Path train = null;
        Path clustersFile = null;
        int epochs = 12;
        Integer documentEpochs = null;
        Float shift = null;
        int members = 5;
        Path labelsOut = null;
        Path rescore = null;
        long seed = 7;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--train" -> train = Path.of(args[i + 1]);
                case "--clusters" -> clustersFile = Path.of(args[i + 1]);
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--document-epochs" -> documentEpochs = Integer.parseInt(args[i + 1]);
                case "--shift" -> shift = Float.parseFloat(args[i + 1]);
                case "--members" -> members = Integer.parseInt(args[i + 1]);
                case "--labels-out" -> labelsOut = Path.of(args[i + 1]);
                case "--rescore" -> rescore = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (clustersFile == null || train == null && rescore == null) {
            throw new IllegalArgumentException("usage: CorrectionsReport (--train PATH | --rescore LABELS)"
                    + " --clusters PATH [--epochs N] [--document-epochs N] [--shift S] [--members M]"
                    + " [--labels-out FILE] [--seed N]");
        }
        if (rescore != null) {
            WordClusters clusters;
            try (InputStream in = Files.newInputStream(clustersFile)) {
                clusters = WordClusters.read(in);
            }
            rescore(rescore, clusters, labelsOut, System.out);
            return;
        }
        // the second pass's settings default to those the holdout run chose, written beside its clusters
        Properties chosen = new Properties();
        Path properties = clustersFile.resolveSibling("model.properties");
        if (Files.isRegularFile(properties)) {
            try (InputStream in = Files.newInputStream(properties)) {
                chosen.load(in);
            }
        }
        if (documentEpochs == null) {
            documentEpochs = Integer.parseInt(leadingNumber(chosen.getProperty("document.epochs", "4")));
        }
        if (shift == null) {
            shift = Float.parseFloat(leadingNumber(chosen.getProperty("document.o.shift", "0.5")));
        }
        System.out.printf(Locale.ROOT, "second pass: %d epochs, O shift %.2f%n", documentEpochs, shift);
        WordClusters clusters;
        try (InputStream in = Files.newInputStream(clustersFile)) {
            clusters = WordClusters.read(in);
        }
        report(train, clusters, epochs, documentEpochs, shift, new NerTrainer.Learner(members), seed, System.out,
                labelsOut);
    }

    /** The number a model.properties value starts with ({@code "3 (5-fold cross-validation …)"} → 3). */
    private static String leadingNumber(String value) {
        return value.split(" ", 2)[0];
    }

    static void report(Path trainFile, WordClusters clusters, int epochs, int documentEpochs, float shift,
            NerTrainer.Learner learner, long seed, PrintStream out, Path labelsOut) throws IOException {
        List<ConllCorpus.Sentence> all = ConllCorpus.read(trainFile, true);
        List<ConllCorpus.Sentence> train = all.subList(0, all.size() - all.size() / 10);
        int bits = 20;
        Gazetteer gazetteer = EntityTagger.defaultGazetteer();
        FeatureExtractor features = new FeatureExtractor(clusters, gazetteer, bits);
        List<FeatureExtractor.Extracted> xs = NerTrainer.extracted(train, features);
        List<PerceptronTrainer.Example> examples = NerTrainer.examples(train, xs, null);
        long t0 = System.nanoTime();
        List<int[]> pass1 = NerTrainer.outOfFold(learner, examples, FOLDS, epochs, bits, seed);
        List<PerceptronTrainer.Example> document = NerTrainer.examples(train, xs, new DocumentFeatures(bits)
                .extend(NerTrainer.feats(xs), NerTrainer.keys(train, xs), pass1, EntityTagger.DOC_WINDOW));
        EntityScorer raw = new EntityScorer();
        int n = document.size();
        List<int[]> rawLabels = new ArrayList<>(n);
        for (int k = 0; k < FOLDS; k++) {
            NerTrainer.Fold fold = NerTrainer.Fold.of(n, k, FOLDS);
            List<PerceptronTrainer.Example> rest = fold.rest(document);
            SequenceTrainer trainer = learner.create(bits, DocumentFeatures.ALL);
            Random random = new Random(seed);
            for (int e = 0; e < documentEpochs; e++) {
                trainer.epoch(rest, random);
            }
            PerceptronModel model = trainer.averaged();
            model.shiftOutside(features.biasFeature(), shift);
            for (int i = fold.from(); i < fold.to(); i++) {
                PerceptronTrainer.Example ex = document.get(i);
                int[] labels = model.decode(ex.feats(), ex.size());
                raw.add(ex.gold(), labels);
                rawLabels.add(labels);
            }
        }
        List<int[]> correctedLabels = correctByFold(train, xs, rawLabels, clusters, gazetteer);
        EntityScorer corrected = new EntityScorer();
        for (int i = 0; i < n; i++) {
            corrected.add(document.get(i).gold(), correctedLabels.get(i));
        }
        out.printf(Locale.ROOT, "out of fold over %d training sentences (%d folds, %.1fs)%n", n, FOLDS,
                (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "without corrections: micro F1 %.4f%n", raw.microF1());
        out.print(raw.report());
        out.printf(Locale.ROOT, "with the CoNLL-mode corrections: micro F1 %.4f%n", corrected.microF1());
        out.print(corrected.report());
        if (labelsOut != null) {
            writeLabels(labelsOut, train, rawLabels, correctedLabels);
            out.println("labels written to " + labelsOut);
        }
    }

    /**
     * The CoNLL-mode corrections of out-of-fold labels, fold by fold: each fold's sentences are running text, as in
     * CoNLL mode ({@link EntityTagger#conllLabels}). The raw labels are left as they are.
     */
    private static List<int[]> correctByFold(List<ConllCorpus.Sentence> sentences, List<FeatureExtractor.Extracted> xs,
                                             List<int[]> raw, WordClusters clusters, Gazetteer gazetteer) {
        int n = sentences.size();
        List<int[]> corrected = new ArrayList<>(n);
        for (int k = 0; k < FOLDS; k++) {
            NerTrainer.Fold fold = NerTrainer.Fold.of(n, k, FOLDS);
            List<TokenSpans> spans = new ArrayList<>();
            List<int[]> fixed = new ArrayList<>();
            for (int i = fold.from(); i < fold.to(); i++) {
                spans.add(TokenSpans.of(sentences.get(i).tokens()));
                fixed.add(raw.get(i).clone());
            }
            EntityTagger.correctConll(spans, xs.subList(fold.from(), fold.to()), fixed, clusters, gazetteer,
                    EntityTagger.DOC_WINDOW);
            corrected.addAll(fixed);
        }
        return corrected;
    }

    /**
     * Reruns the CoNLL-mode corrections on the raw labels of a {@code --labels-out} file, fold by fold as {@link
     * #report} does, and prints the raw and the corrected figures; writes the labels to {@code labelsOut} when given.
     */
    static void rescore(Path labelsFile, WordClusters clusters, Path labelsOut, PrintStream out) throws IOException {
        List<ConllCorpus.Sentence> sentences = new ArrayList<>();
        List<int[]> rawLabels = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        List<Integer> raw = new ArrayList<>();
        for (String line : Files.readAllLines(labelsFile, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new ConllCorpus.Sentence(List.copyOf(tokens), List.copyOf(gold)));
                    rawLabels.add(raw.stream().mapToInt(Integer::intValue).toArray());
                    tokens.clear();
                    gold.clear();
                    raw.clear();
                }
                continue;
            }
            String[] f = line.split("\t");
            tokens.add(f[0]);
            gold.add(f[1]);
            raw.add(Labels.id(f[2]));
        }
        Gazetteer gazetteer = EntityTagger.defaultGazetteer();
        FeatureExtractor features = new FeatureExtractor(clusters, gazetteer, 20);
        List<FeatureExtractor.Extracted> xs = NerTrainer.extracted(sentences, features);
        List<int[]> correctedLabels = correctByFold(sentences, xs, rawLabels, clusters, gazetteer);
        EntityScorer rawScore = new EntityScorer();
        EntityScorer corrected = new EntityScorer();
        for (int i = 0; i < sentences.size(); i++) {
            int[] g = sentences.get(i).tags().stream().mapToInt(Labels::id).toArray();
            rawScore.add(g, rawLabels.get(i));
            corrected.add(g, correctedLabels.get(i));
        }
        if (labelsOut != null) {
            writeLabels(labelsOut, sentences, rawLabels, correctedLabels);
        }
        out.printf(Locale.ROOT, "raw labels of %s: micro F1 %.4f%n", labelsFile, rawScore.microF1());
        out.printf(Locale.ROOT, "with today's CoNLL-mode corrections: micro F1 %.4f%n", corrected.microF1());
        out.print(corrected.report());
    }

    /** {@code token TAB gold TAB raw TAB corrected} per token, a blank line after each sentence. */
    private static void writeLabels(Path file, List<ConllCorpus.Sentence> sentences, List<int[]> raw,
                                    List<int[]> corrected) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int s = 0; s < sentences.size(); s++) {
                ConllCorpus.Sentence sentence = sentences.get(s);
                for (int t = 0; t < sentence.tokens().size(); t++) {
                    w.write(sentence.tokens().get(t) + "\t" + sentence.tags().get(t) + "\t"
                            + Labels.name(raw.get(s)[t]) + "\t" + Labels.name(corrected.get(s)[t]) + "\n");
                }
                w.write("\n");
            }
        }
    }
}
