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
    static final String DOC_MODEL_FILE = "ner-doc-model.bin.gz";
    static final String COMMON_WORDS_FILE = CommonWords.FILE;
    /** Sentences on each side that count as one document when the input has no article boundaries (CoNLL). */
    static final int DOC_WINDOW = 20;

    private final FeatureExtractor features;
    private final SequenceDecoder model;
    /** Second pass over document features ({@link DocumentFeatures}); null = first pass only. */
    private final SequenceDecoder docModel;
    /**
     * Both passes in one table when both are compact quantized models, as the load methods give them (same labels,
     * half the reads).
     */
    private final TwoPassModel twoPass;
    private final DocumentFeatures docFeatures;
    private final EntityCanonicalizer canonicalizer;
    private final Gazetteer gazetteer;
    private final CommonWords commonWords;
    private final WordClusters clusters;

    EntityTagger(WordClusters clusters, Gazetteer gazetteer, SequenceDecoder model) {
        this(clusters, gazetteer, model, null, CommonWords.unknown());
    }

    EntityTagger(WordClusters clusters, Gazetteer gazetteer, SequenceDecoder model, SequenceDecoder docModel,
                 CommonWords commonWords) {
        if (docModel != null && (docModel.bits() != model.bits() || docModel.templates() != DocumentFeatures.ALL)) {
            throw new IllegalArgumentException("document model does not match the first-pass model; retrain with NerTrainer");
        }
        this.features = new FeatureExtractor(clusters, gazetteer, model.bits());
        this.model = model;
        this.docModel = docModel;
        this.twoPass = model instanceof QuantizedModel first && docModel instanceof QuantizedModel second
                && first.templates() == FeatureExtractor.TEMPLATES && first.fitsInBytes() && second.fitsInBytes()
                ? new TwoPassModel(first, second) : null;
        this.docFeatures = new DocumentFeatures(model.bits());
        this.canonicalizer = new EntityCanonicalizer(gazetteer, clusters);
        this.gazetteer = gazetteer;
        this.commonWords = commonWords;
        this.clusters = clusters;
    }

    /** The tagger with the model that ships on the classpath. Thread-safe; loaded once and shared. */
    public static EntityTagger loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    /**
     * A tagger with the model, clusters and common words written by {@link NerTrainer} into {@code dir} (in a directory
     * written before the common words were, article mode tags no listed one-word name by the listing alone).
     */
    public static EntityTagger load(Path dir) throws IOException {
        for (String file : List.of(MODEL_FILE, DOC_MODEL_FILE, CLUSTERS_FILE)) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IOException("not a model directory written by NerTrainer: " + dir + " has no " + file);
            }
        }
        CommonWords common = CommonWords.unknown();
        if (Files.isRegularFile(dir.resolve(COMMON_WORDS_FILE))) {
            try (InputStream w = Files.newInputStream(dir.resolve(COMMON_WORDS_FILE))) {
                common = CommonWords.read(w);
            }
        }
        try (InputStream m = Files.newInputStream(dir.resolve(MODEL_FILE));
             InputStream d = Files.newInputStream(dir.resolve(DOC_MODEL_FILE));
             InputStream c = Files.newInputStream(dir.resolve(CLUSTERS_FILE))) {
            return read(m, d, c, common);
        }
    }

    /** A tagger from the files {@link NerTrainer} writes: the two passes' models (compact) and the clusters. */
    private static EntityTagger read(InputStream model, InputStream docModel, InputStream clusters,
                                     CommonWords common) throws IOException {
        return new EntityTagger(WordClusters.read(clusters), defaultGazetteer(), QuantizedModel.readForTagging(model),
                QuantizedModel.readForTagging(docModel), common);
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

    /**
     * Entities of an article's body paragraphs (index = position in the list), in paragraph and offset order: the
     * model's labels over the whole article, the per-sentence corrections ({@link NameRules#apply},
     * {@link ListedNames#trimAfterListedPersons}), the document-level
     * ones ({@link #correctDocument}), quoted persons' names grown to the quotes
     * ({@link QuotedNames#growPersonsToQuotes}), the untagged repeats of the article's names ({@link NameRepeats},
     * {@link PersonRepeats}, {@link OrganizationRepeats}), then
     * canonical names ({@link EntityCanonicalizer}).
     */
    public List<Entity> tagArticle(List<String> paragraphs) {
        List<EntityCanonicalizer.Mention> mentions = new ArrayList<>();
        List<TokenSpans> sentences = new ArrayList<>(paragraphs.size());
        List<Integer> index = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            if (text != null && !text.isEmpty()) {
                sentences.add(ArabicTokenizer.tokenize(text));
                index.add(p);
            }
        }
        Tagged tagged = tag(sentences, Integer.MAX_VALUE);
        for (int k = 0; k < sentences.size(); k++) {
            NameRules.apply(sentences.get(k), tagged.extracted().get(k), tagged.labels().get(k), gazetteer,
                    commonWords);
            ListedNames.trimAfterListedPersons(sentences.get(k), tagged.extracted().get(k), tagged.labels().get(k),
                    clusters);
            ListedNames.splitAfterListedSurnames(sentences.get(k), tagged.extracted().get(k), tagged.labels().get(k),
                    gazetteer);
        }
        correctDocument(sentences, tagged.extracted(), tagged.labels(), clusters, gazetteer, Integer.MAX_VALUE);
        NameRepeats.tag(tagged.extracted(), tagged.labels());
        PersonRepeats.tag(sentences, tagged.extracted(), tagged.labels(), clusters, gazetteer);
        OrganizationRepeats.tag(sentences, tagged.extracted(), tagged.labels(), gazetteer, commonWords);
        for (int k = 0; k < sentences.size(); k++) {
            int p = index.get(k);
            String text = paragraphs.get(p);
            TokenSpans tokens = sentences.get(k);
            int[] labels = tagged.labels().get(k);
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
        int[] labels = conllLabels(List.of(TokenSpans.of(tokens)), 0).get(0);
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
        return tag(List.of(tokens), 0).labels().get(0);
    }

    /** Labels of the sentences of one document; {@code window} = sentences on each side that share evidence. */
    List<int[]> labels(List<TokenSpans> sentences, int window) {
        return tag(sentences, window).labels();
    }

    /**
     * CoNLL-mode labels ({@code khabar tag --conll}, the dev-set figures): the model's, with the corrections of
     * {@link NameRules#applyConll} that follow ANERcorp's own conventions, then the document-level corrections within
     * {@code window} sentences ({@link #correctDocument}).
     */
    List<int[]> conllLabels(List<TokenSpans> sentences, int window) {
        Tagged tagged = tag(sentences, window);
        correctConll(sentences, tagged.extracted(), tagged.labels(), clusters, gazetteer, window);
        return tagged.labels();
    }

    /**
     * The CoNLL-mode corrections of a document's labels (changed in place): {@link NameRules#applyConll} in each
     * sentence, the document-level corrections ({@link #correctDocument}), lone given names after a title
     * ({@link GivenNames#tagLoneGivenNamesAfterTitles}) and one-word names repeated in the window
     * ({@link WordRepeats}). {@code khabar tag --conll} and {@link CorrectionsReport} both run them.
     */
    static void correctConll(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                             WordClusters clusters, Gazetteer gazetteer, int window) {
        for (int k = 0; k < sentences.size(); k++) {
            NameRules.applyConll(sentences.get(k), xs.get(k), labels.get(k), gazetteer);
        }
        correctDocument(sentences, xs, labels, clusters, gazetteer, window);
        for (int k = 0; k < sentences.size(); k++) {
            GivenNames.tagLoneGivenNamesAfterTitles(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
        }
        WordRepeats.tag(sentences, xs, labels, window);
    }

    /**
     * The document-level corrections, after the per-sentence ones ({@link NameRules}), in both modes: unknown towns
     * ({@link TownNames}), unknown family names after a given name ({@link UnknownFamilyNames}), two persons run
     * together or a family name run on into the next word ({@link JoinedPersons}), lone family names of persons named
     * in full ({@link SurnameRepeats}); then in each sentence the speakers' names ({@link SpeakerNames}), names between
     * commas after a title ({@link AppositiveNames}), a given name after a kinship word, the given name before a
     * person's name and a given and family name after a title ({@link GivenNames}) and
     * persons introduced as "called …" ({@link CalledNames}), a person's name grown to the family name of the
     * nisba form after it ({@link PersonNames#growToNisbaFamilyNames}), and unknown places in lists of places
     * ({@link PlaceLists});
     * {@code window} = sentences on each side whose evidence counts ({@link DocumentWindow}).
     */
    static void correctDocument(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                                WordClusters clusters, Gazetteer gazetteer, int window) {
        TownNames.tag(sentences, xs, labels, clusters, window);
        UnknownFamilyNames.tag(sentences, xs, labels, clusters, window);
        JoinedPersons.split(sentences, xs, labels, clusters, window);
        JoinedPersons.splitSurnameRunOns(sentences, xs, labels, clusters, window);
        SurnameRepeats.tag(sentences, xs, labels, clusters, gazetteer, window);
        HouseNameRepeats.tag(xs, labels, window);
        NotNames.retypeStormRepeats(xs, labels, window);
        for (int k = 0; k < sentences.size(); k++) {
            SpeakerNames.tag(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            AppositiveNames.tag(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            NationalityNames.tag(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            GivenNames.tagAfterKinship(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            GivenNames.grow(sentences.get(k), xs.get(k), labels.get(k), gazetteer);
            GivenNames.joinUnknownGivenNames(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            GivenNames.tagConjoinedGivenNames(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            GivenNames.growFamilyNames(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            GivenNames.tagAfterTitles(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            GivenNames.tagUnknownNamesAfterTitles(sentences.get(k), xs.get(k), labels.get(k), clusters);
            CalledNames.tag(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            QuotedNames.growPersonsToQuotes(sentences.get(k), xs.get(k), labels.get(k), clusters);
            ClubNames.retypePersonsAfterCompanyWords(xs.get(k).words(), labels.get(k));
            PersonNames.growToNisbaFamilyNames(sentences.get(k), xs.get(k), labels.get(k), gazetteer, clusters);
            PlaceLists.tag(sentences.get(k), labels.get(k), clusters);
        }
    }

    private record Tagged(List<FeatureExtractor.Extracted> extracted, List<int[]> labels) {
    }

    /**
     * Both passes over the sentences of one document. With the stacked table ({@link TwoPassModel}) the second
     * pass's base-feature sums come out of the first pass's row reads; otherwise each pass decodes on its own.
     */
    private Tagged tag(List<TokenSpans> sentences, int window) {
        int ns = sentences.size();
        List<FeatureExtractor.Extracted> xs = new ArrayList<>(ns);
        List<int[]> pass1 = new ArrayList<>(ns);
        List<int[]> secondSums = new ArrayList<>(ns);
        for (TokenSpans tokens : sentences) {
            FeatureExtractor.Extracted x = features.extractAll(tokens);
            xs.add(x);
            if (twoPass != null) {
                int[] sums = new int[tokens.size() * Labels.COUNT];
                pass1.add(twoPass.first(x.feats(), tokens.size(), sums));
                secondSums.add(sums);
            } else {
                pass1.add(model.decode(x.feats(), tokens.size()));
            }
        }
        if (docModel == null) {
            return new Tagged(xs, pass1);
        }
        List<int[]> base = new ArrayList<>(ns);
        List<long[]> keys = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
            base.add(xs.get(k).feats());
            keys.add(documentKeys(sentences.get(k), xs.get(k)));
        }
        List<int[]> extended = docFeatures.extend(base, keys, pass1, window);
        List<int[]> out = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
            int n = sentences.get(k).size();
            out.add(twoPass != null ? twoPass.second(extended.get(k), n, secondSums.get(k))
                    : docModel.decode(extended.get(k), n));
        }
        return new Tagged(xs, out);
    }

    /** Keys of the words whose other occurrences in the document are evidence: clitic-stripped, 2+ characters. */
    static long[] documentKeys(TokenSpans tokens, FeatureExtractor.Extracted x) {
        long[] keys = new long[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            if (tokens.ends()[i] - tokens.starts()[i] >= 2) {
                keys[i] = x.stripped()[i];
            }
        }
        return keys;
    }

    private static final class DefaultHolder {
        static final EntityTagger INSTANCE = loadFromClasspath();

        private static EntityTagger loadFromClasspath() {
            try (InputStream m = resource(MODEL_FILE); InputStream d = resource(DOC_MODEL_FILE);
                 InputStream c = resource(CLUSTERS_FILE); InputStream w = resource(COMMON_WORDS_FILE)) {
                return read(m, d, c, CommonWords.read(w));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the entity model; retrain with io.khabar.entities.NerTrainer", e);
            }
        }
    }
}
