package io.khabar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.khabar.entities.EntityTagger;

/**
 * Single-thread throughput of {@link EntityTagger#tagArticle}: tokenization, features, Viterbi and canonical names.
 * One operation = one token, so the score reads as tokens per second.
 *
 * <p>Text: the first {@value #ARTICLES} articles of {@code -Dkhabar.news} (default
 * {@code ../shared/data/news/ant-2018-08-10.jsonl}), else a built-in synthetic article repeated.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class TaggerBenchmark {

    static final int ARTICLES = 200;
    /** Tokens per invocation: every invocation tags articles until at least this many tokens are done. */
    static final int TOKENS_PER_OP = 100_000;

    @Param({""})
    public String news;

    private EntityTagger tagger;
    private List<List<String>> articles;
    private int[] tokenCounts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        tagger = EntityTagger.loadDefault();
        articles = load(news.isEmpty() ? System.getProperty("khabar.news", "../shared/data/news/ant-2018-08-10.jsonl") : news);
        tokenCounts = new int[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            for (String p : articles.get(i)) {
                tokenCounts[i] += EntityTagger.countTokens(p);
            }
        }
    }

    private static List<List<String>> load(String file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        Path path = Path.of(file);
        if (Files.isRegularFile(path)) {
            ObjectMapper mapper = new ObjectMapper();
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                while (out.size() < ARTICLES && (line = r.readLine()) != null) {
                    JsonNode a = mapper.readTree(line);
                    List<String> paragraphs = new ArrayList<>();
                    for (String p : a.path("body").asText("").split("\n")) {
                        if (!p.isBlank()) {
                            paragraphs.add(p.strip());
                        }
                    }
                    out.add(paragraphs);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(List.of(
                    "موسكو (سبوتنيك) - أعلن الكرملين، اليوم الأحد، أن الرئيس فلاديمير بوتين أجرى محادثة هاتفية مع رئيس الوزراء الأرميني نيكول باشينيان.",
                    "وبحسب وزارة الدفاع الأرمينية، فقد قتل جندي واحد في الاشتباكات مع القوات الأذربيجانية قرب الحدود.",
                    "وتوصلت أرمينيا وأذربيجان، بوساطة روسية، إلى اتفاق لوقف إطلاق النار في إقليم قره باغ."));
        }
        return out;
    }

    /** Tags whole articles; the score is tokens per second. */
    @Benchmark
    @OperationsPerInvocation(TOKENS_PER_OP)
    public void tagArticles(Blackhole bh) {
        int done = 0;
        // may overshoot by part of one article: the reported rate errs low
        while (done < TOKENS_PER_OP) {
            bh.consume(tagger.tagArticle(articles.get(next)));
            done += tokenCounts[next];
            next = (next + 1) % articles.size();
        }
    }
}
