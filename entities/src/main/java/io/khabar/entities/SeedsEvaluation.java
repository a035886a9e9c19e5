package io.khabar.entities;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.khabar.arabic.ArabicNormalizer;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;

/**
 * Scores the tagger on the seed articles ({@code shared/seeds/*.txt}, gold in {@code shared/eval/seeds-gold.json}):
 * recall of core entities (a predicted canonical of the same type equal to the gold name or one of its variants,
 * after normalization) and the number of distinct predicted canonicals that are no gold name or variant at all
 * (non-core gold entities never count as false). Run: {@code SeedsEvaluation SHARED_DIR}.
 */
public final class SeedsEvaluation {

    /** The figures: core entities found / total, and the predicted canonicals not in gold. */
    public record Result(int coreFound, int coreTotal, List<String> missed, List<String> extras) {
        /** Core recall in [0, 1]. */
        public double coreRecall() {
            return coreTotal == 0 ? 0 : coreFound / (double) coreTotal;
        }
    }

    private SeedsEvaluation() {
    }

    /** Command-line entry point: {@code SeedsEvaluation /work/shared}. */
    public static void main(String[] args) throws IOException {
        Result r = evaluate(EntityTagger.loadDefault(), Path.of(args.length > 0 ? args[0] : "../shared"));
        print(r, System.out);
    }

    static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "core recall %.3f (%d/%d), predicted canonicals not in gold: %d%n",
                r.coreRecall(), r.coreFound(), r.coreTotal(), r.extras().size());
        out.println("missed: " + r.missed());
        out.println("extras: " + r.extras());
    }

    /** Tags the body paragraphs of every seed article and compares with the gold. */
    public static Result evaluate(EntityTagger tagger, Path shared) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("eval/seeds-gold.json").toFile());
        int found = 0;
        int total = 0;
        List<String> missed = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (Map.Entry<String, JsonNode> article : gold.path("articles").properties()) {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(shared.resolve("seeds/" + article.getKey() + ".txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            JsonNode body = article.getValue().path("body_paragraphs");
            List<String> paragraphs = lines.subList(body.get(0).asInt(), Math.min(lines.size(), body.get(1).asInt() + 1));
            List<Entity> predicted = tagger.tagArticle(paragraphs);
            Set<String> allGold = new HashSet<>();
            for (JsonNode e : article.getValue().path("entities")) {
                Set<String> names = names(e);
                allGold.addAll(names);
                if (!e.path("core").asBoolean()) {
                    continue;
                }
                total++;
                EntityType type = EntityType.valueOf(e.path("type").asText());
                boolean hit = predicted.stream().anyMatch(p -> p.type() == type && names.contains(norm(p.canonical())));
                if (hit) {
                    found++;
                } else {
                    missed.add(type + ":" + e.path("text").asText());
                }
            }
            Set<String> seen = new TreeSet<>();
            for (Entity p : predicted) {
                String c = norm(p.canonical());
                if (!allGold.contains(c) && seen.add(c)) {
                    extras.add(p.type() + ":" + p.canonical());
                }
            }
        }
        return new Result(found, total, missed, extras);
    }

    private static Set<String> names(JsonNode entity) {
        Set<String> names = new HashSet<>();
        names.add(norm(entity.path("text").asText()));
        for (JsonNode v : entity.path("variants")) {
            names.add(norm(v.asText()));
        }
        return names;
    }

    private static String norm(String s) {
        return ArabicNormalizer.fold(s);
    }
}
