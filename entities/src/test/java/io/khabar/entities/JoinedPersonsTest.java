package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Two persons' names run together by the model, split on the document's evidence (given labels, no model). */
class JoinedPersonsTest {

    /** News counts: بيونغ (of بيونغ يانغ) is a more frequent word than the name يونغ. */
    private static final WordClusters NEWS = DocumentFixture.news("بيونغ\t900\t1\t1\t0\nيونغ\t40\t1\t1\t0\n");

    @Test
    void shouldSplitBeforeAPrepositionOrConjunctionJoinedToAPersonTheDocumentNamesInFull() {
        assertThat(split(
                "وقال جورج بابادوبولوس إنه التقى جوزيف ميسفود", "O B-PERS I-PERS O O B-PERS I-PERS",
                "وقال ميسفود لبابادوبولوس إن لدى الروس أدلة", "O B-PERS I-PERS O O O O",
                "والتقى الملك سلمان والسيسي في الرياض", "O O B-PERS I-PERS O B-LOC",
                "وقال عبد الفتاح السيسي إن", "O B-PERS I-PERS I-PERS O"))
                .containsExactly(
                        "O B-PERS I-PERS O O B-PERS I-PERS",
                        "O B-PERS B-PERS O O O O",
                        "O O B-PERS B-PERS O B-LOC",
                        "O B-PERS I-PERS I-PERS O");
        // the first word of a full name counts too: كيم of كيم جونغ أون
        assertThat(split("وأشاد كيم جونغ أون بالقمة", "O B-PERS I-PERS I-PERS O",
                "قبل لقاء ترامب بكيم في سنغافورة", "O O B-PERS I-PERS O B-LOC"))
                .last().isEqualTo("O O B-PERS B-PERS O B-LOC");
    }

    @Test
    void shouldLeaveANameAloneWithoutTheSecondPersonInTheDocument() {
        assertThat(split("وقال ميسفود لبابادوبولوس إن لدى الروس أدلة", "O B-PERS I-PERS O O O O"))
                .containsExactly("O B-PERS I-PERS O O O O");
    }

    @Test
    void shouldLeaveAWordAfterAJoiningWordOrOneMoreFrequentThanTheNameItHides() {
        // قاص names someone here, but أبي joins وقاص to سعد بن أبي; بيونغ is a word of its own (بيونغ يانغ)
        assertThat(split("وقال الكاتب محمد قاص إن", "O O B-PERS I-PERS O",
                "مسجد سعد بن أبي وقاص", "O B-PERS I-PERS I-PERS I-PERS",
                "وقال كيم يونغ تشول إن", "O B-PERS I-PERS I-PERS O",
                "والتقى بارك بيونغ سيوغ", "O B-PERS I-PERS I-PERS"))
                .containsExactly("O O B-PERS I-PERS O", "O B-PERS I-PERS I-PERS I-PERS",
                        "O B-PERS I-PERS I-PERS O", "O B-PERS I-PERS I-PERS");
    }

    @Test
    void shouldCountOnlyTheNamesWithinTheWindowInRunningText() {
        List<String> text = new ArrayList<>(List.of("وقال جورج بابادوبولوس إنه", "O B-PERS I-PERS O"));
        for (int k = 0; k < 3; k++) {
            text.addAll(List.of("وتابع المحامي حديثه", "O O O"));
        }
        text.addAll(List.of("وقال ميسفود لبابادوبولوس إن", "O B-PERS I-PERS O"));
        // the full name is 4 sentences before the run-on name
        assertThat(split(3, text.toArray(String[]::new))).last().isEqualTo("O B-PERS I-PERS O");
        assertThat(split(4, text.toArray(String[]::new))).last().isEqualTo("O B-PERS B-PERS O");
    }

    @Test
    void shouldEndAFamilyNameRunOnIntoTheNextWordOrTheNextPersonsName() {
        WordClusters news = DocumentFixture.news("فسجل\t500\t1\t1\t9\nالعودة\t3000\t1\t1\t9\nيسجل\t800\t1\t1\t9\n");
        // the word after the family name mostly outside names, as written or without its proclitic (ليسجل)
        assertThat(runOns(news,
                "وسجل محمد صلاح هدفا", "O B-PERS I-PERS O",
                "ثم عاد صلاح ليسجل الثالث", "O O B-PERS I-PERS O"))
                .last().isEqualTo("O O B-PERS O O");
        assertThat(runOns(news,
                "وسجل محمد صلاح هدفا", "O B-PERS I-PERS O",
                "أما صلاح فسجل هدفين", "O B-PERS I-PERS O",
                "والتقت أنغيلا ميركل فلاديمير بوتين", "O B-PERS I-PERS B-PERS I-PERS",
                "واستقبلت ميركل بوتين في برلين", "O B-PERS I-PERS O B-LOC"))
                .containsExactly("O B-PERS I-PERS O", "O B-PERS O O", "O B-PERS I-PERS B-PERS I-PERS",
                        "O B-PERS B-PERS O B-LOC");
        // a longer name: the family name, then a given name that begins the next person's
        assertThat(runOns(news,
                "وقال الرئيس عبد المجيد تبون إن", "O O B-PERS I-PERS I-PERS O",
                "كما عين تبون محمد عرقاب وزيرا", "O O B-PERS I-PERS I-PERS O"))
                .last().isEqualTo("O O B-PERS B-PERS I-PERS O");
        // a given name before another person's family name is a name of its own; a father's name is no family name
        assertThat(runOns(news,
                "وقال أشرف مروان إن", "O B-PERS I-PERS O",
                "وشارك مروان كنزاري في الفيلم", "O B-PERS I-PERS O O",
                "والتقى محمد بن سلمان", "O B-PERS I-PERS I-PERS",
                "واعتقل سلمان العودة", "O B-PERS I-PERS"))
                .containsExactly("O B-PERS I-PERS O", "O B-PERS I-PERS O O", "O B-PERS I-PERS I-PERS",
                        "O B-PERS I-PERS");
        // a listed person's name stays whole, though its first word ends another person's name (محمد السادس, the
        // king, after موسى فكي محمد) and the next word is mostly outside names
        WordClusters ordinal = DocumentFixture.news("السادس\t900\t1\t1\t9\n");
        assertThat(runOns(ordinal,
                "وهنأ موسى فكي محمد الرئيس", "O B-PERS I-PERS I-PERS O",
                "كما هنأه الملك محمد السادس", "O O O B-PERS I-PERS"))
                .last().isEqualTo("O O O B-PERS I-PERS");
    }

    private static List<String> runOns(WordClusters news, String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(news, sentencesAndLabels);
        JoinedPersons.splitSurnameRunOns(d.sentences(), d.extracted(), d.labels(), news, Integer.MAX_VALUE);
        return d.labelNames();
    }

    private static List<String> split(String... sentencesAndLabels) {
        return split(Integer.MAX_VALUE, sentencesAndLabels);
    }

    /** Labels after the split over a document given as alternating sentence text and IOB2 labels. */
    private static List<String> split(int window, String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(NEWS, sentencesAndLabels);
        JoinedPersons.split(d.sentences(), d.extracted(), d.labels(), NEWS, window);
        return d.labelNames();
    }
}
