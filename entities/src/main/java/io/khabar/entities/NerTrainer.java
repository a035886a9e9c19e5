package io.khabar.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

/**
 * Retrains the shipped model from the data files:
 * {@code NerTrainer --train anercorp/train.txt --news ant.jsonl --out entities/src/main/resources/io/khabar/entities}
 * [{@code --holdout-out DIR}] [{@code --epochs N}] [{@code --bits B}] [{@code --seed S}] [{@code --members M}].
 *
 * <p>Trains twice. The <em>holdout run</em> holds out the last 10% of the training sentences as a dev set, learns
 * word clusters from the news file, computes news tag priors by self-training ({@link #PRIOR_ROUNDS} rounds), trains
 * the first-pass and the document-pass perceptrons on the other 90% (each the mean of {@code M} perceptrons that see
 * the sentences in different orders), chooses the document pass's epochs and O shift by cross-validation on those
 * 90%, and prints dev F1 per epoch and per type; its model is written to {@code --holdout-out} when given. The
 * <em>final run</em> repeats the same training, with the settings chosen by the holdout run, on all the sentences,
 * and writes the model that ships: {@code ner-model.bin.gz}, {@code ner-doc-model.bin.gz}, {@code clusters.tsv.gz}
 * and {@code model.properties} (which records the holdout run's dev scores) into {@code --out}.
 */
public final class NerTrainer {

    private static final int FOLDS = 5;
    /** Self-training rounds: each tags the news with a model that used the previous round's priors. */
    static final int PRIOR_ROUNDS = 2;

    private NerTrainer() {
    }

    /** Fold {@code k} of {@code folds} contiguous blocks of a list of {@code n}: items [from, to). */
    record Fold(int from, int to) {

        static Fold of(int n, int k, int folds) {
            return new Fold((int) ((long) n * k / folds), (int) ((long) n * (k + 1) / folds));
        }

        /** The fold's own items, the ones held out. */
        <T> List<T> held(List<T> all) {
            return all.subList(from, to);
        }

        /** Every item but the fold's, in order: what a model for this fold trains on. */
        <T> List<T> rest(List<T> all) {
            List<T> rest = new ArrayList<>(all.subList(0, from));
            rest.addAll(all.subList(to, all.size()));
            return rest;
        }
    }

