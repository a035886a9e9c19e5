package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The family name of a person named in full, tagged where it stands alone later (given labels, no model). */
class SurnameRepeatsTest {

    private static final Gazetteer GAZETTEER = EntityTagger.defaultGazetteer();
    /**
     * News statistics for four words: أمام and كبير are mostly outside names in the news; so are العيداني, seen 6
     * times only (the model missed it there), and حبوب ("grains"), which the gazetteer lists for a person; أدرعي, 38
     * times, which the model missed there too, and رئيسي, 50 times, which the news also writes الرئيسي ("the main").
     */
    private static final WordClusters NEWS = DocumentFixture.news(
            "امام\t1266\t425\t46\t9\nكبير\t689\t285\t55\t9\nالعيداني\t6\t369\t27\t9\nحبوب\t17\t1\t1\t9\n"
                    + "ادرعي\t38\t1\t1\t9\nرئيسي\t50\t1\t1\t9\nالرئيسي\t400\t1\t1\t9\nالعليان\t24\t1\t1\t9\n"
                    + "الكبير\t90\t1\t1\t9\nكبير\t689\t1\t1\t9\n"
                    + "لولا\t52\t1\t1\t1\nسوليفان\t25\t1\t1\t9\nالاسد\t900\t1\t1\t2\n");

    @Test
    void shouldTagTheFamilyNameOfAPersonNamedInFullWhereItStandsAlone() {
        assertThat(repeats(
                "وقال القس أندرو برانسون إن المحكمة رفضت طلبه", "O O B-PERS I-PERS O O O O",
                "وطالبت واشنطن بالإفراج عن برانسون فورا", "O B-LOC O O O O",
                "وقال محاميه إن لبرانسون الحق في الاستئناف", "O O O O O O O",
                "وغادر وبرانسون", "O O",
                "ودعا ترامب لبرانسون", "O B-PERS O"))
                .containsExactly(
                        "O O B-PERS I-PERS O O O O",
                        "O B-LOC O O B-PERS O",
                        "O O O B-PERS O O O",
                        "O B-PERS",
                        "O B-PERS O"); // right after another name: left alone
        // but with و after a person's name: the next name of a list
        assertThat(repeats("وقال القس أندرو برانسون إن المحكمة رفضت طلبه", "O O B-PERS I-PERS O O O O",
                "وتحدث ترامب وبرانسون هاتفيا", "O B-PERS O O"))
                .last().isEqualTo("O B-PERS B-PERS O");
        // ل + الأسد is written للأسد
        assertThat(repeats("التقى الرئيس بشار الأسد وفدا", "O O B-PERS I-PERS O",
                "وقال مؤيدون للأسد إن", "O O O O"))
                .containsExactly("O O B-PERS I-PERS O", "O O B-PERS O");
    }

    @Test
    void shouldTakeARepeatAfterAPlaceThatIsTheSubjectOfAVerb() {
        // اعتقلت أنقرة برانسون: a country or a capital of one word, then the verb's object
        assertThat(repeats("وقال القس أندرو برانسون إن", "O O B-PERS I-PERS O",
                "وتتهم تركيا برانسون بدعم الانقلاب", "O B-LOC O O O"))
                .last().isEqualTo("O B-LOC B-PERS O O");
        // not after a place of two words, nor after a definite one (the model's place may be a longer name's start)
        assertThat(repeats("وقال القس أندرو برانسون إن", "O O B-PERS I-PERS O",
                "وتتهم الولايات المتحدة برانسون بدعم", "O B-LOC I-LOC O O"))
                .last().isEqualTo("O B-LOC I-LOC O O");
    }

    @Test
    void shouldLeaveTheWordAloneNextToAnotherNameOrAfterAJoiningWord() {
        assertThat(repeats("وقال أندرو برانسون إن", "O B-PERS I-PERS O",
                "والتقى نورين برانسون زوجها", "O B-PERS O O",
                "وقالت آل برانسون في بيان", "O O O O O"))
                .containsExactly("O B-PERS I-PERS O", "O B-PERS O O", "O O O O O");
    }

