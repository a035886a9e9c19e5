package io.khabar.entities;

/** IOB2 labels as ids: 0 = O, then B-/I- for each {@link NameType}. */
final class Labels {

    /** The name types by ordinal ({@code NameType.values()} copies its array on every call: not in the hot path). */
    private static final NameType[] TYPES = NameType.values();
    static final int TYPE_COUNT = TYPES.length;
    static final int COUNT = 1 + 2 * TYPE_COUNT;
    static final int O = 0;
    private static final String[] NAMES = new String[COUNT];
    /** IOB2 transitions, at {@code (prev + 1) * COUNT + next} (prev -1: sentence start), read by Viterbi. */
    private static final boolean[] ALLOWED = new boolean[(COUNT + 1) * COUNT];

    static {
        NAMES[O] = "O";
        for (NameType t : TYPES) {
            NAMES[begin(t)] = "B-" + t.name();
            NAMES[inside(t)] = "I-" + t.name();
        }
        for (int prev = -1; prev < COUNT; prev++) {
            for (int next = 0; next < COUNT; next++) {
                ALLOWED[(prev + 1) * COUNT + next] = !isInside(next) || prev > 0 && type(prev) == type(next);
            }
        }
    }

    private Labels() {
    }

    static int begin(NameType t) {
        return 1 + 2 * t.ordinal();
    }

    static int inside(NameType t) {
        return 2 + 2 * t.ordinal();
    }

    static boolean isBegin(int label) {
        return label != O && (label & 1) == 1;
    }

    static boolean isInside(int label) {
        return label != O && (label & 1) == 0;
    }

    /** The name type of a B- or I- label. */
    static NameType type(int label) {
        return TYPES[(label - 1) / 2];
    }

    static String name(int label) {
        return NAMES[label];
    }

    /** The id of an IOB2 tag such as {@code B-LOC}; unknown tags (and {@code O}) give {@link #O}. */
    static int id(String tag) {
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(tag)) {
                return i;
            }
        }
        return O;
    }

    /** Whether IOB2 allows {@code next} after {@code prev} ({@code prev} = -1 at sentence start). */
    static boolean allowed(int prev, int next) {
        return ALLOWED[(prev + 1) * COUNT + next];
    }
}
