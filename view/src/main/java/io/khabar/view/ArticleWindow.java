package io.khabar.view;

import io.khabar.model.EnrichedArticle;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The articles the view shows: a bounded window of the newest articles in arrival order, one version per article
 * id, with facet counts (how many articles in the window mention each entity). Thread-safe.
 *
 * <p>Every change gets a sequence number, so a client can ask for what changed since the last one it saw. A new
 * version of an article already held (re-emitted with corrected duplicate flags) replaces the old one in place:
 * it keeps its position but gets a new sequence number.
 */
public final class ArticleWindow {

    /** An article held by the window: {@code seq} of its latest version, {@code order} of its first arrival. */
    public record Entry(long seq, long order, EnrichedArticle article) {
    }

    /** What {@link #changedSince} and {@link #newest} answer: the articles and the window's state they reflect. */
    public record Snapshot(long seq, int total, List<EnrichedArticle> articles) {
    }

    /** An entity named by its type and its name across articles (the listed name, else the canonical one). */
    public record EntityKey(EntityType type, String canonical) {

        /** Parses {@code TYPE:canonical}; null when malformed. */
        public static EntityKey parse(String value) {
            int colon = value == null ? -1 : value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                return null;
            }
            try {
                return new EntityKey(EntityType.valueOf(value.substring(0, colon)), value.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The entity's key: its name across articles ({@link Entity#identity}), else its text. */
        static EntityKey of(Entity entity) {
            String identity = entity.identity();
            String name = identity != null && !identity.isBlank() ? identity : entity.text();
            return entity.type() == null || name == null ? null : new EntityKey(entity.type(), name);
        }
    }

    /** An entity and the number of articles in the window that mention it. */
    public record FacetCount(String canonical, int count) {
    }

    private final int capacity;
    private final Map<String, Entry> byId = new HashMap<>();
    private final NavigableMap<Long, Entry> byOrder = new TreeMap<>();
    private final Map<EntityKey, Integer> mentions = new HashMap<>();
    private long seq;
    private long nextOrder;

    public ArticleWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Adds an article, or replaces the held version of the same id; evicts the oldest beyond capacity. */
    public synchronized void accept(EnrichedArticle article) {
        if (article == null || article.id() == null) {
            return;
        }
        seq++;
        Entry old = byId.get(article.id());
        long order = old == null ? ++nextOrder : old.order();
        if (old != null) {
            count(old.article(), -1);
        }
        Entry entry = new Entry(seq, order, article);
        byId.put(article.id(), entry);
        byOrder.put(order, entry);
        count(article, +1);
        while (byOrder.size() > capacity) {
            Entry evicted = byOrder.pollFirstEntry().getValue();
            byId.remove(evicted.article().id());
            count(evicted.article(), -1);
        }
    }

    /** Forgets an article (a tombstone on the topic). */
    public synchronized void remove(String id) {
        Entry old = byId.remove(id);
        if (old != null) {
            seq++;
            byOrder.remove(old.order());
            count(old.article(), -1);
        }
    }

    public synchronized int size() {
        return byId.size();
    }

    /** The sequence number of the latest change. */
    public synchronized long seq() {
        return seq;
    }

    /** Up to {@code limit} articles, newest first, that mention {@code entity} (any article when null). */
    public synchronized Snapshot newest(int limit, EntityKey entity) {
        return collect(limit, entry -> entity == null || mentions(entry.article(), entity));
    }

    /** The articles added or replaced after change {@code since}, newest first. */
    public synchronized Snapshot changedSince(long since, int limit) {
        return collect(limit, entry -> entry.seq() > since);
    }

    /** The {@code limit} entities of {@code type} mentioned by the most articles in the window. */
    public synchronized List<FacetCount> facets(EntityType type, int limit) {
        return mentions.entrySet().stream()
                .filter(e -> e.getKey().type() == type)
                .sorted(Map.Entry.<EntityKey, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().canonical(), Comparator.naturalOrder()))
                .limit(limit)
                .map(e -> new FacetCount(e.getKey().canonical(), e.getValue()))
                .toList();
    }

    /** Facets of every type but MISC. */
    public synchronized Map<EntityType, List<FacetCount>> facets(int limit) {
        Map<EntityType, List<FacetCount>> all = new EnumMap<>(EntityType.class);
        for (EntityType type : List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)) {
            all.put(type, facets(type, limit));
        }
        return all;
    }

    private Snapshot collect(int limit, Predicate<Entry> wanted) {
        List<EnrichedArticle> out = new ArrayList<>();
        for (Entry entry : byOrder.descendingMap().values()) {
            if (out.size() >= limit) {
                break;
            }
            if (wanted.test(entry)) {
                out.add(entry.article());
            }
        }
        return new Snapshot(seq, byId.size(), out);
    }

    private void count(EnrichedArticle article, int delta) {
        for (EntityKey key : entityKeys(article)) {
            mentions.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    private static boolean mentions(EnrichedArticle article, EntityKey entity) {
        return entityKeys(article).contains(entity);
    }

    /** Each entity once per article: facets count articles, not mentions, so a facet's count is what its filter shows. */
    private static Set<EntityKey> entityKeys(EnrichedArticle article) {
        Set<EntityKey> keys = new LinkedHashSet<>();
        for (Entity entity : article.entities()) {
            EntityKey key = EntityKey.of(entity);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }
}
