package io.khabar.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.khabar.arabic.ArabicNormalizer;
import io.khabar.enrich.dedup.CanonicalForm;

/** Paragraphs per second through the normalizer and through the canonical form that fingerprints are made of. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class NormalizerBenchmark {

    static final int PARAGRAPHS = 1000;

    private List<String> paragraphs;

    @Setup
    public void setUp() {
        List<String> all = BenchText.paragraphs(200);
        paragraphs = all.subList(0, Math.min(PARAGRAPHS, all.size()));
        while (paragraphs.size() < PARAGRAPHS) {
            paragraphs = new java.util.ArrayList<>(paragraphs);
            paragraphs.addAll(all);
        }
        paragraphs = List.copyOf(paragraphs.subList(0, PARAGRAPHS));
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void normalize(Blackhole bh) {
        for (String p : paragraphs) {
            bh.consume(ArabicNormalizer.normalize(p));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void fold(Blackhole bh) {
        for (String p : paragraphs) {
            bh.consume(ArabicNormalizer.fold(p));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void canonicalTokens(Blackhole bh) {
        for (String p : paragraphs) {
            bh.consume(CanonicalForm.tokens(p));
        }
    }
}
