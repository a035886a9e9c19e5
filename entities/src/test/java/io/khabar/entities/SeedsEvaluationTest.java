package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Core-entity recall and extra names on the seed articles; skipped when the shared data is absent. */
class SeedsEvaluationTest {

    @Test
    void shouldFindCoreEntitiesOfTheSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("khabar.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isRegularFile(shared.resolve("eval/seeds-gold.json")),
                "shared data absent (" + shared + "): seeds evaluation skipped");
        SeedsEvaluation.Result r = SeedsEvaluation.evaluate(EntityTagger.loadDefault(), shared);
        SeedsEvaluation.print(r, System.out);
        // achieved 90/90 with 0 extra names
        assertThat(r.coreRecall()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.extras()).hasSizeLessThanOrEqualTo(2);
    }
}
