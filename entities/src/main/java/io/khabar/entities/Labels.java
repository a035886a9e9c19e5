package io.khabar.entities;

/** IOB2 labels as ids: 0 = O, then B-/I- for each {@link NameType}. */
final class Labels {

    static final int COUNT = 1 + 2 * NameType.values().length;
    static final int O = 0;
    private static final String[] NAMES = new String[COUNT];

    static {
        NAMES[O] = "O";
        for (NameType t : NameType.values()) {
            NAMES[begin(t)] = "B-" + t.name();
            NAMES[inside(t)] = "I-" + t.name();
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
        return NameType.values()[(label - 1) / 2];
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
        if (!isInside(next)) {
            return true;
        }
        return prev > 0 && type(prev) == type(next);
    }
}
