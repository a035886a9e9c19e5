package io.khabar.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.khabar.enrich.dedup.DedupEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Precision and recall of paragraph duplicate flags on a labeled set built from real articles. */
@Command(name = "dedup-eval", mixinStandardHelpOptions = true,
        description = "Build a labeled set of exact and near repeats (controlled edits) and hard negatives from real "
                + "articles, run the deduplicator over it and print precision and recall.")
final class DedupEvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/news/ant-2018-08-10.jsonl",
            description = "JSONL articles to build the set from (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the edits (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threshold", description = "Similarity threshold (default: the app's default).")
    Double threshold;

    @Option(names = "--mode", description = "minhash or exact (default: minhash).")
    String mode;

    @Option(names = "--sweep", description = "Report precision/recall over a range of thresholds.")
    boolean sweep;

    @Option(names = "--bands", description = "LSH bands (default: the app's default).")
    Integer bands;

    @Option(names = "--rows", description = "MinHash rows per band (default: the app's default).")
    Integer rows;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException("no such articles file: " + data + " (pass --data FILE)");
        }
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--seed", Long.toString(seed)));
        if (threshold != null) {
            args.addAll(List.of("--threshold", threshold.toString()));
        }
        if (mode != null) {
            args.addAll(List.of("--mode", mode.toLowerCase(Locale.ROOT)));
        }
        if (sweep) {
            args.add("--sweep");
        }
        if (bands != null) {
            args.addAll(List.of("--bands", bands.toString()));
        }
        if (rows != null) {
            args.addAll(List.of("--rows", rows.toString()));
        }
        DedupEval.main(args.toArray(String[]::new));
        return 0;
    }
}
