package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The measured quality floor on the ANT-derived labeled set (see {@link DedupEval}); a regression fails here. */
class DedupEvalTest {

    @Test
    void shouldKeepPrecisionAndRecallOfParagraphFlagsAboveMeasuredFloor() throws Exception {
        Path data = Path.of(System.getProperty("khabar.shared", "../../shared"), "data/news/ant-2018-08-10.jsonl");
        Assumptions.assumeTrue(Files.exists(data), "ANT data not found at " + data + "; skipping");
        DedupEval.Options d = DedupEval.Options.defaults();
        // A smaller stream than the CLI's default, to keep the suite short; same seed, detector and labels.
        DedupEval.Options options = new DedupEval.Options(d.seed(), 1000, 1200, d.maxEdit(), d.threshold(),
                d.bands(), d.rows(), d.mode(), d.minTokens());
        DedupEval.Result result = DedupEval.run(data, options);
        System.out.println("dedup-eval: " + result);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(result.heavyRecall()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.syntheticPositives()).isGreaterThan(800);
    }
}
