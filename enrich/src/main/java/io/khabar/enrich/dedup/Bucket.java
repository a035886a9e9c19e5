package io.khabar.enrich.dedup;

import java.util.List;

/**
 * The content of one LSH bucket (one band key, one epoch): one {@link BucketMember} per distinct text. Exact copies
 * of a text share one member, so a background paragraph repeated a thousand times costs one comparison, not a
 * thousand, and the bucket grows with the number of distinct texts, not with the feed.
 */
public record Bucket(List<BucketMember> members) {

    public static final Bucket EMPTY = new Bucket(List.of());
}
