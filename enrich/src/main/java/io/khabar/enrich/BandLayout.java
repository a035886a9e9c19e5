package io.khabar.enrich;

/**
 * How band keys are spread over the band tasks: {@code shards} groups of keys ({@code dedup.shards}, resolved). It is
 * written into the stores' markers, so that a start with another layout finds out instead of looking for every
 * stored text in the wrong task.
 */
record BandLayout(int shards) {

    private static final String PREFIX = "khabar-band-layout:shards=";

    BandLayout {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be positive: " + shards);
        }
    }

    static BandLayout of(int shards) {
        return new BandLayout(shards);
    }

    /** The text a marker carries (in its article id field, which no article's unit has). */
    String marker() {
        return PREFIX + shards;
    }

    /** The layout a marker records, or null for a marker of a version that did not record it. */
    static BandLayout fromMarker(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        try {
            return new BandLayout(Integer.parseInt(text.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
