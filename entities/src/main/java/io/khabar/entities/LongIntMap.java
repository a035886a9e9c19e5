package io.khabar.entities;

import java.util.ArrayList;
import java.util.List;

/** Open-addressing map from non-zero long keys to int values: lookups without boxing on the tagging path. */
final class LongIntMap {

    /** A set of words by their folded hashes ({@link Hashing#ofFolded}), as {@link #contains} reads it. */
    static LongIntMap ofWords(Iterable<String> words) {
        LongIntMap set = new LongIntMap(16);
        for (String w : words) {
            set.put(Hashing.ofFolded(w), 1);
        }
        return set;
    }

    /**
     * Each word with each of {@code clitics} written before it ({@code ""} for the word as written): the forms a set
     * of {@link #ofWords} holds for words that take و, ب, ل, … (ذكرت وكالة, لوكالة, ووكالة).
     */
    static List<String> withClitics(List<String> words, String... clitics) {
        List<String> forms = new ArrayList<>(words.size() * clitics.length);
        for (String w : words) {
            for (String clitic : clitics) {
                forms.add(clitic + w);
            }
        }
        return forms;
    }

    /**
     * Each definite word (ال…) as written and with و, ف, ب or ل before it, ل taking the place of the article's alef
     * (المعهد, والمعهد, فالمعهد, بالمعهد, للمعهد).
     */
    static List<String> withDefiniteClitics(List<String> words) {
        List<String> forms = new ArrayList<>(words.size() * 5);
        for (String w : words) {
            forms.addAll(List.of(w, "و" + w, "ف" + w, "ب" + w, "ل" + w.substring(1)));
        }
        return forms;
    }

    /**
     * Slot {@code i} is {@code slots[2i]} (the key, 0 when empty) and {@code slots[2i + 1]} (its value): a key and its
     * value share a cache line, so a hit costs one miss instead of two (these maps are read for every token).
     */
    private long[] slots;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        slots = new long[2 * cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        long k = key == 0 ? 1 : key;
        int i = (int) Hashing.mix(k) & mask;
        while (true) {
            long kk = slots[2 * i];
            if (kk == k) {
                return (int) slots[2 * i + 1];
            }
            if (kk == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    /** Whether {@code key} has a non-zero value (a member of a set built by {@link #ofWords}). */
    boolean contains(long key) {
        return get(key, 0) != 0;
    }

    void put(long key, int value) {
        long k = key == 0 ? 1 : key;
        if ((size + 1) * 2 > mask + 1) {
            grow();
        }
        int i = (int) Hashing.mix(k) & mask;
        while (slots[2 * i] != 0 && slots[2 * i] != k) {
            i = (i + 1) & mask;
        }
        if (slots[2 * i] == 0) {
            size++;
        }
        slots[2 * i] = k;
        slots[2 * i + 1] = value;
    }

    /** ORs {@code bits} into the value for {@code key} (0 when absent). */
    void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = (slots.length >>> 1) - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }
}
