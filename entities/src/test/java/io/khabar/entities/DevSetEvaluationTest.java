package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The holdout model (the shipped model's training on the first 90% of ANERcorp train.txt, which {@link NerTrainer}
 * writes with {@code --holdout-out}) on the held-out last 10%, tagged as running text (±20 sentences share document
 * evidence, as the trainer measures it); guards the dev figures against regressions of the tagging code. The
 * shipped model saw these sentences, so it is not scored here.
 */
class DevSetEvaluationTest {

    /**
     * Achieved 0.8198 with the CoNLL-mode corrections (2026-12-06, twenty-eighth session), 0.8017 without those
     * that the dev errors suggested (the model alone: 0.7691 in holdout/model.properties; the models before it
     * 0.7998, 0.7952 and 0.8004, as the seed noise goes); a floor for changes that do not retrain.
     */
    private static final double MICRO_F1_FLOOR = 0.81;

    @Test
    void shouldKeepDevSetF1() throws Exception {
        Path train = Path.of(System.getProperty("khabar.shared", "../../shared"), "data/anercorp/train.txt");
        Assumptions.assumeTrue(Files.isRegularFile(train), "shared data absent (" + train + "): dev evaluation skipped");
        List<ConllCorpus.Sentence> all = ConllCorpus.read(train, true);
        EntityTagger tagger = EntityTagger.load(Path.of(DevSetEvaluationTest.class.getResource("holdout").toURI()));
        EntityScorer scorer = new EntityScorer();
        List<ConllCorpus.Sentence> dev = all.subList(all.size() - all.size() / 10, all.size());
        List<TokenSpans> spans = dev.stream().map(s -> TokenSpans.of(s.tokens())).toList();
        List<int[]> predicted = tagger.conllLabels(spans, EntityTagger.DOC_WINDOW);
        for (int k = 0; k < dev.size(); k++) {
            int[] gold = dev.get(k).tags().stream().mapToInt(Labels::id).toArray();
            scorer.add(gold, predicted.get(k));
        }
        System.out.print(scorer.report());
        assertThat(scorer.microF1()).isGreaterThanOrEqualTo(MICRO_F1_FLOOR);
        assertThat(scorer.f1(NameType.LOC)).isGreaterThanOrEqualTo(0.88);
        assertThat(scorer.f1(NameType.ORG)).isGreaterThanOrEqualTo(0.73);
    }
}
