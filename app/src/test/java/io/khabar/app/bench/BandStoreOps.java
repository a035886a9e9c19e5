package io.khabar.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.khabar.enrich.dedup.BandBatch;
import io.khabar.enrich.dedup.BandMatcher;
import io.khabar.enrich.dedup.BandUnit;
import io.khabar.enrich.dedup.CountingBandState;
import io.khabar.enrich.dedup.DedupDefaults;
import io.khabar.enrich.dedup.DedupMode;
import io.khabar.enrich.dedup.Fingerprint;
import io.khabar.enrich.dedup.Fingerprinter;
import io.khabar.enrich.dedup.InMemoryBandState;
import io.khabar.enrich.dedup.TextUnit;
import io.khabar.enrich.dedup.UnitExtractor;
import io.khabar.model.RawArticle;

/**
 * Counts the band side's store operations per article over the benchmark corpus, split over shards as the topology
 * splits them, with the matcher the topology uses: a deterministic measure of dedup's work, free of the run-to-run
 * noise of a throughput figure. Not a test:
 *
 * <pre>{@code java -cp app/target/test-classes:app/target/classes:app/target/lib/* io.khabar.app.bench.BandStoreOps
 *     ../shared/data/news/ant-2018-08-10.jsonl TOTAL COUNTED BANDS SENTENCE_BANDS [SHARDS]}</pre>
 *
 * Bucket reads include the epochs around the unit's own, which a window store answers without a RocksDB read when
 * they hold nothing (as in the benchmark, whose articles all fall in one epoch).
 */
public final class BandStoreOps {

    private BandStoreOps() {
    }

    public static void main(String[] args) {
        Path input = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        int counted = Integer.parseInt(args[2]);
        int bands = Integer.parseInt(args[3]);
        int sentenceBands = Integer.parseInt(args[4]);
        int shards = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        BenchCorpus corpus = BenchCorpus.read(input, "ops");
        UnitExtractor extractor = new UnitExtractor(new Fingerprinter(DedupMode.MINHASH, bands, DedupDefaults.ROWS),
                DedupDefaults.MIN_TOKENS, DedupDefaults.MIN_SENTENCE_TOKENS, true, sentenceBands);
        BandMatcher matcher = BandMatcher.withDefaults(DedupDefaults.THRESHOLD, 90L * 86_400_000L, DedupDefaults.ROWS);
        List<CountingBandState> states = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            states.add(new CountingBandState(new InMemoryBandState()));
        }
        long units = 0;
        long shardUnits = 0;
        long t0 = 1_533_859_200_000L;
        for (int n = 0; n < total; n++) {
            if (n == total - counted) {
                states.forEach(CountingBandState::reset);
                units = 0;
                shardUnits = 0;
            }
            RawArticle article = corpus.article(n, "2018-08-10T00:00:00Z");
            List<String> paragraphs = new ArrayList<>();
            for (String p : article.body().split("\n\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
            for (TextUnit unit : extractor.units(paragraphs)) {
                units++;
                Fingerprint f = unit.fingerprint();
                Map<Integer, List<Long>> byShard = new TreeMap<>();
                for (long key : f.bandKeys()) {
                    byShard.computeIfAbsent(BandBatch.shardOf(key, shards), s -> new ArrayList<>()).add(key);
                }
                for (Map.Entry<Integer, List<Long>> e : byShard.entrySet()) {
                    shardUnits++;
                    long[] keys = e.getValue().stream().mapToLong(Long::longValue).toArray();
                    matcher.match(new BandUnit(unit.ref(article.id(), t0 + n * 1_000L), f.exactHash(), f.features(),
                            keys, f.sketch()), states.get(e.getKey()), n > 0 ? BandMatcher.NO_LATER_COPIES : null, m -> { }, m -> { });
                }
            }
        }
        long bucketReads = states.stream().mapToLong(CountingBandState::bucketReads).sum();
        long textReads = states.stream().mapToLong(CountingBandState::textReads).sum();
        long bucketWrites = states.stream().mapToLong(CountingBandState::bucketWrites).sum();
        long textWrites = states.stream().mapToLong(CountingBandState::textWrites).sum();
        long bucketBytesRead = states.stream().mapToLong(CountingBandState::bucketBytesRead).sum();
        long bucketBytesWritten = states.stream().mapToLong(CountingBandState::bucketBytesWritten).sum();
        long textBytesRead = states.stream().mapToLong(CountingBandState::textBytesRead).sum();
        long textBytesWritten = states.stream().mapToLong(CountingBandState::textBytesWritten).sum();
        double c = counted;
        System.out.printf(Locale.ROOT, "bands %d, sentence bands %d, %d shards; per article over the last %d of %d:"
                + " units %.1f, unit-shards %.1f, bucket reads %.1f, text reads %.1f, bucket writes %.1f, text writes"
                + " %.1f; store operations %.1f; KB read/written: buckets %.1f / %.1f, texts %.1f / %.1f (all %.1f)%n",
                bands, sentenceBands, shards, counted, total, units / c,
                shardUnits / c, bucketReads / c, textReads / c, bucketWrites / c, textWrites / c,
                (bucketReads + textReads + bucketWrites + textWrites) / c,
                bucketBytesRead / c / 1024, bucketBytesWritten / c / 1024, textBytesRead / c / 1024,
                textBytesWritten / c / 1024,
                (bucketBytesRead + bucketBytesWritten + textBytesRead + textBytesWritten) / c / 1024);
    }
}
