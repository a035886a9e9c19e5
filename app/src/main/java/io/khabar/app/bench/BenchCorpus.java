package io.khabar.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.khabar.ingest.ArticleReader;
import io.khabar.ingest.ParsedArticle;
import io.khabar.ingest.ParsedInput;
import io.khabar.model.RawArticle;

/**
 * The benchmark's articles: real articles read from a file (e.g. the ANT sample), cycled to any count with fresh ids.
 *
 * <p>Article {@code n} is source article {@code n mod size} in cycle {@code k = n / size}. Every article gets a fresh
 * id ({@code <prefix>-n}). Cycle 0 is the source text as it is (with the repeats the agencies themselves make). In
 * later cycles each paragraph is, chosen by a fixed hash of (n, paragraph): kept verbatim (45%, a repeated background
 * paragraph), edited in one word (15%, a near repeat), or rewritten (40%: about half its words replaced by words of
 * the corpus vocabulary, so it is new text that the deduplicator must not match). So dedup sees a realistic mix of
 * exact, near and no repeats rather than 100% copies, and the tagger and date extractor still read Arabic news text.
 */
final class BenchCorpus {

    private final List<RawArticle> sources;
    private final String[] vocabulary;
    private final String idPrefix;

    private BenchCorpus(List<RawArticle> sources, String[] vocabulary, String idPrefix) {
        this.sources = sources;
        this.vocabulary = vocabulary;
        this.idPrefix = idPrefix;
    }

    /** Reads the articles of {@code input} (any format ingest reads); parse failures are left out. */
    static BenchCorpus read(Path input, String idPrefix) {
        List<RawArticle> articles = new ArrayList<>();
        for (ParsedInput item : ArticleReader.read(input)) {
            if (item instanceof ParsedArticle parsed && parsed.article().body() != null) {
                articles.add(parsed.article());
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + input);
        }
        Set<String> words = new LinkedHashSet<>();
        for (RawArticle a : articles) {
            for (String w : a.body().split("\\s+")) {
                if (w.length() >= 3 && words.size() < 200_000) {
                    words.add(w);
                }
            }
        }
        return new BenchCorpus(List.copyOf(articles), words.toArray(new String[0]), idPrefix);
    }

    int size() {
        return sources.size();
    }

    /** Article {@code n} (see the class comment), ingested at {@code ingestedAt}. */
    RawArticle article(long n, String ingestedAt) {
        RawArticle src = sources.get((int) (n % sources.size()));
        long cycle = n / sources.size();
        String body = cycle == 0 ? src.body() : vary(src.body(), n);
        return new RawArticle(idPrefix + "-" + n, src.origin(), src.source(), src.title(), src.dateline(),
                src.publishedAt(), src.url(), body, src.boilerplate(), ingestedAt);
    }

    private String vary(String body, long n) {
        String[] paragraphs = body.split("\n\n", -1);
        StringBuilder out = new StringBuilder(body.length() + 64);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append("\n\n");
            }
            long h = mix(n * 1_000_003L + p);
            int choice = (int) Long.remainderUnsigned(h, 100);
            if (choice < 45) {
                out.append(paragraphs[p]);
            } else if (choice < 60) {
                out.append(replaceWords(paragraphs[p], h, 1));
            } else {
                out.append(replaceWords(paragraphs[p], h, 2));
            }
        }
        return out.toString();
    }

    /** {@code mode} 1: one word replaced; 2: about every second word replaced. */
    private String replaceWords(String paragraph, long seed, int mode) {
        String[] words = paragraph.split(" ", -1);
        long h = seed;
        if (mode == 1) {
            h = mix(h);
            int at = (int) Long.remainderUnsigned(h, words.length);
            words[at] = word(mix(h + 1));
        } else {
            for (int i = 0; i < words.length; i++) {
                h = mix(h + i);
                if ((h & 1) == 0) {
                    words[i] = word(h >>> 1);
                }
            }
        }
        return String.join(" ", words);
    }

    private String word(long h) {
        return vocabulary[(int) Long.remainderUnsigned(h, vocabulary.length)];
    }

    private static long mix(long k) {
        long h = k;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
