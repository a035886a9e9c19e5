package io.khabar.enrich;

import java.util.List;

import io.khabar.enrich.dedup.TextUnit;
import io.khabar.model.EnrichedArticle;

/** What the parse step hands on inside its sub-topology (never serialized). */
sealed interface Parsed {

    /** A parsed article: its draft, event time, fingerprinted units and the number of band batches it makes. */
    record Article(EnrichedArticle draft, long timestamp, List<TextUnit> units, int shards) implements Parsed {
    }

    /** A record to dead-letter: the original key and value bytes (reason and origin are in the headers). */
    record DeadLetter(byte[] key, byte[] value) implements Parsed {
    }
}
