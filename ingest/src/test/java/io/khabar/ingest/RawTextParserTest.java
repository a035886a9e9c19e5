package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RawTextParserTest {

    @Test
    void shouldReadTitleAndSputnikParenthesizedDateline() {
        ParsedText parsed = RawTextParser.parse(Fixtures.text("articles/a1-sputnik-title.txt"));
        assertThat(parsed.title()).isEqualTo("وزير الخارجية الأردني يبحث مع نظيره الروسي أزمة المياه في حوض اليرموك");
        assertThat(parsed.source()).isEqualTo("سبوتنيك");
        assertThat(parsed.publishedAt()).isEqualTo("2022-03-14");
        assertThat(parsed.dateline()).isNull();
        assertThat(parsed.paragraphs()).hasSize(3);
        assertThat(parsed.paragraphs().get(0)).startsWith("بحث وزير الخارجية الأردني، اليوم الاثنين");
        assertThat(parsed.boilerplate()).isEmpty();
    }

    @Test
    void shouldReadCityAgencyDatelineWithoutTitleAndSingleNewlineParagraphs() {
        ParsedText parsed = RawTextParser.parse(Fixtures.text("articles/a2-city-agency.txt"));
        assertThat(parsed.title()).isNull();
        assertThat(parsed.dateline()).isEqualTo("بيروت");
        assertThat(parsed.source()).isEqualTo("سبوتنيك");
        assertThat(parsed.publishedAt()).isNull();
        assertThat(parsed.paragraphs()).hasSize(3);
        assertThat(parsed.paragraphs().get(0)).as("the place and the agency stay in the text, to be tagged there")
                .startsWith("بيروت - سبوتنيك. أعلنت وزارة الطاقة اللبنانية");
    }

    @Test
    void shouldTakeADateLineWithEveningMarkerAsPublicationNotBody() {
        ParsedText parsed = RawTextParser.parse(Fixtures.text("articles/a3-date-line-pm.txt"));
        assertThat(parsed.title()).isEqualTo("مصر تفتتح محطة جديدة لتحلية مياه البحر في العلمين");
        assertThat(parsed.publishedAt()).isEqualTo("2022-03-16T21:05");
        assertThat(parsed.paragraphs()).hasSize(2).noneMatch(p -> p.contains("09:05"));
    }

    @Test
    void shouldMoveSourceLineKeywordsAndRelatedHeadlinesToBoilerplate() {
        ParsedText parsed = RawTextParser.parse(Fixtures.text("articles/a4-source-furniture.txt"));
        assertThat(parsed.publishedAt()).isEqualTo("2022-03-17T10:30");
        assertThat(parsed.source()).isEqualTo("صحيفة الأفق");
        assertThat(parsed.paragraphs()).hasSize(3);
        assertThat(parsed.boilerplate()).containsExactly("المصدر | صحيفة الأفق + وكالات", "كلمات مفتاحية",
                "سوريا لبنان الأردن", "انخفاض منسوب نهر الفرات إلى مستوى قياسي", "مزارعو البقاع يطالبون بدعم حكومي عاجل");
    }

    @Test
    void shouldNotTakeAFirstSentenceForATitle() {
        ParsedText parsed = RawTextParser.parse(Fixtures.text("articles/a5-no-title.txt"));
        assertThat(parsed.title()).isNull();
        assertThat(parsed.source()).isNull();
        assertThat(parsed.dateline()).isNull();
        assertThat(parsed.publishedAt()).isNull();
        assertThat(parsed.paragraphs()).hasSize(2);
    }

    @Test
    void shouldReadCityCountryAgencyInParenthesesDateline() {
        ParsedText parsed = RawTextParser.parse(Fixtures.text("articles/a6-cnn-style.txt"));
        assertThat(parsed.dateline()).isEqualTo("عمّان");
        assertThat(parsed.source()).isEqualTo("CNN");
        assertThat(parsed.paragraphs().get(0)).startsWith("عمّان، الأردن (CNN)-- أعلنت الحكومة الأردنية");
    }

    @Test
    void shouldReadAnAnadoluDatelineAndKeepItInTheText() {
        ParsedText parsed = RawTextParser.parse("""
                أردوغان وعلييف يفتتحان خط أنابيب الغاز إلى نخجوان

                إغدير/ الأناضول

                افتتح الرئيس التركي ونظيره الأذربيجاني، الاثنين، خط أنابيب الغاز.
                """);
        assertThat(parsed.dateline()).isEqualTo("إغدير");
        assertThat(parsed.source()).isEqualTo("الأناضول");
        assertThat(parsed.paragraphs()).containsExactly("إغدير/ الأناضول",
                "افتتح الرئيس التركي ونظيره الأذربيجاني، الاثنين، خط أنابيب الغاز.");
        ParsedText inline = RawTextParser.parse("عنوان\n\nأنقرة/ الأناضول - أعلنت وزارة الدفاع التركية أمس.\n");
        assertThat(inline.dateline()).isEqualTo("أنقرة");
        assertThat(inline.source()).isEqualTo("الأناضول");
        assertThat(inline.paragraphs()).containsExactly("أنقرة/ الأناضول - أعلنت وزارة الدفاع التركية أمس.");
    }

    @Test
    void shouldTakeAPlaceAndDateLineAsDatelineAndPublicationDate() {
        ParsedText parsed = RawTextParser.parse("""
                الحوثيون يعلنون استهداف سفينة في البحر الأحمر

                صنعاء - الأربعاء 14 شباط/فبراير 2024

                أعلنت الجماعة، الأربعاء، استهداف سفينة تجارية.
                """);
        assertThat(parsed.title()).isEqualTo("الحوثيون يعلنون استهداف سفينة في البحر الأحمر");
        assertThat(parsed.dateline()).isEqualTo("صنعاء");
        assertThat(parsed.publishedAt()).isEqualTo("2024-02-14");
        assertThat(parsed.paragraphs()).containsExactly("أعلنت الجماعة، الأربعاء، استهداف سفينة تجارية.");

        ParsedText untitled = RawTextParser.parse("أنقرة - 28 أيار/مايو 2023\n\nأعلن المجلس فوز الرئيس.\n");
        assertThat(untitled.title()).as("a place and a date is no title").isNull();
        assertThat(untitled.dateline()).isEqualTo("أنقرة");
        assertThat(untitled.publishedAt()).isEqualTo("2023-05-28");
        assertThat(untitled.paragraphs()).containsExactly("أعلن المجلس فوز الرئيس.");

        ParsedText notADate = RawTextParser.parse("عنوان الخبر\n\nبيروت - لبنان يواجه أزمة كهرباء خانقة.\n");
        assertThat(notADate.publishedAt()).isNull();
        assertThat(notADate.paragraphs()).hasSize(1);
    }

    @Test
    void shouldNeedABlankLineAfterATitle() {
        ParsedText parsed = RawTextParser.parse("عنوان قصير بلا نقطة\nوفقرة تليه مباشرة دون سطر فارغ.\n");
        assertThat(parsed.title()).isNull();
        assertThat(parsed.paragraphs()).hasSize(2);
    }

    @Test
    void shouldKeepAFurnitureHeadingInTheFirstParagraphAndResumeBodyAfterHeadlines() {
        ParsedText parsed = RawTextParser.parseBody(List.of(
                "فقرة أولى طويلة بما يكفي لتكون متن الخبر وتحمل معلومات عن الموضوع.",
                "اقرأ أيضاً:",
                "عنوان خبر ذي صلة",
                "وتابع التقرير أن الأزمة مرشحة للتفاقم في الأشهر المقبلة مع تراجع الاحتياطيات وارتفاع الطلب على المياه في المدن الكبرى."));
        assertThat(parsed.boilerplate()).containsExactly("اقرأ أيضاً:", "عنوان خبر ذي صلة");
        assertThat(parsed.paragraphs()).hasSize(2);
        assertThat(parsed.body()).contains("\n\nوتابع التقرير");
    }

    @Test
    void shouldTrimNoBreakSpacesAndBidiMarks() {
        ParsedText parsed = RawTextParser.parse("\u200F\u00A0أول فقرة في الخبر.\u00A0\n\n\uFEFFثاني فقرة.\n");
        assertThat(parsed.paragraphs()).containsExactly("أول فقرة في الخبر.", "ثاني فقرة.");
    }

    @Test
    void shouldGiveNoParagraphsForWhitespaceOnlyText() {
        assertThat(RawTextParser.parse(" \n\u00A0\n\t\n").paragraphs()).isEmpty();
    }
}
