package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name grown to the untagged listed given name before it (given labels, no model). */
class GivenNamesTest {

    /** News counts: تلتقي, مسلم, هامش and متوجه are words the news knows, المسلم a word it writes less often. */
    private static final WordClusters NEWS = DocumentFixture.news("تلتقي\t50\t1\t1\t9\nمسلم\t27\t1\t1\t9\n"
            + "هامش\t300\t1\t1\t9\nالمسلم\t10\t1\t1\t9\nمتوجه\t40\t1\t1\t9\nجميله\t300\t1\t1\t9\n"
            + "عام\t900\t1\t1\t9\nرفاقه\t500\t1\t1\t9\nهدفا\t400\t1\t1\t9\nفي\t9000\t1\t1\t9\n");

    @Test
    void shouldTakeInTheGivenNameBeforeAPersonsName() {
        assertThat(grow("بسجن أمل فتحي ،", "O O B-PERS O")).isEqualTo("O B-PERS I-PERS O");
        assertThat(grow("والمواطن علي سعيد العالول (", "O O B-PERS I-PERS O")).isEqualTo("O B-PERS I-PERS I-PERS O");
        // with و before the given name
        assertThat(grow("هازارد وكيفن دي ماتيو ،", "B-PERS O B-PERS I-PERS O"))
                .isEqualTo("B-PERS B-PERS I-PERS I-PERS O");
        assertThat(grow("القططي وعلي سعيد العالول", "B-PERS O B-PERS I-PERS")).isEqualTo("B-PERS B-PERS I-PERS I-PERS");
    }

    @Test
    void shouldLeaveParticlesVerbsAndKinshipWordsOut() {
        // أن and على fold into listed given names (آن, علي)
        assertThat(grow("وقال إن ترامب يرغب", "O O B-PERS O")).isEqualTo("O O B-PERS O");
        assertThat(grow("ورد على بومبيو أمس", "O O B-PERS O")).isEqualTo("O O B-PERS O");
        // a verb of the same letters as a given name, a kinship word, a word for age
        assertThat(grow("ورفعت بدوي قضية", "O B-PERS O")).isEqualTo("O B-PERS O");
        assertThat(grow("وفتح راموس النار", "O B-PERS O")).isEqualTo("O B-PERS O");
        assertThat(grow("وكان عمر بينيت آنذاك", "O O B-PERS O")).isEqualTo("O O B-PERS O");
        // a name that begins with و is another person
        assertThat(grow("تزوجت أماندا وستيف", "O O B-PERS")).isEqualTo("O O B-PERS");
        // a name already tagged before it is left alone
        assertThat(grow("زار محمد صلاح", "O B-PERS B-PERS")).isEqualTo("O B-PERS B-PERS");
    }

    @Test
    void shouldTakeInTheFamilyNameAfterAGivenNameTaggedAloneWhereAPersonIsNamed() {
        // after a verb of saying, before what was said
        assertThat(growFamilyNames("وأشار حسين الفردان إلى أن", "O B-PERS O O O")).isEqualTo("O B-PERS I-PERS O O");
        // after a person's title a few words back, before a mark or a title
        assertThat(growFamilyNames("مدير الدرك اللواء الركن حسين الحواتمة .", "O O O O B-PERS O O"))
                .isEqualTo("O O O O B-PERS I-PERS O");
        assertThat(growFamilyNames("وزير الإدارة المحلية والبيئة حسين مخلوف .", "O O O O B-PERS O O"))
                .isEqualTo("O O O O B-PERS I-PERS O");
    }

    @Test
    void shouldLeaveVerbsAdjectivesAndAdverbsAfterAGivenNameAlone() {
        // a verb in the future, an adjective the news writes without ال, an adverb in the accusative
        assertThat(growFamilyNames("قال زعيم الحزب إن كيم سيلتقي رئيس", "O O O O B-PERS O O"))
                .isEqualTo("O O O O B-PERS O O");
        assertThat(growFamilyNames("فإن الملك موسى المسلم حاكم", "O O B-PERS O O")).isEqualTo("O O B-PERS O O");
        assertThat(growFamilyNames("وقال منصور متوجها إلى", "O B-PERS O O")).isEqualTo("O B-PERS O O");
        // no verb of saying or title before the given name
        assertThat(growFamilyNames("وتوجت محاولات صلاح المتعددة .", "O O B-PERS O O")).isEqualTo("O O B-PERS O O");
    }

