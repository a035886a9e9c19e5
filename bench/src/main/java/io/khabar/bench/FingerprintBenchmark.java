package io.khabar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.khabar.enrich.dedup.BandUnit;
import io.khabar.enrich.dedup.BandMatcher;
import io.khabar.enrich.dedup.Fingerprint;
import io.khabar.enrich.dedup.InMemoryBandState;
import io.khabar.enrich.dedup.CanonicalForm;
import io.khabar.enrich.dedup.DedupDefaults;
import io.khabar.enrich.dedup.DedupMode;
import io.khabar.enrich.dedup.Fingerprinter;
import io.khabar.enrich.dedup.TextUnit;
import io.khabar.enrich.dedup.UnitExtractor;

/**
 * The dedup hot paths with the default knobs: MinHash + LSH band keys of a paragraph, all units of a paragraph
 * (canonical form, sentence split, fingerprints), and the LSH lookup of a unit (its buckets' members verified by
 * shingle Jaccard, one comparison per distinct text) in an in-memory state holding {@code indexedParagraphs} real
 * paragraphs (no Kafka, no RocksDB).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FingerprintBenchmark {

    static final int QUERIES = 1000;

    @Param({"5000", "40000"})
    public int indexedParagraphs;

    private Fingerprinter fingerprinter;
    private UnitExtractor extractor;
    private BandMatcher matcher;
    private List<String> queries;
    private List<List<String>> queryTokens;
    private List<BandUnit> queryUnits;
    private InMemoryBandState index;

    @Setup
    public void setUp() {
        fingerprinter = new Fingerprinter(DedupMode.MINHASH, DedupDefaults.BANDS, DedupDefaults.ROWS);
        extractor = new UnitExtractor(fingerprinter, DedupDefaults.MIN_TOKENS, DedupDefaults.MIN_SENTENCE_TOKENS, true);
        matcher = BandMatcher.withDefaults(DedupDefaults.THRESHOLD, Long.MAX_VALUE / 4, DedupDefaults.ROWS);
        List<String> all = BenchText.paragraphs(5000);
        int indexed = Math.min(indexedParagraphs, all.size() - QUERIES);
        queries = List.copyOf(all.subList(all.size() - QUERIES, all.size()));
        queryTokens = queries.stream().map(CanonicalForm::tokens).toList();
        index = new InMemoryBandState();
        for (BandUnit unit : units(all.subList(0, indexed), "indexed")) {
            matcher.match(unit, index, m -> { }, m -> { });
        }
        queryUnits = units(queries, "query");
    }

    private List<BandUnit> units(List<String> paragraphs, String prefix) {
        List<BandUnit> units = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (TextUnit unit : extractor.units(List.of(paragraphs.get(p)))) {
                Fingerprint f = unit.fingerprint();
                units.add(new BandUnit(unit.ref(prefix + p, p), f.exactHash(), f.features(), f.bandKeys(), f.sketch()));
            }
        }
        return units;
    }

    /** MinHash and band keys of one paragraph's canonical tokens; one operation = one paragraph. */
    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public void minhashBands(Blackhole bh) {
        for (List<String> tokens : queryTokens) {
            bh.consume(fingerprinter.of(tokens));
        }
    }

    /** Everything dedup computes from one paragraph's text; one operation = one paragraph. */
    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public void paragraphUnits(Blackhole bh) {
        for (String p : queries) {
            bh.consume(extractor.units(List.of(p)));
        }
    }

    /** One unit looked up: read its buckets (all bands), verify each candidate text once; one operation = one unit. */
    @Benchmark
    public void lshLookup(Cursor cursor, Blackhole bh) {
        BandUnit unit = queryUnits.get(cursor.next(queryUnits.size()));
        bh.consume(matcher.find(unit, index, bh::consume, bh::consume));
    }

    /** Round-robin position. */
    @State(Scope.Thread)
    public static class Cursor {
        private int i;

        int next(int size) {
            i = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }
}
