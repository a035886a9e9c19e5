package io.khabar.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence a document-level correction reads around one sentence: in article mode the whole article, in CoNLL
 * mode the ±{@code window} sentences around it (running text holds many documents), as for the document features.
 */
final class DocumentWindow {

    private DocumentWindow() {
    }

    /**
     * What the sentences within {@code window} of sentence {@code k} hold together: {@code whole} (all of them) when
     * the window covers the document from every sentence, else the union of {@code perSentence} around {@code k}.
     */
    static <T> Set<T> around(List<Set<T>> perSentence, Set<T> whole, int k, int window) {
        int ns = perSentence.size();
        if (window >= ns - 1) {
            return whole;
        }
        Set<T> near = new HashSet<>();
        for (int j = first(k, window); j <= last(k, window, ns); j++) {
            near.addAll(perSentence.get(j));
        }
        return near;
    }

    /** The first sentence within {@code window} of sentence {@code k}. */
    static int first(int k, int window) {
        return Math.max(0, k - window);
    }

    /** The last sentence within {@code window} of sentence {@code k}, of {@code ns} (a window may be unbounded). */
    static int last(int k, int window, int ns) {
        return (int) Math.min(ns - 1L, (long) k + window);
    }
}