    /** Labels after {@link GivenNames#growFamilyNames} over one sentence given as text and IOB2 labels. */
    @Test
    void shouldBeginThePersonAfterAPersonsNameAtAGivenNameWithWa() {
        DocumentFixture.SentenceRule wa = GivenNames::tagConjoinedGivenNames;
        assertThat(DocumentFixture.after(wa, NEWS, "غنى محمد منير وخالد سليم .", "O B-PERS I-PERS O O O"))
                .isEqualTo("O B-PERS I-PERS B-PERS I-PERS O");
        assertThat(DocumentFixture.after(wa, NEWS, "وشارك هاني شاكر وماجدة النمر وأحمد سعد", "O B-PERS I-PERS O O O O"))
                .isEqualTo("O B-PERS I-PERS B-PERS I-PERS B-PERS I-PERS");
        // the given name alone before a mark or another given name with و
        assertThat(DocumentFixture.after(wa, NEWS, "حضر عادل إمام وسعاد وخالد .", "O B-PERS I-PERS O O O"))
                .isEqualTo("O B-PERS I-PERS B-PERS B-PERS O");
        // two words the news does not know
        assertThat(DocumentFixture.after(wa, NEWS, "سجل توماس مولر وكارلو بيرتي .", "O B-PERS I-PERS O O O"))
                .isEqualTo("O B-PERS I-PERS B-PERS I-PERS O");
        assertThat(DocumentFixture.after(wa, NEWS, "وصل توماس مولر ورفاقه أمس", "O B-PERS I-PERS O O"))
                .isEqualTo("O B-PERS I-PERS O O");
        // not before a common word, nor after a name of another type
        assertThat(DocumentFixture.after(wa, NEWS, "بين خطابي الأسد وأمين عام الحزب", "O O B-PERS O O O"))
                .isEqualTo("O O B-PERS O O O");
        assertThat(DocumentFixture.after(wa, NEWS, "زار الوفد مصر وخالد سليم .", "O O B-LOC O O O"))
                .isEqualTo("O O B-LOC O O O");
    }

    @Test
    void shouldTagUnknownWordsAfterAPersonsTitleAsAPerson() {
        DocumentFixture.SentenceRule titles = (t, x, l, g, c) -> GivenNames.tagUnknownNamesAfterTitles(t, x, l, c);
        assertThat(DocumentFixture.after(titles, NEWS, "وقالت الممثلة جينيفر بيسوني إن", "O O O O O"))
                .isEqualTo("O O B-PERS I-PERS O");
        assertThat(DocumentFixture.after(titles, NEWS, "وسجل المهاجم الفنلندي ياري كورهونن هدفا", "O O O O O O"))
                .isEqualTo("O O O B-PERS I-PERS O");
        // not a word the news knows, a word with و, nor words with no title before them
        assertThat(DocumentFixture.after(titles, NEWS, "وقال الممثلة هامش بيسوني", "O O O O")).isEqualTo("O O O O");
        assertThat(DocumentFixture.after(titles, NEWS, "الممثلة جينيفر وبيسوني", "O O O")).isEqualTo("O O O");
        assertThat(DocumentFixture.after(titles, NEWS, "وقالت جينيفر بيسوني إن", "O O O O")).isEqualTo("O O O O");
    }

    @Test
    void shouldTagALoneGivenNameAfterADefiniteTitle() {
        DocumentFixture.SentenceRule lone = GivenNames::tagLoneGivenNamesAfterTitles;
        assertThat(DocumentFixture.after(lone, NEWS, "واستطاع الإمام علي في", "O O O O")).isEqualTo("O O B-PERS O");
        assertThat(DocumentFixture.after(lone, NEWS, "كان عمر الإمام علي 63 سنة", "O O O O O O"))
                .isEqualTo("O O O B-PERS O O");
        assertThat(DocumentFixture.after(lone, NEWS, "اتفقت مع اللاعب علي .", "O O O O O")).isEqualTo("O O O B-PERS O");
        // not a word more often something else, an indefinite title, a title after a name, nor before an unknown word
        assertThat(DocumentFixture.after(lone, NEWS, "وقال المتحدث باسم الخارجية", "O O O O")).isEqualTo("O O O O");
        assertThat(DocumentFixture.after(lone, NEWS, "في مؤتمر صحفي صباح في", "O O O O O")).isEqualTo("O O O O O");
        assertThat(DocumentFixture.after(lone, NEWS, "فائق الشيخ علي .", "B-PERS O O O")).isEqualTo("B-PERS O O O");
        assertThat(DocumentFixture.after(lone, NEWS, "قال الإمام علي الربيعي", "O O O O")).isEqualTo("O O O O");
    }