    /** Command-line entry point; see the class comment for arguments. */
    public static void main(String[] args) throws IOException {
        Path train = null;
        Path news = null;
        Path out = null;
        Path holdoutOut = null;
        int epochs = 12;
        int bits = 20;
        long seed = 7;
        int members = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--train" -> train = Path.of(args[i + 1]);
                case "--news" -> news = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--holdout-out" -> holdoutOut = Path.of(args[i + 1]);
                case "--epochs" -> epochs = Integer.parseInt(args[i + 1]);
                case "--bits" -> bits = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--members" -> members = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (train == null || news == null || out == null) {
            throw new IllegalArgumentException("usage: NerTrainer --train PATH --news PATH --out DIR"
                    + " [--holdout-out DIR] [--epochs N] [--bits B] [--seed S] [--members M]");
        }
        train(train, news, out, holdoutOut, epochs, bits, seed, new Learner(members), System.out);
    }

    static EntityScorer train(Path trainFile, Path newsFile, Path out, Path holdoutOut, int epochs, int bits, long seed,
                              Learner learner, PrintStream log) throws IOException {
        Files.createDirectories(out);
        List<ConllCorpus.Sentence> all = ConllCorpus.read(trainFile, true);
        int split = all.size() - all.size() / 10;
        List<ConllCorpus.Sentence> train = all.subList(0, split);
        List<ConllCorpus.Sentence> dev = all.subList(split, all.size());
        Settings settings = new Settings(trainFile, newsFile, out, holdoutOut, epochs, bits, seed, learner);

        log.printf(Locale.ROOT, "holdout run: %d sentences to train, %d dev (last 10%%)%n", train.size(), dev.size());
        Path holdoutDir = holdoutOut != null ? Files.createDirectories(holdoutOut)
                : Files.createTempDirectory("khabar-ner-holdout");
        Run holdout = run(train, dev, null, settings, holdoutDir, log);
        if (holdoutOut != null) {
            writeProperties(holdoutOut, settings, holdout, holdout,
                    train.size() + " (first 90% of " + trainFile.getFileName() + ")", dev.size());
        } else {
            deleteRecursively(holdoutDir);
        }

        log.printf(Locale.ROOT, "final run: all %d sentences, with the holdout run's settings (%d document epochs,"
                + " O shift %.1f)%n", all.size(), holdout.tuning().epochs(), holdout.tuning().shift());
        Run shipped = run(all, List.of(), holdout.tuning(), settings, out, log);
        writeProperties(out, settings, shipped, holdout, all.size() + " (all of " + trainFile.getFileName()
                + "; the dev figures are the holdout run's)", dev.size());
        return holdout.scorer();
    }

    /** The trainer's inputs and fixed settings. */
    private record Settings(Path trainFile, Path newsFile, Path out, Path holdoutOut, int epochs, int bits, long seed,
                            Learner learner) {
    }

    /** What one run produced: dev scores (empty without dev), the document pass's tuning, the clustered words. */
    private record Run(EntityScorer scorer, Tuning tuning, int clusteredWords, ClusterBuilder.Settings clusters) {
    }

    /**
     * One full training on {@code train}: clusters and news priors, the first pass, the document pass (tuned by
     * cross-validation on {@code train} unless {@code tuning} is given), written into {@code out}; scored on
     * {@code dev} when it is not empty.
     */
    private static Run run(List<ConllCorpus.Sentence> train, List<ConllCorpus.Sentence> dev, Tuning tuning,
                           Settings settings, Path out, PrintStream log) throws IOException {
        Learner learner = settings.learner();
        int epochs = settings.epochs();
        int bits = settings.bits();
        long seed = settings.seed();
        long t0 = System.nanoTime();
        ClusterBuilder.Settings clusterSettings = ClusterBuilder.Settings.defaults();
        ClusterBuilder builder = new ClusterBuilder(clusterSettings);
        builder.addJsonLines(settings.newsFile());
        Path clustersFile = out.resolve(EntityTagger.CLUSTERS_FILE);
        int clusteredWords;
        try (OutputStream o = Files.newOutputStream(clustersFile)) {
            clusteredWords = builder.write(o);
        }
        log.printf(Locale.ROOT, "word statistics: %d words in %.1fs%n", clusteredWords, (System.nanoTime() - t0) / 1e9);

        Gazetteer gazetteer = EntityTagger.defaultGazetteer();
        int stage1Epochs = Math.max(1, epochs / 2);
        PerceptronModel model = null;
        for (int round = 1; round <= PRIOR_ROUNDS; round++) {
            log.printf(Locale.ROOT, "stage 1, round %d (%s), %d epochs%n", round,
                    round == 1 ? "no news priors" : "news priors of round " + (round - 1), stage1Epochs);
            model = fit(learner, loadClusters(clustersFile), gazetteer, train, dev, stage1Epochs, bits, seed, log).model();
            t0 = System.nanoTime();
            EntityTagger stage1 = new EntityTagger(loadClusters(clustersFile), gazetteer, model);
            int named = NewsPriors.addTo(clustersFile, NewsPriors.count(stage1, settings.newsFile()));
            log.printf(Locale.ROOT, "news priors: %d words mostly inside names, %.1fs%n", named,
                    (System.nanoTime() - t0) / 1e9);
        }
        log.printf(Locale.ROOT, "stage 2 (with news priors), %d epochs%n", epochs);
        FeatureExtractor features = new FeatureExtractor(loadClusters(clustersFile), gazetteer, bits);
        List<FeatureExtractor.Extracted> trainX = extracted(train, features);
        List<FeatureExtractor.Extracted> devX = extracted(dev, features);
        List<PerceptronTrainer.Example> trainExamples = examples(train, trainX, null);
        List<PerceptronTrainer.Example> devExamples = examples(dev, devX, null);
        Fit fit = fit(learner, trainExamples, devExamples, FeatureExtractor.TEMPLATES, epochs, bits, seed, log);
        model = fit.model();
        if (!dev.isEmpty()) {
            log.print(fit.scorer().report());
        }

        t0 = System.nanoTime();
        List<int[]> outOfFold = outOfFold(learner, trainExamples, FOLDS, epochs, bits, seed);
        log.printf(Locale.ROOT, "first-pass labels of the training sentences from %d folds, %.1fs%n", FOLDS,
                (System.nanoTime() - t0) / 1e9);
        List<int[]> devPass1 = new ArrayList<>(devExamples.size());
        for (PerceptronTrainer.Example ex : devExamples) {
            devPass1.add(model.decode(ex.feats(), ex.size()));
        }
        DocumentFeatures docFeatures = new DocumentFeatures(bits);
        List<PerceptronTrainer.Example> trainDoc = examples(train, trainX,
                docFeatures.extend(feats(trainX), keys(train, trainX), outOfFold, EntityTagger.DOC_WINDOW));
        List<PerceptronTrainer.Example> devDoc = examples(dev, devX,
                docFeatures.extend(feats(devX), keys(dev, devX), devPass1, EntityTagger.DOC_WINDOW));
        log.printf(Locale.ROOT, "stage 3 (document features, window ±%d sentences), %d epochs%n",
                EntityTagger.DOC_WINDOW, epochs);
        int biasFeature = features.biasFeature();
        if (tuning == null) {
            t0 = System.nanoTime();
            tuning = tune(learner, trainDoc, FOLDS, epochs, bits, seed, biasFeature);
            log.printf(Locale.ROOT, "cross-validated on the training sentences (%d folds, %.1fs): %d epochs, O shift"
                            + " %.1f, F1 %.4f (no shift, all epochs: %.4f)%n", FOLDS, (System.nanoTime() - t0) / 1e9,
                    tuning.epochs(), tuning.shift(), tuning.f1(), tuning.baseline());
        }
        Fit docFit = fit(learner, trainDoc, devDoc, DocumentFeatures.ALL, tuning.epochs(), bits, seed, log, biasFeature,
                tuning.shift());
        EntityScorer scorer = docFit.scorer();
        if (!dev.isEmpty()) {
            log.print(scorer.report());
        }

        CommonWords common = CommonWords.fromTraining(train, trainX);
        try (OutputStream o = Files.newOutputStream(out.resolve(EntityTagger.COMMON_WORDS_FILE))) {
            common.write(o);
        }
        log.printf(Locale.ROOT, "common words: %d listed one-word organization names the training sentences leave untagged%n",
                common.size());
        try (OutputStream o = Files.newOutputStream(out.resolve(EntityTagger.DOC_MODEL_FILE))) {
            docFit.model().write(o);
        }
        try (OutputStream o = Files.newOutputStream(out.resolve(EntityTagger.MODEL_FILE))) {
            model.write(o);
        }
        return new Run(scorer, tuning, clusteredWords, clusterSettings);
    }

    /** {@code model.properties}: the run's data and settings, and the dev scores and tuning of the holdout run. */
    private static void writeProperties(Path out, Settings settings, Run run, Run holdout, String trainDescription,
                                        int devSentences) throws IOException {
        Learner learner = settings.learner();
        Properties p = new Properties();
        p.setProperty("model", "averaged structured perceptron (mean of " + learner.members() + " shuffling orders),"
                + " first-order Viterbi, IOB2 constraints; second pass with document features (first-pass labels from "
                + FOLDS + " folds)");
        p.setProperty("members", Integer.toString(learner.members()));
        p.setProperty("news.prior.rounds", Integer.toString(PRIOR_ROUNDS));
        p.setProperty("trained.at", Instant.now().toString());
        p.setProperty("train.file", settings.trainFile().getFileName().toString());
        p.setProperty("train.sentences", trainDescription);
        p.setProperty("dev.sentences", devSentences + " (last 10% of " + settings.trainFile().getFileName()
                + ", held out by the holdout run)");
        p.setProperty("news.file", settings.newsFile().getFileName().toString());
        p.setProperty("epochs", Integer.toString(settings.epochs()));
        p.setProperty("feature.bits", Integer.toString(settings.bits()));
        p.setProperty("feature.templates", FeatureExtractor.TEMPLATES + " + " + DocumentFeatures.TEMPLATES + " document");
        p.setProperty("document.window", "±" + EntityTagger.DOC_WINDOW + " sentences (whole article when tagging articles)");
        p.setProperty("seed", Long.toString(settings.seed()));
        p.setProperty("document.epochs", run.tuning().epochs() + " (" + FOLDS
                + "-fold cross-validation on the holdout run's training sentences)");
        p.setProperty("document.o.shift", format(run.tuning().shift()) + " (same cross-validation)");
        p.setProperty("document.cv.f1", format(run.tuning().f1()));
        p.setProperty("clusters", run.clusters().toString());
        p.setProperty("clusters.words", Integer.toString(run.clusteredWords()));
        p.setProperty("dev.f1.micro", format(holdout.scorer().microF1()));
        for (NameType t : NameType.values()) {
            p.setProperty("dev.f1." + t.name(), format(holdout.scorer().f1(t)));
        }
        p.setProperty("gazetteer.sha256", resourceDigest("gazetteer.txt") + " (the gazetteer.txt the model was trained with)");
        p.setProperty("triggers.sha256", resourceDigest("triggers.txt") + " (the triggers.txt the model was trained with)");
        p.setProperty("command", "java -cp ... io.khabar.entities.NerTrainer --train " + settings.trainFile()
                + " --news " + settings.newsFile() + " --out " + settings.out()
                + (settings.holdoutOut() == null ? "" : " --holdout-out " + settings.holdoutOut())
                + " --epochs " + settings.epochs()
                + " --bits " + settings.bits() + " --seed " + settings.seed() + " --members " + learner.members());
        try (var w = Files.newBufferedWriter(out.resolve("model.properties"), StandardCharsets.UTF_8)) {
            p.store(w, "Khabar entity model: training data, settings and dev scores (written by NerTrainer)");
        }
    }

    /** SHA-256 (hex) of a list on the classpath, so that a model records which lists its features were learned with. */
    static String resourceDigest(String name) throws IOException {
        try (InputStream in = EntityTagger.resource(name)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** How the weights are learned: the mean of {@code members} averaged perceptrons that see different orders. */
    record Learner(int members) {
        SequenceTrainer create(int bits, int templates) {
            if (members == 1) {
                return new PerceptronTrainer(bits, templates);
            }
            List<SequenceTrainer> list = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                list.add(new PerceptronTrainer(bits, templates));
            }
            return new SeedAveragedTrainer(list);
        }
    }

    private record Fit(PerceptronModel model, EntityScorer scorer) {
    }

    private static Fit fit(Learner learner, WordClusters clusters, Gazetteer gazetteer,
                           List<ConllCorpus.Sentence> train, List<ConllCorpus.Sentence> dev, int epochs, int bits,
                           long seed, PrintStream log) {
        FeatureExtractor features = new FeatureExtractor(clusters, gazetteer, bits);
        return fit(learner, examples(train, extracted(train, features), null),
                examples(dev, extracted(dev, features), null), FeatureExtractor.TEMPLATES, epochs, bits, seed, log);
    }

    private static Fit fit(Learner learner, List<PerceptronTrainer.Example> trainExamples,
                           List<PerceptronTrainer.Example> devExamples, int templates, int epochs, int bits, long seed,
                           PrintStream log) {
        return fit(learner, trainExamples, devExamples, templates, epochs, bits, seed, log, 0, 0f);
    }

    /** Candidate shifts of the O score tried by {@link #tune}. */
    private static final float[] SHIFTS = {0f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f};

    record Tuning(int epochs, float shift, double f1, double baseline) {
    }

    /**
     * Chooses the number of epochs and the O shift by cross-validation on the training sentences only: each
     * contiguous fold is tagged by a model trained on the others, after every epoch and with every shift.
     */
    static Tuning tune(Learner learner, List<PerceptronTrainer.Example> examples, int folds, int epochs, int bits,
                       long seed, int biasFeature) {
        EntityScorer[][] scorers = new EntityScorer[epochs][SHIFTS.length];
        for (EntityScorer[] row : scorers) {
            for (int b = 0; b < row.length; b++) {
                row[b] = new EntityScorer();
            }
        }
        for (int k = 0; k < folds; k++) {
            Fold fold = Fold.of(examples.size(), k, folds);
            List<PerceptronTrainer.Example> rest = fold.rest(examples);
            SequenceTrainer trainer = learner.create(bits, examples.get(0).feats().length / Math.max(1, examples.get(0).size()));
            Random random = new Random(seed + 100 + k);
            for (int e = 0; e < epochs; e++) {
                trainer.epoch(rest, random);
                PerceptronModel model = trainer.averaged();
                float applied = 0;
                for (int b = 0; b < SHIFTS.length; b++) {
                    model.shiftOutside(biasFeature, SHIFTS[b] - applied);
                    applied = SHIFTS[b];
                    for (PerceptronTrainer.Example ex : fold.held(examples)) {
                        scorers[e][b].add(ex.gold(), model.decode(ex.feats(), ex.size()));
                    }
                }
            }
        }
        int bestE = epochs - 1;
        int bestB = 0;
        for (int e = 0; e < epochs; e++) {
            for (int b = 0; b < SHIFTS.length; b++) {
                if (scorers[e][b].microF1() > scorers[bestE][bestB].microF1()) {
                    bestE = e;
                    bestB = b;
                }
            }
        }
        return new Tuning(bestE + 1, SHIFTS[bestB], scorers[bestE][bestB].microF1(), scorers[epochs - 1][0].microF1());
    }

    private static Fit fit(Learner learner, List<PerceptronTrainer.Example> trainExamples,
                           List<PerceptronTrainer.Example> devExamples, int templates, int epochs, int bits, long seed,
                           PrintStream log, int biasFeature, float shift) {
        SequenceTrainer trainer = learner.create(bits, templates);
        Random random = new Random(seed);
        PerceptronModel model = null;
        EntityScorer scorer = null;
        for (int e = 1; e <= epochs; e++) {
            int errors = trainer.epoch(trainExamples, random);
            model = trainer.averaged();
            model.shiftOutside(biasFeature, shift);
            if (devExamples.isEmpty()) {
                log.printf(Locale.ROOT, "epoch %2d: %d token errors%n", e, errors);
            } else {
                scorer = score(model, devExamples);
                log.printf(Locale.ROOT, "epoch %2d: %d token errors, dev micro F1 %.4f%n", e, errors, scorer.microF1());
            }
        }
        return new Fit(model, scorer);
    }

    private static WordClusters loadClusters(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WordClusters.read(in);
        }
    }

    /**
     * First-pass labels of every training sentence from a model that did not see it: {@code folds} contiguous
     * blocks, each tagged by a model trained on the others, so the document features are as noisy in training as
     * they are on new text.
     */
    static List<int[]> outOfFold(Learner learner, List<PerceptronTrainer.Example> examples, int folds, int epochs,
                                 int bits, long seed) {
        List<int[]> out = new ArrayList<>(examples.size());
        for (int k = 0; k < folds; k++) {
            Fold fold = Fold.of(examples.size(), k, folds);
            List<PerceptronTrainer.Example> rest = fold.rest(examples);
            SequenceTrainer trainer = learner.create(bits, FeatureExtractor.TEMPLATES);
            Random random = new Random(seed + k);
            for (int e = 0; e < epochs; e++) {
                trainer.epoch(rest, random);
            }
            PerceptronModel model = trainer.averaged();
            for (PerceptronTrainer.Example ex : fold.held(examples)) {
                out.add(model.decode(ex.feats(), ex.size()));
            }
        }
        return out;
    }

    static List<FeatureExtractor.Extracted> extracted(List<ConllCorpus.Sentence> sentences, FeatureExtractor features) {
        List<FeatureExtractor.Extracted> out = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence s : sentences) {
            out.add(features.extractAll(TokenSpans.of(s.tokens())));
        }
        return out;
    }

    /** The base features of each sentence. */
    static List<int[]> feats(List<FeatureExtractor.Extracted> xs) {
        List<int[]> out = new ArrayList<>(xs.size());
        for (FeatureExtractor.Extracted x : xs) {
            out.add(x.feats());
        }
        return out;
    }

    /** The document keys of each sentence ({@link EntityTagger#documentKeys}). */
    static List<long[]> keys(List<ConllCorpus.Sentence> sentences, List<FeatureExtractor.Extracted> xs) {
        List<long[]> out = new ArrayList<>(xs.size());
        for (int k = 0; k < xs.size(); k++) {
            out.add(EntityTagger.documentKeys(TokenSpans.of(sentences.get(k).tokens()), xs.get(k)));
        }
        return out;
    }

    /** Examples with the gold labels; {@code feats} replaces the extracted base features when not null. */
    static List<PerceptronTrainer.Example> examples(List<ConllCorpus.Sentence> sentences,
                                                    List<FeatureExtractor.Extracted> xs, List<int[]> feats) {
        List<PerceptronTrainer.Example> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            ConllCorpus.Sentence s = sentences.get(k);
            int[] gold = new int[s.tags().size()];
            for (int i = 0; i < gold.length; i++) {
                gold[i] = Labels.id(s.tags().get(i));
            }
            out.add(new PerceptronTrainer.Example(feats == null ? xs.get(k).feats() : feats.get(k), gold));
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
