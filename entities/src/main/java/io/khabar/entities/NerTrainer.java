package io.khabar.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

/**
 * Retrains the shipped model from the data files:
 * {@code NerTrainer --train anercorp/train.txt --news ant.jsonl --out entities/src/main/resources/io/khabar/entities}
 * [{@code --epochs N}] [{@code --bits B}] [{@code --seed S}].
 *
 * <p>Holds out the last 10% of the training sentences as a dev set, learns word clusters from the news file,
 * trains the averaged perceptron on the other 90%, prints dev F1 per epoch and per type, and writes
 * {@code ner-model.bin.gz}, {@code clusters.tsv.gz} and {@code model.properties} into the output directory.
 */
public final class NerTrainer {

    private NerTrainer() {
    }

    /** Command-line entry point; see the class comment for arguments. */
    public static void main(String[] args) throws IOException {
        Path train = null;
        Path news = null;
        Path out = null;
        int epochs = 12;
        int bits = 20;
        long seed = 7;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--train" -> train = Path.of(args[i + 1]);
                case "--news" -> news = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--bits" -> bits = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (train == null || news == null || out == null) {
            throw new IllegalArgumentException("usage: NerTrainer --train PATH --news PATH --out DIR [--epochs N] [--bits B] [--seed S]");
        }
        train(train, news, out, epochs, bits, seed, System.out);
    }

    static EntityScorer train(Path trainFile, Path newsFile, Path out, int epochs, int bits, long seed, PrintStream log)
            throws IOException {
        Files.createDirectories(out);
        List<ConllCorpus.Sentence> all = ConllCorpus.read(trainFile, true);
        int split = all.size() - all.size() / 10;
        List<ConllCorpus.Sentence> train = all.subList(0, split);
        List<ConllCorpus.Sentence> dev = all.subList(split, all.size());
        log.printf(Locale.ROOT, "sentences: %d train, %d dev (last 10%%)%n", train.size(), dev.size());

        long t0 = System.nanoTime();
        ClusterBuilder.Settings clusterSettings = ClusterBuilder.Settings.defaults();
        ClusterBuilder builder = new ClusterBuilder(clusterSettings);
        builder.addJsonLines(newsFile);
        Path clustersFile = out.resolve(EntityTagger.CLUSTERS_FILE);
        int clusteredWords;
        try (OutputStream o = Files.newOutputStream(clustersFile)) {
            clusteredWords = builder.write(o);
        }
        log.printf(Locale.ROOT, "word statistics: %d words in %.1fs%n", clusteredWords, (System.nanoTime() - t0) / 1e9);

        Gazetteer gazetteer = EntityTagger.defaultGazetteer();
        int stage1Epochs = Math.max(1, epochs / 2);
        log.printf(Locale.ROOT, "stage 1 (no news priors), %d epochs%n", stage1Epochs);
        PerceptronModel model = fit(loadClusters(clustersFile), gazetteer, train, dev, stage1Epochs, bits, seed, log).model();
        t0 = System.nanoTime();
        int named = NewsPriors.addTo(clustersFile,
                NewsPriors.count(new EntityTagger(loadClusters(clustersFile), gazetteer, model), newsFile));
        log.printf(Locale.ROOT, "news priors: %d words mostly inside names, %.1fs%n", named, (System.nanoTime() - t0) / 1e9);
        log.printf(Locale.ROOT, "stage 2 (with news priors), %d epochs%n", epochs);
        Fit fit = fit(loadClusters(clustersFile), gazetteer, train, dev, epochs, bits, seed, log);
        model = fit.model();
        EntityScorer scorer = fit.scorer();
        log.print(scorer.report());

        try (OutputStream o = Files.newOutputStream(out.resolve(EntityTagger.MODEL_FILE))) {
            model.write(o);
        }
        Properties p = new Properties();
        p.setProperty("model", "averaged structured perceptron, first-order Viterbi, IOB2 constraints");
        p.setProperty("trained.at", Instant.now().toString());
        p.setProperty("train.file", trainFile.getFileName().toString());
        p.setProperty("train.sentences", Integer.toString(train.size()));
        p.setProperty("dev.sentences", Integer.toString(dev.size()) + " (last 10% of train.txt)");
        p.setProperty("news.file", newsFile.getFileName().toString());
        p.setProperty("epochs", Integer.toString(epochs));
        p.setProperty("feature.bits", Integer.toString(bits));
        p.setProperty("feature.templates", Integer.toString(FeatureExtractor.TEMPLATES));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("clusters", clusterSettings.toString());
        p.setProperty("clusters.words", Integer.toString(clusteredWords));
        p.setProperty("dev.f1.micro", format(scorer.microF1()));
        for (NameType t : NameType.values()) {
            p.setProperty("dev.f1." + t.name(), format(scorer.f1(t)));
        }
        p.setProperty("command", "java -cp ... io.khabar.entities.NerTrainer --train " + trainFile + " --news " + newsFile
                + " --out " + out + " --epochs " + epochs + " --bits " + bits + " --seed " + seed);
        try (var w = Files.newBufferedWriter(out.resolve("model.properties"), StandardCharsets.UTF_8)) {
            p.store(w, "Khabar entity model: training data, settings and dev scores (written by NerTrainer)");
        }
        return scorer;
    }

    private record Fit(PerceptronModel model, EntityScorer scorer) {
    }

    private static Fit fit(WordClusters clusters, Gazetteer gazetteer, List<ConllCorpus.Sentence> train,
                           List<ConllCorpus.Sentence> dev, int epochs, int bits, long seed, PrintStream log) {
        FeatureExtractor features = new FeatureExtractor(clusters, gazetteer, bits);
        List<PerceptronTrainer.Example> trainExamples = examples(train, features);
        List<PerceptronTrainer.Example> devExamples = examples(dev, features);
        PerceptronTrainer trainer = new PerceptronTrainer(bits);
        Random random = new Random(seed);
        PerceptronModel model = null;
        EntityScorer scorer = null;
        for (int e = 1; e <= epochs; e++) {
            int errors = trainer.epoch(trainExamples, random);
            model = trainer.averaged();
            scorer = score(model, devExamples);
            log.printf(Locale.ROOT, "epoch %2d: %d token errors, dev micro F1 %.4f%n", e, errors, scorer.microF1());
        }
        return new Fit(model, scorer);
    }

    private static WordClusters loadClusters(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WordClusters.read(in);
        }
    }

    static List<PerceptronTrainer.Example> examples(List<ConllCorpus.Sentence> sentences, FeatureExtractor features) {
        List<PerceptronTrainer.Example> out = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence s : sentences) {
            TokenSpans spans = TokenSpans.of(s.tokens());
            int[] gold = new int[s.tags().size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = Labels.id(s.tags().get(i));
            }
            out.add(new PerceptronTrainer.Example(features.extract(spans), gold));
        }
        return out;
    }

    static EntityScorer score(PerceptronModel model, List<PerceptronTrainer.Example> examples) {
        EntityScorer scorer = new EntityScorer();
        for (PerceptronTrainer.Example ex : examples) {
            scorer.add(ex.gold(), model.decode(ex.feats(), ex.size()));
        }
        return scorer;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