    @Test
    void shouldTagAListedGivenNameAfterAKinshipWord() {
        DocumentFixture.SentenceRule kin = GivenNames::tagAfterKinship;
        assertThat(DocumentFixture.after(kin, NEWS, "سيرغي سكريبال وابنته يوليا .", "B-PERS I-PERS O O O"))
                .isEqualTo("B-PERS I-PERS O B-PERS O");
        // with a comma between
        assertThat(DocumentFixture.after(kin, NEWS, "وكان سكريبال وابنته ، يوليا ،", "O B-PERS O O O O"))
                .isEqualTo("O B-PERS O O B-PERS O");
        // not a given name that is a verb or a word for age, nor one the news mostly uses as a common word
        assertThat(DocumentFixture.after(kin, NEWS, "ونجله حافظ على", "O O O")).isEqualTo("O O O");
        assertThat(DocumentFixture.after(kin, NEWS, "كان ابنه عمر سنتين", "O O O O")).isEqualTo("O O O O");
        assertThat(DocumentFixture.after(kin, NEWS, "زوجته جميلة جدا", "O O O")).isEqualTo("O O O");
    }

    @Test
    void shouldTagAnUntaggedGivenAndFamilyNameAfterATitleAndItsField() {
        DocumentFixture.SentenceRule titles = GivenNames::tagAfterTitles;
        assertThat(DocumentFixture.after(titles, NEWS, "الثقة عن وزير العمل علي الربيعي ، والذي", "O O O O O O O O"))
                .isEqualTo("O O O O B-PERS I-PERS O O");
        assertThat(DocumentFixture.after(titles, NEWS, "حاولت النجمة الشهيرة سلمى حايك تقديم", "O O O O O O"))
                .isEqualTo("O O O B-PERS I-PERS O");
        // no definite word between the title and the name, a particle that folds into a given name, a verb
        assertThat(DocumentFixture.after(titles, NEWS, "قال الوزير علي حايك", "O O O O")).isEqualTo("O O O O");
        assertThat(DocumentFixture.after(titles, NEWS, "تأسفت المغنية اليمنية على طفولة", "O O O O O"))
                .isEqualTo("O O O O O");
        assertThat(DocumentFixture.after(titles, NEWS, "قال وزير الخارجية كيم سيلتقي", "O O O O O"))
                .isEqualTo("O O O O O");
        // a word the news knows well after علي, which ANERcorp writes for على
        assertThat(DocumentFixture.after(titles, NEWS, "وزيرة التعاون الدولي علي هامش المؤتمر", "O O O O O O"))
                .isEqualTo("O O O O O O");
    }

    private static String growFamilyNames(String sentence, String labels) {
        return DocumentFixture.after(GivenNames::growFamilyNames, NEWS, sentence, labels);
    }

    /** Labels after the rule over one sentence given as text and IOB2 labels. */
    @Test
    void shouldJoinAGivenOrUnknownNameTaggedAloneToTheUnlistedNameAfterIt() {
        // an unknown word, or a listed given name, then a name no list knows
        assertThat(join("رئيس اللجنة يورغن فيستر هاوغلاند إن", "O O B-PERS B-PERS I-PERS O"))
                .isEqualTo("O O B-PERS I-PERS I-PERS O");
        assertThat(join("بأن فورستي غوردون كلارك هو", "O B-PERS B-PERS I-PERS O")).isEqualTo("O B-PERS I-PERS I-PERS O");
        // a word the news knows, a listed name after it, و or ل, "to", before the second
        assertThat(join("وخاطب هامش كاسن قائلا", "O B-PERS B-PERS O")).isEqualTo("O B-PERS B-PERS O");
        assertThat(join("وشكرت يورغن ترامب على", "O B-PERS B-PERS O")).isEqualTo("O B-PERS B-PERS O");
        assertThat(join("ثم توجه بيركاي لتوران قائلا", "O O B-PERS B-PERS O")).isEqualTo("O O B-PERS B-PERS O");
        assertThat(join("التقى يورغن وكاسن", "O B-PERS B-PERS")).isEqualTo("O B-PERS B-PERS");
    }

    private static String join(String sentence, String labels) {
        DocumentFixture d = DocumentFixture.of(NEWS, sentence, labels);
        GivenNames.joinUnknownGivenNames(d.sentences().get(0), d.extracted().get(0), d.labels().get(0),
                EntityTagger.defaultGazetteer(), NEWS);
        return d.labelNames().get(0);
    }

    private static String grow(String sentence, String labels) {
        DocumentFixture d = DocumentFixture.of(DocumentFixture.news(""), sentence, labels);
        GivenNames.grow(d.sentences().get(0), d.extracted().get(0), d.labels().get(0), EntityTagger.defaultGazetteer());
        return d.labelNames().get(0);
    }
}
