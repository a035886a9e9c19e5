package io.khabar.enrich;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.enrich.dedup.DedupDefaults;
import io.khabar.model.Json;
import io.khabar.model.RawArticle;

/**
 * Throughput of the whole topology in a TopologyTestDriver (one thread, RocksDB stores), dedup.mode=minhash against
 * dedup.mode=exact, over the first N ANT articles. Not a test: prints articles/s.
 *
 * <p>{@code java -cp enrich/target/test-classes:enrich/target/classes:<deps> io.khabar.enrich.DedupThroughput
 * [N] [rounds]} ({@code -Dkhabar.bench.shards=N} / {@code -Dkhabar.bench.bands=N} to try other dedup.shards /
 * dedup.minhash.bands)
 */
public final class DedupThroughput {

    private DedupThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Path.of(System.getProperty("khabar.shared", "../shared"), "data/news/ant-2018-08-10.jsonl");
        List<RawArticle> articles = load(data, n);
        for (int round = 0; round < rounds; round++) {
            for (String mode : System.getProperty("khabar.bench.modes", "exact,minhash").split(",")) {
                double rate = measure(articles, mode);
                System.out.printf(Locale.ROOT, "round %d mode=%-7s %d articles: %.0f articles/s%n", round, mode,
                        articles.size(), rate);
            }
        }
    }

    private static double measure(List<RawArticle> articles, String mode) {
        try (EnrichDriver d = new EnrichDriver(Map.of("dedup.mode", mode, "dedup.shards",
                Integer.getInteger("khabar.bench.shards", 1), "dedup.minhash.bands",
                Integer.getInteger("khabar.bench.bands", DedupDefaults.BANDS)))) {
            Instant t = Instant.parse("2018-08-01T00:00:00Z");
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (RawArticle a : articles) {
                d.pipe(a, t);
                t = t.plusSeconds(30);
            }
            d.enriched.readRecordsToList();
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / articles.size();
            System.out.printf(Locale.ROOT, "  mode=%s: %.3f ms CPU per article (driver thread)%n", mode, cpuMs);
            return articles.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static List<RawArticle> load(Path data, int n) throws Exception {
        List<RawArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && out.size() < n) {
                JsonNode j = Json.mapper().readTree(line);
                out.add(new RawArticle(j.path("id").asText(), j.path("id").asText(), j.path("source").asText(null),
                        j.path("title").asText(null), null, j.path("date").asText(null), j.path("url").asText(null),
                        j.path("body").asText(""), List.of(), null));
            }
        }
        return out;
    }
}
