package io.khabar.enrich;

import java.util.List;

import io.khabar.enrich.dedup.TextUnit;
import io.khabar.model.EnrichedArticle;

/** What the parse step hands on inside its sub-topology (never serialized). */
sealed interface Parsed {

    /**
     * A parsed article: its draft, event time, fingerprinted units and the number of band batches it makes;
     * {@code inPlace} when the raw record is keyed by the article id on the partition the id's reports go to, so the
     * draft needs no repartition; {@code source} the raw-topic partition it was read from (-1: unknown).
     */
    record Article(EnrichedArticle draft, long timestamp, List<TextUnit> units, int shards, boolean inPlace,
            int source)
            implements Parsed {
    }

    /** A record to dead-letter: the original key and value bytes (reason and origin are in the headers). */
    record DeadLetter(byte[] key, byte[] value) implements Parsed {
    }
}
