package io.khabar.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The evidence a document-level correction reads around one sentence: in article mode the whole article, in CoNLL
 * mode the ±{@code window} sentences around it (running text holds many documents), as for the document features.
 */
final class DocumentWindow {

    private DocumentWindow() {
    }

    /**
     * What each sentence of a document holds ({@code perSentence}: names, towns, family names found there) and all of
     * it together ({@code whole}): the evidence a document-level correction collects before it corrects each sentence
     * with what lies around it.
     */
    record Evidence<T>(List<Set<T>> perSentence, Set<T> whole) {

        /** Collects each sentence's evidence, in order (a collector may change that sentence's labels as it goes). */
        static <T> Evidence<T> collect(int sentences, IntFunction<Set<T>> ofSentence) {
            List<Set<T>> per = new ArrayList<>(sentences);
            Set<T> whole = new HashSet<>();
            for (int k = 0; k < sentences; k++) {
                Set<T> found = ofSentence.apply(k);
                per.add(found);
                whole.addAll(found);
            }
            return new Evidence<>(per, whole);
        }

        boolean isEmpty() {
            return whole.isEmpty();
        }

        /** The evidence within {@code window} sentences of sentence {@code k} ({@link DocumentWindow#around}). */
        Set<T> around(int k, int window) {
            return DocumentWindow.around(perSentence, whole, k, window);
        }
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
