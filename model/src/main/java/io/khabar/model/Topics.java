package io.khabar.model;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Khabar's topics: default names (all configurable) and their serdes. */
public final class Topics {

    public static final String RAW_DEFAULT = "news.raw";
    public static final String ENRICHED_DEFAULT = "news.enriched";
    public static final String DLQ_DEFAULT = "news.dlq";

    public static final JsonSerde<RawArticle> RAW_ARTICLE_SERDE = new JsonSerde<>(RawArticle.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED_ARTICLE_SERDE = new JsonSerde<>(EnrichedArticle.class);

    private Topics() {
    }

    /** Raw articles: key = article id, value = raw article JSON. */
    public static Topic<String, RawArticle> raw(String name) {
        return new Topic<>(name, Serdes.String(), RAW_ARTICLE_SERDE);
    }

    /** Enriched articles: key = article id, value = enriched article JSON. */
    public static Topic<String, EnrichedArticle> enriched(String name) {
        return new Topic<>(name, Serdes.String(), ENRICHED_ARTICLE_SERDE);
    }

    /** Dead letters: the original bytes, the reason and their origin in headers (see {@link DeadLetters}). */
    public static Topic<byte[], byte[]> deadLetters(String name) {
        Serde<byte[]> bytes = Serdes.ByteArray();
        return new Topic<>(name, bytes, bytes);
    }
}
