package io.khabar.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Word statistics learned from unlabeled news: how often a (normalized) word occurs, and its distributional
 * cluster at a fine and a coarse granularity. Keyed by {@link Hashing} of the folded word.
 */
final class WordClusters {

    static final int NONE = -1;
    private final LongIntMap counts;
    private final LongIntMap clusters;
    private final LongIntMap priors;

    private WordClusters(LongIntMap counts, LongIntMap clusters, LongIntMap priors) {
        this.counts = counts;
        this.clusters = clusters;
        this.priors = priors;
    }

    static WordClusters empty() {
        return new WordClusters(new LongIntMap(4), new LongIntMap(4), new LongIntMap(4));
    }

    /**
     * Reads {@code word TAB count TAB fine TAB coarse [TAB prior]} lines (gzipped); see {@link NewsPriors} for the
     * optional prior column.
     */
    static WordClusters read(InputStream gz) {
        LongIntMap counts = new LongIntMap(1 << 16);
        LongIntMap clusters = new LongIntMap(1 << 15);
        LongIntMap priors = new LongIntMap(1 << 15);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length < 4) {
                    continue;
                }
                long h = Hashing.ofFolded(f[0]);
                counts.put(h, Integer.parseInt(f[1]));
                int fine = Integer.parseInt(f[2]);
                int coarse = Integer.parseInt(f[3]);
                if (fine >= 0) {
                    clusters.put(h, (fine << 8) | coarse);
                }
                if (f.length > 4 && !f[4].equals("0")) {
                    priors.put(h, Integer.parseInt(f[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordClusters(counts, clusters, priors);
    }

    int count(long wordHash) {
        return counts.get(wordHash, 0);
    }

    int count(String word) {
        return count(Hashing.ofFolded(word));
    }

    /** Whether no news counts were read: then no word's absence from the news says anything. */
    boolean hasNoCounts() {
        return counts.size() == 0;
    }

    /** The word's tag prior code from the news ({@link NewsPriors}), 0 when unknown. */
    int prior(long wordHash) {
        return priors.get(wordHash, 0);
    }

    int fine(long wordHash) {
        int v = clusters.get(wordHash, NONE);
        return v == NONE ? NONE : v >>> 8;
    }

    int coarse(long wordHash) {
        int v = clusters.get(wordHash, NONE);
        return v == NONE ? NONE : v & 0xff;
    }
}
