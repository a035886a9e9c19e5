package io.khabar.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.khabar.model.Entity;

/**
 * Tags people, places, organizations and other names in the paragraphs of one article, and gives every mention
 * the canonical name shared by all variants of its entity within the article.
 *
 * <p>The model is an averaged structured perceptron with first-order Viterbi decoding over hashed features (see
 * {@code entities/MODEL.md}); it ships on the classpath and is retrained with {@link NerTrainer}.
 * Instances are immutable and thread-safe: load once with {@link #loadDefault()} and share.
 */
public final class EntityTagger {

    static final String RESOURCES = "/io/khabar/entities/";
    static final String MODEL_FILE = "ner-model.bin.gz";
    static final String CLUSTERS_FILE = "clusters.tsv.gz";

    private final FeatureExtractor features;
    private final PerceptronModel model;
    private final EntityCanonicalizer canonicalizer;

    EntityTagger(WordClusters clusters, Gazetteer gazetteer, PerceptronModel model) {
        this.features = new FeatureExtractor(clusters, gazetteer, model.bits);
        this.model = model;
        this.canonicalizer = new EntityCanonicalizer(gazetteer, clusters);
    }

    /** The tagger with the model that ships on the classpath. Thread-safe; loaded once and shared. */
    public static EntityTagger loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** A tagger with the model and clusters written by {@link NerTrainer} into {@code dir}. */
    public static EntityTagger load(Path dir) throws IOException {
        try (InputStream m = Files.newInputStream(dir.resolve(MODEL_FILE));
             InputStream c = Files.newInputStream(dir.resolve(CLUSTERS_FILE))) {
            return new EntityTagger(WordClusters.read(c), defaultGazetteer(), PerceptronModel.read(m));
        }
    }

    static Gazetteer defaultGazetteer() {
        try (InputStream names = resource("gazetteer.txt"); InputStream triggers = resource("triggers.txt")) {
            return Gazetteer.read(names, triggers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = EntityTagger.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("missing classpath resource " + RESOURCES + name);
        }
        return in;
    }

    /** Entities of an article's body paragraphs (index = position in the list), in paragraph and offset order. */
    public List<Entity> tagArticle(List<String> paragraphs) {
        List<EntityCanonicalizer.Mention> mentions = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            if (text == null || text.isEmpty()) {
                continue;
            }
            TokenSpans tokens = ArabicTokenizer.tokenize(text);
            FeatureExtractor.Extracted x = features.extractAll(tokens);
            int[] labels = model.decode(x.feats(), tokens.size());
            NameRules.apply(tokens, x, labels);
            for (EntityScorer.Chunk c : EntityScorer.chunks(labels)) {
                int start = tokens.starts()[c.start()];
                int end = tokens.ends()[c.end() - 1];
                mentions.add(new EntityCanonicalizer.Mention(c.type(), text.substring(start, end), p, start, end));
            }
        }
        return canonicalizer.resolve(mentions);
    }

    /** IOB2 tags (ANERcorp tag set: B-/I-PERS, LOC, ORG, MISC, O) for already tokenized text. */
    public List<String> tagTokens(List<String> tokens) {
        int[] labels = labels(TokenSpans.of(tokens));
        List<String> out = new ArrayList<>(labels.length);
        for (int l : labels) {
            out.add(Labels.name(l));
        }
        return out;
    }

    /** Number of tokens in {@code text} as this tagger splits it. */
    public static int countTokens(String text) {
        return ArabicTokenizer.tokenize(text).size();
    }

    int[] labels(TokenSpans tokens) {
        return model.decode(features.extract(tokens), tokens.size());
    }

    private static final class DefaultHolder {
        static final EntityTagger INSTANCE = loadFromClasspath();

        private static EntityTagger loadFromClasspath() {
            try (InputStream m = resource(MODEL_FILE); InputStream c = resource(CLUSTERS_FILE)) {
                return new EntityTagger(WordClusters.read(c), defaultGazetteer(), PerceptronModel.read(m));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the entity model; retrain with io.khabar.entities.NerTrainer", e);
            }
        }
    }
}
