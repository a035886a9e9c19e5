package io.khabar.entities;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Self-training tag priors: a first-stage tagger reads the unlabeled news, and every frequent word gets a code
 * saying how it was mostly tagged there: 0 unknown, {@code 1 + 2 * type (+1 when ≥ 60%)} when at least 25% of its
 * occurrences were inside a name of that type, {@link #MOSTLY_OUTSIDE} otherwise. The second-stage model uses
 * the code as a feature, which carries evidence from contexts the labeled data never showed.
 */
final class NewsPriors {

    static final int MOSTLY_OUTSIDE = 1 + 2 * NameType.values().length;

    /** The code of a word tagged inside a person's name in 60% of its occurrences or more. */
    static final int MOSTLY_PERSON = 2 * NameType.PERS.ordinal() + 2;

    /** News occurrences from which a word's prior tells how the news uses it (a rare word's does not). */
    static final int EVIDENCE = 20;

    private NewsPriors() {
    }

    /**
     * Whether the news uses a word mostly outside names, by its prior, when seen {@value #EVIDENCE} times or more:
     * أمام, كبير, على. A rare name the model missed in the news (العيداني, 6 times) is not ruled out by it.
     */
    static boolean isMostlyOutsideNames(long word, WordClusters clusters) {
        return clusters.prior(word) == MOSTLY_OUTSIDE && clusters.count(word) >= EVIDENCE;
    }

    /** Whether the news, often enough to tell, uses the word mostly inside names of a type other than a person's. */
    static boolean isMostlyOtherName(long word, WordClusters clusters) {
        int prior = clusters.prior(word);
        return prior > 2 && prior != MOSTLY_OUTSIDE && clusters.count(word) >= EVIDENCE;
    }

    /**
     * Whether the news, often enough to tell, tags the word inside a person's name more than inside other names, and
     * at least a quarter of the time (كيتا).
     */
    static boolean isOftenPerson(long word, WordClusters clusters) {
        int prior = clusters.prior(word);
        return (prior == MOSTLY_PERSON - 1 || prior == MOSTLY_PERSON) && clusters.count(word) >= EVIDENCE;
    }

    /** Counts, per normalized word, its occurrences and how often each name type covered it. */
    static Map<String, int[]> count(EntityTagger tagger, Path newsJsonl) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(newsJsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = mapper.readTree(line);
                for (String paragraph : article.path("body").asText("").split("\n")) {
                    TokenSpans tokens = ArabicTokenizer.tokenize(paragraph);
                    if (tokens.size() == 0) {
                        continue;
                    }
                    int[] labels = tagger.labels(tokens);
                    for (int i = 0; i < tokens.size(); i++) {
                        int[] c = counts.computeIfAbsent(ArabicNormalizer.normalize(tokens.token(i)),
                                k -> new int[1 + NameType.values().length]);
                        c[0]++;
                        if (labels[i] != Labels.O) {
                            c[1 + Labels.type(labels[i]).ordinal()]++;
                        }
                    }
                }
            }
        }
        return counts;
    }

    static int code(int[] c) {
        if (c == null || c[0] < 2) {
            return 0;
        }
        int best = 1;
        for (int t = 2; t < c.length; t++) {
            if (c[t] > c[best]) {
                best = t;
            }
        }
        double share = c[best] / (double) c[0];
        if (share >= 0.6) {
            return 2 * (best - 1) + 2;
        }
        return share >= 0.25 ? 2 * (best - 1) + 1 : MOSTLY_OUTSIDE;
    }

    /** Rewrites a clusters file with the prior code as fifth column. Returns how many words got a name prior. */
    static int addTo(Path clustersFile, Map<String, int[]> counts) throws IOException {
        Path tmp = clustersFile.resolveSibling(clustersFile.getFileName() + ".tmp");
        int named = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(clustersFile)), StandardCharsets.UTF_8));
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                int code = code(counts.get(f[0]));
                if (code != 0 && code != MOSTLY_OUTSIDE) {
                    named++;
                }
                w.write(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3] + "\t" + code + "\n");
            }
        }
        Files.move(tmp, clustersFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return named;
    }
}
