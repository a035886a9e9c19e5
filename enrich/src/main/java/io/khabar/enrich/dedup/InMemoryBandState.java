package io.khabar.enrich.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link BandState} in hash maps, nothing expires: for dedup-eval, tests and benchmarks. */
public final class InMemoryBandState implements BandState {

    private record Key(long key, long epoch) {
    }

    private final Map<Key, Bucket> buckets = new HashMap<>();
    private final Map<Key, KnownText> texts = new HashMap<>();
    private final Map<Key, List<UnitRef>> copies = new HashMap<>();

    @Override
    public Bucket bucket(long bandKey, long epoch) {
        return buckets.get(new Key(bandKey, epoch));
    }

    @Override
    public KnownText text(long exactHash, long epoch) {
        return texts.get(new Key(exactHash, epoch));
    }

    @Override
    public void putBucket(long bandKey, long epoch, Bucket bucket) {
        buckets.put(new Key(bandKey, epoch), bucket);
    }

    @Override
    public void putText(long exactHash, long epoch, KnownText text) {
        texts.put(new Key(exactHash, epoch), text);
    }

    @Override
    public void addCopy(long exactHash, long epoch, UnitRef unit) {
        copies.computeIfAbsent(new Key(exactHash, epoch), k -> new ArrayList<>()).add(unit);
    }

    @Override
    public List<UnitRef> copies(long exactHash, long epoch, long from, long to) {
        return copies.getOrDefault(new Key(exactHash, epoch), List.of()).stream()
                .filter(c -> c.timestamp() >= from && c.timestamp() <= to).toList();
    }
}
