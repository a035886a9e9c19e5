package io.khabar.entities;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Cheap distributional word clusters from unlabeled news: for the most frequent words, left/right neighbour
 * counts over a context vocabulary, weighted by PPMI, randomly projected to a dense vector and grouped by
 * spherical k-means (fine clusters), whose centroids are grouped again (coarse clusters). Deterministic for a
 * given input and settings.
 */
final class ClusterBuilder {

    /** Settings of the clustering. */
    record Settings(int vocabulary, int minCount, int contexts, int dimensions, int fine, int coarse, int iterations,
                    long seed) {
        static Settings defaults() {
            return new Settings(25_000, 3, 600, 128, 512, 64, 12, 20240611L);
        }
    }

    private final Settings settings;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] counts = new int[1 << 16];
    private final List<int[]> sentences = new ArrayList<>();

    ClusterBuilder(Settings settings) {
        this.settings = settings;
    }

    /** Adds the titles and body paragraphs of a JSON-lines news file. */
    void addJsonLines(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = mapper.readTree(line);
                addText(article.path("title").asText(""));
                for (String paragraph : article.path("body").asText("").split("\n")) {
                    addText(paragraph);
                }
            }
        }
    }

    void addText(String text) {
        List<String> tokens = ArabicTokenizer.tokens(text);
        if (tokens.isEmpty()) {
            return;
        }
        int[] sentence = new int[tokens.size()];
        for (int i = 0; i < sentence.length; i++) {
            sentence[i] = id(ArabicNormalizer.normalize(tokens.get(i)));
        }
        sentences.add(sentence);
    }

    private int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, id * 2);
            }
        }
        counts[id]++;
        return id;
    }

    /** Clusters and writes {@code word TAB count TAB fine TAB coarse} lines, gzipped. Returns the words written. */
    int write(OutputStream out) throws IOException {
        Integer[] byFreq = new Integer[words.size()];
        for (int i = 0; i < byFreq.length; i++) {
            byFreq[i] = i;
        }
        Arrays.sort(byFreq, (a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a])
                : words.get(a).compareTo(words.get(b)));
        int v = 0;
        while (v < byFreq.length && v < settings.vocabulary() && counts[byFreq[v]] >= settings.minCount() * 2) {
            v++;
        }
        int[] rank = new int[words.size()];
        Arrays.fill(rank, -1);
        for (int i = 0; i < byFreq.length; i++) {
            rank[byFreq[i]] = i;
        }
        float[][] vectors = embed(v, rank);
        int[] fine = kmeans(vectors, settings.fine());
        float[][] centroids = centroids(vectors, fine, settings.fine());
        int[] coarseOfFine = kmeans(centroids, settings.coarse());
        int written = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            for (int i = 0; i < byFreq.length && counts[byFreq[i]] >= settings.minCount(); i++) {
                String word = words.get(byFreq[i]);
                if (word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0) {
                    continue;
                }
                int f = i < v ? fine[i] : -1;
                int c = f >= 0 ? coarseOfFine[f] : -1;
                w.write(word + "\t" + counts[byFreq[i]] + "\t" + f + "\t" + c + "\n");
                written++;
            }
        }
        return written;
    }

    private float[][] embed(int v, int[] rank) {
        int c = settings.contexts();
        int dims = 2 * c;
        int[][] co = new int[v][dims];
        long[] colSum = new long[dims];
        long[] rowSum = new long[v];
        long total = 0;
        for (int[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                int r = rank[s[i]];
                if (r < 0 || r >= v) {
                    continue;
                }
                if (i > 0 && rank[s[i - 1]] < c) {
                    co[r][rank[s[i - 1]]]++;
                    colSum[rank[s[i - 1]]]++;
                    rowSum[r]++;
                    total++;
                }
                if (i + 1 < s.length && rank[s[i + 1]] < c) {
                    co[r][c + rank[s[i + 1]]]++;
                    colSum[c + rank[s[i + 1]]]++;
                    rowSum[r]++;
                    total++;
                }
            }
        }
        Random random = new Random(settings.seed());
        int d = settings.dimensions();
        float[][] projection = new float[dims][d];
        for (float[] row : projection) {
            for (int k = 0; k < d; k++) {
                row[k] = (float) random.nextGaussian();
            }
        }
        float[][] vectors = new float[v][d];
        for (int r = 0; r < v; r++) {
            float[] vec = vectors[r];
            for (int j = 0; j < dims; j++) {
                if (co[r][j] == 0) {
                    continue;
                }
                double pmi = Math.log((double) co[r][j] * total / ((double) rowSum[r] * colSum[j]));
                if (pmi <= 0) {
                    continue;
                }
                float[] p = projection[j];
                for (int k = 0; k < d; k++) {
                    vec[k] += (float) pmi * p[k];
                }
            }
            normalize(vec);
        }
        return vectors;
    }

    private int[] kmeans(float[][] x, int k) {
        int n = x.length;
        int d = x[0].length;
        k = Math.min(k, n);
        Random random = new Random(settings.seed() + k);
        float[][] c = new float[k][];
        int[] picks = random.ints(0, n).distinct().limit(k).toArray();
        for (int j = 0; j < k; j++) {
            c[j] = x[picks[j]].clone();
        }
        int[] assign = new int[n];
        for (int it = 0; it < settings.iterations(); it++) {
            for (int i = 0; i < n; i++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                float[] xi = x[i];
                for (int j = 0; j < k; j++) {
                    float[] cj = c[j];
                    float dot = 0;
                    for (int t = 0; t < d; t++) {
                        dot += xi[t] * cj[t];
                    }
                    if (dot > best) {
                        best = dot;
                        arg = j;
                    }
                }
                assign[i] = arg;
            }
            float[][] next = centroids(x, assign, k);
            for (int j = 0; j < k; j++) {
                if (isZero(next[j])) {
                    next[j] = x[random.nextInt(n)].clone();
                }
            }
            c = next;
        }
        return assign;
    }

    private static float[][] centroids(float[][] x, int[] assign, int k) {
        float[][] c = new float[k][x[0].length];
        for (int i = 0; i < x.length; i++) {
            float[] ci = c[assign[i]];
            for (int t = 0; t < ci.length; t++) {
                ci[t] += x[i][t];
            }
        }
        for (float[] ci : c) {
            normalize(ci);
        }
        return c;
    }

    private static boolean isZero(float[] v) {
        for (float f : v) {
            if (f != 0) {
                return false;
            }
        }
        return true;
    }

    private static void normalize(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f * f;
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
    }
}
