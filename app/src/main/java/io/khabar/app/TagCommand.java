package io.khabar.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.khabar.enrich.ArticleParser;
import io.khabar.entities.ConllTagging;
import io.khabar.entities.EntityTagger;
import io.khabar.ingest.ArticleReader;
import io.khabar.ingest.IngestConfig;
import io.khabar.ingest.ParseFailure;
import io.khabar.ingest.ParsedArticle;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Tags entities without Kafka: CoNLL tokens (the benchmark's format, scored when the input carries gold tags), or
 * article files (entities and dates of each article as the enriched topic carries them, no repeats marked).
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag entities in CoNLL input (one token per line, blank line between sentences) and write"
                + " token<TAB>TAG in IOB2; when the input carries gold tags in its last column, print entity-level"
                + " precision, recall and F1 against them.",
                "Or tag article files (--articles: .txt, .json, .jsonl, or a directory of them) and write one"
                + " enriched article per line, with entities, canonical names and dates, without Kafka and without"
                + " repeat detection."})
final class TagCommand implements Callable<Integer> {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--out", required = true, paramLabel = "OUT",
            description = "Where to write token<TAB>TAG lines (--conll) or enriched articles as JSON lines (--articles).")
    Path out;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A model directory written by NerTrainer (e.g. its --holdout-out, to reproduce the dev"
                    + " figures); default: the model that ships on the classpath.")
    Path model;

    static final class Input {
        @Option(names = "--conll", required = true, paramLabel = "IN",
                description = "CoNLL input; columns after the first are ignored, except that a last column of IOB"
                        + " tags on every line is read as gold and scored.")
        Path conll;

        @Option(names = "--articles", required = true, paramLabel = "PATH",
                description = "Article files: .txt raw articles, .json, .jsonl, or a directory of them. An input that"
                        + " cannot be parsed is listed on standard error and skipped, and the command then exits"
                        + " with 3.")
        Path articles;
    }

    @Override
    public Integer call() throws IOException {
        Path in = input.conll != null ? input.conll : input.articles;
        if (!Files.exists(in)) {
            throw new IllegalArgumentException("no such input: " + in);
        }
        Progress progress = new Progress(System.err);
        EntityTagger tagger = model == null ? EntityTagger.loadDefault() : EntityTagger.load(model);
        return input.conll != null ? tagConll(tagger, progress) : tagArticles(tagger, progress);
    }

    private int tagConll(EntityTagger tagger, Progress progress) throws IOException {
        long start = System.nanoTime();
        ConllTagging.Result result = ConllTagging.tag(tagger, input.conll, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.say("tagged %,d sentences, %,d tokens in %.1f s into %s", result.sentences(),
                result.tokens(), seconds, out);
        result.scores().ifPresent(scores -> {
            System.out.println("entity-level scores against the gold tags of " + input.conll
                    + " (exact span and type, as conlleval counts them):");
            System.out.print(scores.report());
            if (!scores.ignored().isEmpty()) {
                System.out.println("gold tags of other types, counted as O: " + scores.ignored());
            }
        });
        return 0;
    }

    /** What {@code --articles} has done so far. */
    private static final class Tally {
        long articles;
        long entities;
        long dates;
        long skipped;
    }

    private int tagArticles(EntityTagger tagger, Progress progress) throws IOException {
        ArticleParser parser = new ArticleParser(tagger);
        ArticleReader reader = new ArticleReader(IngestConfig.MAX_ARTICLE_BYTES_DEFAULT);
        long start = System.nanoTime();
        Tally tally = new Tally();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            reader.read(input.articles, parsed -> {
                if (parsed instanceof ParseFailure failure) {
                    tally.skipped++;
                    progress.say("skipped %s%s: %s", failure.file(),
                            failure.line() > 0 ? ":" + failure.line() : "", failure.reason());
                    return;
                }
                ParsedArticle input = (ParsedArticle) parsed;
                EnrichedArticle article;
                try {
                    article = parser.draft(input.article(), null);
                } catch (RuntimeException e) {
                    // as the pipeline dead-letters an article it cannot enrich: say which one, and go on
                    tally.skipped++;
                    progress.say("skipped %s%s: cannot tag it: %s", input.file(),
                            input.line() > 0 ? ":" + input.line() : "", e);
                    return;
                }
                try {
                    w.write(Json.mapper().writeValueAsString(article));
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + out, e);
                }
                tally.articles++;
                tally.entities += article.entities().size();
                tally.dates += article.dates().size();
                progress.every(PROGRESS_EVERY, "tagged %,d articles", tally.articles);
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.say("tagged %,d articles (%,d entities, %,d dates) in %.1f s (%s articles/s) into %s%s",
                tally.articles, tally.entities, tally.dates, seconds,
                String.format(Locale.ROOT, "%.1f", tally.articles / Math.max(seconds, 1e-3)), out,
                tally.skipped == 0 ? "" : String.format("; %,d inputs skipped (listed above)", tally.skipped));
        return tally.skipped == 0 ? 0 : 3;
    }
}
