package io.khabar.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private static final String TEXT = "وانتشرت بموجب البيان قوة روسية لحفظ السلام قوامها نحو ألفي جندي على طول خط"
            + " التماس وفي ممر لاتشين الذي يربط الإقليم بالأراضي الأرمينية لمدة خمس سنوات قابلة للتمديد";

    private final Fingerprinter minhash = new Fingerprinter(DedupMode.MINHASH, 10, 2);

    @Test
    void shouldGiveIdenticalFingerprintsToTextsEqualAfterNormalization() {
        Fingerprint a = minhash.of(TEXT);
        Fingerprint b = minhash.of(TEXT.replace("ألفي", "الفي").replace("،", ""));
        assertThat(a.exactHash()).isEqualTo(b.exactHash());
        assertThat(a.bandKeys()).isEqualTo(b.bandKeys());
        assertThat(Similarity.of(a, b)).isEqualTo(1.0);
    }

    @Test
    void shouldShareABucketForNearRepeatsWithHighProbability() {
        Random random = new Random(7);
        List<String> words = Arrays.asList(TEXT.split(" "));
        int shared = 0;
        int trials = 500;
        for (int t = 0; t < trials; t++) {
            List<String> edited = new ArrayList<>(words);
            for (int k = 0; k < 3; k++) {
                edited.set(random.nextInt(edited.size()), "كلمة" + random.nextInt(1000));
            }
            long[] a = minhash.of(TEXT).bandKeys();
            long[] b = minhash.of(String.join(" ", edited)).bandKeys();
            for (int i = 0; i < a.length; i++) {
                if (a[i] == b[i]) {
                    shared++;
                    break;
                }
            }
        }
        assertThat((double) shared / trials).isGreaterThan(0.97);
    }

    @Test
    void shouldRarelyShareABucketForUnrelatedTexts() {
        Fingerprint a = minhash.of(TEXT);
        Fingerprint b = minhash.of("أعلنت وزارة الصحة اليوم تسجيل ارتفاع في عدد الإصابات بالحمى الموسمية في عدة"
                + " محافظات جنوبية وسط تحذيرات من نقص الأدوية في المستشفيات الحكومية");
        assertThat(Arrays.stream(a.bandKeys()).anyMatch(k -> Arrays.stream(b.bandKeys()).anyMatch(x -> x == k)))
                .isFalse();
        assertThat(Similarity.of(a, b)).isLessThan(0.1);
    }

    @Test
    void shouldEstimateTokenJaccardFromMinHashCollisions() {
        Fingerprinter many = new Fingerprinter(DedupMode.MINHASH, 256, 1);
        List<String> words = Arrays.asList(TEXT.split(" "));
        List<String> half = new ArrayList<>(words.subList(0, words.size() / 2));
        for (int i = 0; i < words.size() / 2; i++) {
            half.add("جديد" + i);
        }
        long[] a = many.of(String.join(" ", words)).bandKeys();
        long[] b = many.of(String.join(" ", half)).bandKeys();
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            equal += a[i] == b[i] ? 1 : 0;
        }
        double truth = trueContentJaccard(words, half);
        assertThat((double) equal / a.length).isCloseTo(truth, within(0.1));
    }

    @Test
    void shouldUseOneExactKeyInExactMode() {
        Fingerprinter exact = new Fingerprinter(DedupMode.EXACT, 10, 2);
        assertThat(exact.of(TEXT).bandKeys()).hasSize(1);
        assertThat(exact.of(TEXT).features()).isEmpty();
    }

    private static double trueContentJaccard(List<String> a, List<String> b) {
        var x = new java.util.HashSet<String>();
        var y = new java.util.HashSet<String>();
        CanonicalForm.tokens(String.join(" ", a)).stream().filter(t -> !CanonicalForm.isStopWord(t)).forEach(x::add);
        CanonicalForm.tokens(String.join(" ", b)).stream().filter(t -> !CanonicalForm.isStopWord(t)).forEach(y::add);
        var inter = new java.util.HashSet<>(x);
        inter.retainAll(y);
        var union = new java.util.HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }
}
