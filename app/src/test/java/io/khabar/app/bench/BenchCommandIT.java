package io.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.app.Khabar;

/** Smoke test of {@code khabar bench}: a tiny run on the embedded broker prints the table and the final line. */
class BenchCommandIT {

    private static final Pattern FINAL_LINE = Pattern.compile(
            "bench: enriched_articles_per_s=(\\d+) passthrough_articles_per_s=(\\d+) ratio=(\\d+\\.\\d+) p99_ms=(\\d+)");
    private static final Pattern HEAP_LINE = Pattern.compile(
            "peak heap: (\\d+) MB used of (\\d+) MB max, garbage included; (\\d+) MB live after a full collection");

    private static final Pattern COMPARE_LINE = Pattern.compile(
            "bench: enriched_articles_per_s=(\\d+) passthrough_articles_per_s=NaN ratio=NaN p99_ms=-1"
                    + " compare_articles_per_s=(\\d+) compare_ratio=(\\d+\\.\\d+)");
    private static final Pattern PAIRS_LINE = Pattern.compile("ratio A / B over (\\d+) pairs of 3 s slices: (\\d+\\.\\d+)");

    @Test
    void shouldRunAllPhasesAndEndWithTheMachineReadableLine() throws Exception {
        Path news = news();

        Bench run = bench("--input", news.toString(), "--articles", "200", "--prefill", "100", "--rate", "100",
                "--latency-seconds", "3", "--warmup-seconds", "1");
        String output = run.output();
        String said = run.said();

        assertThat(run.exit()).isZero();
        // the passthrough's input and output are deleted once it is through, the enrichment's as it goes
        Matcher deleted = Pattern.compile("deleted ([\\d,]+) consumed records of the bench topics").matcher(said);
        assertThat(deleted.find()).isTrue();
        assertThat(Long.parseLong(deleted.group(1).replace(",", ""))).isGreaterThanOrEqualTo(2 * 300);
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("passthrough (Kafka Streams, EOS)"))
                .anyMatch(l -> l.startsWith("passthrough CPU per article: "))
                .anyMatch(l -> l.startsWith("enrichment topology (EOS)"))
                .anyMatch(l -> l.contains("ingest -> sink"))
                .anyMatch(l -> l.startsWith("peak heap:"));
        Matcher heap = HEAP_LINE.matcher(lines.stream().filter(l -> l.startsWith("peak heap:")).findFirst().orElseThrow());
        assertThat(heap.find()).isTrue();
        long peakMb = Long.parseLong(heap.group(1));
        long liveMb = Long.parseLong(heap.group(3));
        assertThat(liveMb).isPositive().isLessThanOrEqualTo(peakMb);
        assertThat(peakMb).isLessThanOrEqualTo(Long.parseLong(heap.group(2)));
        Matcher last = FINAL_LINE.matcher(lines.get(lines.size() - 1));
        assertThat(last.matches()).as("last line: %s", lines.get(lines.size() - 1)).isTrue();
        assertThat(Long.parseLong(last.group(1))).isPositive();
        assertThat(Long.parseLong(last.group(2))).isPositive();
        assertThat(Double.parseDouble(last.group(3))).isPositive();
    }

    @Test
    void shouldTimeTwoAppsInTurnsWithCompare(@TempDir Path dir) throws Exception {
        Path news = news();
        Path exact = dir.resolve("exact.properties");
        Files.writeString(exact, "dedup.mode=exact\n");
        // enough articles for pairs of slices after the first: on a cold JVM the first slice of A can finish no
        // article at all (JIT compilation on 2 cores), and a run of one pair reports that warm-up pair alone
        Bench run = bench("--input", news.toString(), "--prefill", "100", "--articles", "6000",
                "--compare", exact.toString(), "--slice-seconds", "3");
        String output = run.output();
        String said = run.said();

        assertThat(run.exit()).isZero();
        assertThat(said).contains("slice 1: A ").contains("slice 2: B ");
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        Matcher pairs = PAIRS_LINE.matcher(output);
        assertThat(pairs.find()).as(output).isTrue();
        assertThat(Integer.parseInt(pairs.group(1))).isPositive();
        Matcher last = COMPARE_LINE.matcher(lines.get(lines.size() - 1));
        assertThat(last.matches()).as("last line: %s", lines.get(lines.size() - 1)).isTrue();
        long rateA = Long.parseLong(last.group(1));
        long rateB = Long.parseLong(last.group(2));
        assertThat(rateA).isPositive();
        assertThat(rateB).isPositive();
        assertThat(Double.parseDouble(last.group(3))).isCloseTo((double) rateA / rateB, within(0.05));
        assertThat(pairs.group(2)).isEqualTo(last.group(3));
    }

    /** What a bench run printed: its exit code, its standard output and what it said on standard error. */
    private record Bench(int exit, String output, String said) {
    }

    /** Runs {@code khabar bench ARGS}, capturing its output (and passing it on, for the test log). */
    private static Bench bench(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
        try {
            String[] command = new String[args.length + 1];
            command[0] = "bench";
            System.arraycopy(args, 0, command, 1, args.length);
            exit = Khabar.execute(command);
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
        Bench run = new Bench(exit, captured.toString(StandardCharsets.UTF_8), progress.toString(StandardCharsets.UTF_8));
        original.print(run.output());
        originalErr.print(run.said());
        return run;
    }

    private static Path news() {
        Path news = Path.of(System.getProperty("khabar.shared", "../shared"), "data", "news", "ant-2018-08-10.jsonl");
        assumeTrue(Files.isRegularFile(news), "no " + news + " (khabar.shared): bench smoke test skipped");
        return news;
    }
}
