package io.khabar.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.khabar.arabic.DateExtractor;

/** Paragraphs per second through the date extractor (real paragraphs, most without any date). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class DateExtractorBenchmark {

    private static final LocalDate PUBLISHED = LocalDate.of(2018, 8, 10);

    private List<String> paragraphs;

    @Setup
    public void setUp() {
        paragraphs = List.copyOf(BenchText.paragraphs(100));
    }

    /** One operation = one paragraph. */
    @Benchmark
    public void extract(Blackhole bh, Cursor cursor) {
        bh.consume(DateExtractor.extract(0, paragraphs.get(cursor.next(paragraphs.size())), PUBLISHED));
    }

    /** Round-robin position over the paragraphs. */
    @State(Scope.Thread)
    public static class Cursor {
        private int i;

        int next(int size) {
            i = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }
}
