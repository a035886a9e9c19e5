package io.khabar.enrich;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB settings of the enrichment stores (Kafka Streams {@code rocksdb.config.setter}; override it with
 * {@code streams.rocksdb.config.setter}).
 *
 * <p>Most reads of the dedup state ask for keys that are not there: a new paragraph's band keys and text hash. Kafka
 * Streams already gives the table files a Bloom filter; this adds a whole-key Bloom filter to the memtables too, so
 * that such a read skips the skip-list search of the write buffers (until now the largest single cost of a lookup).
 */
public final class DedupRocksDbConfig implements RocksDBConfigSetter {

    /** Memtable Bloom filter size as a share of the write buffer (16 MB by default in Kafka Streams). */
    static final double MEMTABLE_BLOOM_RATIO = 0.05;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
        options.setMemtableWholeKeyFiltering(true);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here
    }
}
