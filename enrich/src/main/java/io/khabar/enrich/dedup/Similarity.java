package io.khabar.enrich.dedup;

/** Verification of LSH candidates: exact repeats score 1.0, others the Jaccard index of their shingles. */
public final class Similarity {

    private Similarity() {
    }

    /** 1.0 for identical canonical sequences, else Jaccard of the feature sets (sorted distinct ints). */
    public static double of(Fingerprint a, Fingerprint b) {
        if (a.exactHash() == b.exactHash()) {
            return 1.0;
        }
        return jaccard(a.features(), b.features());
    }

    /** Jaccard index of two sorted arrays of distinct ints; 0 when both are empty. */
    public static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