    @Test
    void shouldTakeNoFamilyNameThatIsAGivenNameATriggerOrPartOfACompound() {
        // علي is a given name, الشيخ a title (تركي آل الشيخ), السلام ends عبد السلام, الدين ends نور الدين
        assertThat(repeats("قال محمد علي وتركي آل الشيخ وأحمد عبد السلام ونور الدين", "O B-PERS I-PERS B-PERS I-PERS "
                        + "I-PERS B-PERS I-PERS I-PERS B-PERS I-PERS",
                "على أن الشيخ تحدث عن السلام وحجم الدين", "O O O O O O O O"))
                .containsExactly("O B-PERS I-PERS B-PERS I-PERS I-PERS B-PERS I-PERS I-PERS B-PERS I-PERS",
                        "O O O O O O O O");
    }

    @Test
    void shouldTakeNoFamilyNameThatTheNewsMostlyUsesOutsideNames() {
        assertThat(repeats("وقال اللاعب حازم إمام إن", "O O B-PERS I-PERS O",
                "ووقف أمام المحكمة بشكل كبير", "O O O O O"))
                .containsExactly("O O B-PERS I-PERS O", "O O O O O");
        // a rare word: the news prior does not tell
        assertThat(repeats("افتتح المحافظ أسعد العيداني المستشفى", "O O B-PERS I-PERS O",
                "وقال العيداني إن", "O O O"))
                .containsExactly("O O B-PERS I-PERS O", "O B-PERS O");
    }

    @Test
    void shouldTakeAForeignFamilyNameThatTheModelMissedInTheNews() {
        // fewer than 100 times in the news, and never with ال: the news prior is the model's miss, not a common word
        assertThat(repeats("قال أفيخاي أدرعي إن", "O B-PERS I-PERS O", "وأضاف أدرعي أنه", "O O O"))
                .containsExactly("O B-PERS I-PERS O", "O B-PERS O");
        // written with ال in the news: an adjective or a noun
        assertThat(repeats("قال إبراهيم رئيسي إن", "O B-PERS I-PERS O", "وهو دور رئيسي في", "O O O O"))
                .containsExactly("O B-PERS I-PERS O", "O O O O");
        // definite, and never written without ال; not a definite word the news also writes without it
        assertThat(repeats("قالت لبنى العليان إن", "O B-PERS I-PERS O", "وتشغل العليان منصب", "O O O"))
                .containsExactly("O B-PERS I-PERS O", "O B-PERS O");
        assertThat(repeats("قال محمد الكبير إن", "O B-PERS I-PERS O", "وله دور الكبير في", "O O O O"))
                .containsExactly("O B-PERS I-PERS O", "O O O O");
    }

    @Test
    void shouldTakeAFamilyNameThatTheNewsMostlyUsesOutsideNamesOnlyAloneBetweenQuotes() {
        // كبير stands for a common word that is someone's family name (البرهان "the proof", رئيسي "main"): between
        // quotes alone, as agencies quote names, it is the person, also where the model took it for another name
        assertThat(repeats("وقال الفريق أول \" عمر كبير \" إن", "O O O O B-PERS I-PERS O O",
                "وقال \" كبير \" إن الجيش", "O O B-MISC O O O",
                "وهو دور كبير للجيش", "O O O O",
                "ووصف الدور بأنه \" كبير جدا \"", "O O O O O O O"))
                .containsExactly("O O O O B-PERS I-PERS O O", "O O B-PERS O O O", "O O O O", "O O O O O O O");
    }

    @Test
    void shouldTakeAFamilyNameThatTheNewsMostlyUsesOutsideNamesBetweenAVerbOfSayingAndWhatWasSaid() {
        // وقال سلام في كلمة, of نواف سلام: the speaker; not after another verb, nor before other words
        assertThat(repeats("وقال الفريق أول عمر كبير إن", "O O O B-PERS I-PERS O",
                "وأضاف كبير في كلمة", "O O O O",
                "وقال كبير المفاوضين إن", "O O O O",
                "وكان كبير الحجم", "O O O"))
                .containsExactly("O O O B-PERS I-PERS O", "O B-PERS O O", "O O O O", "O O O");
    }

    @Test
    void shouldLeaveARepeatAfterAWordAnnouncingAPlaceOrAnOrganization() {
        // معبر is no person's title: معبر نصيب is the crossing
        assertThat(repeats("قال جابر نصيب إن", "O B-PERS I-PERS O", "وفتح معبر نصيب أمس", "O O O O"))
                .containsExactly("O B-PERS I-PERS O", "O O O O");
    }

