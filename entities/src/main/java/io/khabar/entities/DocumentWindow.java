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
        for (int j = Math.max(0, k - window); j <= Math.min(ns - 1, k + window); j++) {
            near.addAll(perSentence.get(j));
        }
        return near;
    }
}
