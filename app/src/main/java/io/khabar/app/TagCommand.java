package io.khabar.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.khabar.entities.ConllTagging;
import io.khabar.entities.EntityTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Tags entities in CoNLL input with the shipped model, or with one a retraining wrote. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag entities in CoNLL input (one token per line, blank line between sentences) and write token<TAB>TAG in IOB2.")
final class TagCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "IN", description = "CoNLL input; columns after the first are ignored.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Where to write token<TAB>TAG lines.")
    Path out;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A model directory written by NerTrainer (e.g. its --holdout-out, to reproduce the dev"
                    + " figures); default: the model that ships on the classpath.")
    Path model;

    @Override
    public Integer call() throws Exception {
        if (model == null) {
            ConllTagging.tag(in, out);
        } else {
            ConllTagging.tag(EntityTagger.load(model), in, out);
        }
        return 0;
    }
}