    @Test
    void shouldCountOnlyTheFullNamesWithinTheWindowInRunningText() {
        List<String> text = new ArrayList<>(List.of("قال أندرو برانسون إن", "O B-PERS I-PERS O"));
        for (int k = 0; k < 4; k++) {
            text.addAll(List.of("وتابع المحامي حديثه", "O O O"));
        }
        text.addAll(List.of("وطالب برانسون بالإفراج", "O O O"));
        // the full name is 5 sentences before the repeat
        assertThat(repeats(2, text.toArray(String[]::new))).last().isEqualTo("O O O");
        assertThat(repeats(4, text.toArray(String[]::new))).last().isEqualTo("O O O");
        assertThat(repeats(5, text.toArray(String[]::new))).last().isEqualTo("O B-PERS O");
    }

    /** Labels after the rule over an article given as alternating sentence text and IOB2 labels. */
    @Test
    void shouldTagAFamilyNameListedAloneEvenWithoutTheFullName() {
        // =باشينيان is listed for نيكول باشينيان; a place may follow it
        assertThat(repeats("بينما اتهم باشينيان باكو بالسعي", "O O O B-LOC O", "وقال لباشينيان إن", "O O O"))
                .containsExactly("O O B-PERS B-LOC O", "O B-PERS O");
        // =حبوب is listed for الشرقاوي حبوب, but the news writes حبوب mostly as "grains"
        assertThat(repeats("وارتفعت أسعار حبوب القمح", "O O O O")).containsExactly("O O O O");
        // taken alone for another kind of name, between quotes
        assertThat(repeats("مع \" علييف \" و\" باشينيان \" خلال", "O O B-PERS O O B-MISC O O"))
                .containsExactly("O O B-PERS O O B-PERS O O");
    }

    @Test
    void shouldRetypeAnUnlistedRepeatTheModelTookForAnotherKindOfName() {
        assertThat(repeats("وقالت يلينا أوستابينكو إن", "O B-PERS I-PERS O", "وفازت أوستابينكو بالمباراة", "O B-ORG O"))
                .containsExactly("O B-PERS I-PERS O", "O B-PERS O");
        // a listed place that the list gives alone as the person's family name too, beside her full name
        assertThat(repeats("أمام اليابانية نعومي أوساكا .", "O O B-PERS I-PERS O", "وقالت أوساكا إن", "O B-LOC O"))
                .containsExactly("O O B-PERS I-PERS O", "O B-PERS O");
        // but not without it
        assertThat(repeats("زلزال في أوساكا اليوم", "O O O O")).containsExactly("O O O O");
        // a listed place stays one (واشنطن the city beside جورج واشنطن)
        assertThat(repeats("جامعة جورج واشنطن العريقة", "O B-PERS I-PERS O", "وصل إلى واشنطن أمس", "O O B-LOC O"))
                .containsExactly("O B-PERS I-PERS O", "O O B-LOC O");
    }

    @Test
    void shouldTagTheRepeatsOfAOneWordNameThatTheNewsKnowsAsAPerson() {
        // لولا: 52 times in the news, a quarter of them or more inside a person's name; tagged alone, with ل too
        assertThat(repeats("وقال لولا إن", "O B-PERS O", "وطالب بترشيح لولا", "O O O",
                "وقال الفريق الممثل للولا إن", "O O O O O"))
                .containsExactly("O B-PERS O", "O O B-PERS", "O O O B-PERS O");
        // and from a tagged mention with a clitic
        assertThat(repeats("تصريحات مؤيدة للولا", "O O B-PERS", "ترشيح لولا باطل", "O O O"))
                .last().isEqualTo("O B-PERS O");
        // not a word the news does not tell (سوليفان, mostly missed there), nor a definite one (الأسد, the lion too)
        assertThat(repeats("وقال سوليفان إن", "O B-PERS O", "وأضاف سوليفان أن", "O O O"))
                .last().isEqualTo("O O O");
        assertThat(repeats("ويحكم الأسد سوريا", "O B-PERS B-LOC", "وزأر الأسد", "O O"))
                .last().isEqualTo("O O");
    }

    private static List<String> repeats(String... sentencesAndLabels) {
        return repeats(Integer.MAX_VALUE, sentencesAndLabels);
    }

    private static List<String> repeats(int window, String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(NEWS, sentencesAndLabels);
        SurnameRepeats.tag(d.sentences(), d.extracted(), d.labels(), NEWS, GAZETTEER, window);
        return d.labelNames();
    }
}
