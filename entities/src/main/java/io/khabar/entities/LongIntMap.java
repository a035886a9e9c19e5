package io.khabar.entities;

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

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
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
            long kk = keys[i];
            if (kk == k) {
                return values[i];
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
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = (int) Hashing.mix(k) & mask;
        while (keys[i] != 0 && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = k;
        values[i] = value;
    }

    /** ORs {@code bits} into the value for {@code key} (0 when absent). */
    void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
