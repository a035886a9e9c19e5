package io.khabar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.model.RawArticle;

class BenchCorpusTest {

    private static final String PARAGRAPH = "أعلنت وزارة الخارجية في بيان رسمي أن الوزير سيزور العاصمة الأسبوع المقبل لبحث العلاقات الثنائية رقم %d";

    @TempDir
    Path dir;

    private BenchCorpus corpus() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 40; p++) {
            body.append(p > 0 ? "\\n\\n" : "").append(String.format(PARAGRAPH, p));
        }
        String line1 = "{\"id\": \"a1\", \"source\": \"وكالة\", \"title\": \"عنوان أول\", \"date\": \"2018-08-01T00:00:00+00:00\", \"body\": \""
                + body + "\"}";
        String line2 = line1.replace("a1", "a2").replace("عنوان أول", "عنوان ثان");
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, line1 + "\n" + line2 + "\n", StandardCharsets.UTF_8);
        return BenchCorpus.read(file, "t");
    }

    @Test
    void shouldGiveEveryArticleAFreshNumberedId() throws IOException {
        BenchCorpus corpus = corpus();
        Set<String> ids = new HashSet<>();
        for (long n = 0; n < 10; n++) {
            RawArticle a = corpus.article(n, "2024-01-01T00:00:00Z");
            assertThat(OutputWatcher.numberOf(a.id())).isEqualTo(n);
            ids.add(a.id());
        }
        assertThat(ids).hasSize(10);
    }

    @Test
    void shouldKeepTheFirstCycleAndMixRepeatsAndNewTextInLaterOnes() throws IOException {
        BenchCorpus corpus = corpus();
        List<String> original = List.of(corpus.article(0, "x").body().split("\n\n"));
        List<String> varied = List.of(corpus.article(2, "x").body().split("\n\n"));

        assertThat(corpus.article(1, "x").body()).isNotEqualTo(original.toString());
        assertThat(varied).hasSameSizeAs(original);
        long kept = 0;
        for (int p = 0; p < original.size(); p++) {
            if (original.get(p).equals(varied.get(p))) {
                kept++;
            }
        }
        assertThat(kept).isBetween(5L, 35L);
    }
}
