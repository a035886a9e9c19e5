package io.khabar.enrich;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
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
    /** One block cache for all stores of the process, instead of 50 MB for each store and segment. */
    static final long BLOCK_CACHE_BYTES = 512L * 1024 * 1024;
    private static final Cache BLOCK_CACHE = new LRUCache(BLOCK_CACHE_BYTES);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
        options.setMemtableWholeKeyFiltering(true);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(BLOCK_CACHE);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the shared block cache lives as long as the process
    }
}
