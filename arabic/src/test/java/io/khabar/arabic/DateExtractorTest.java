package io.khabar.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.khabar.model.DateMention;

class DateExtractorTest {

    private static final LocalDate THURSDAY_2022_03_17 = LocalDate.of(2022, 3, 17);

    private static List<String> values(String text, LocalDate published) {
        return DateExtractor.extract(0, text, published).stream().map(DateMention::value).toList();
    }

    private static DateMention only(String text, LocalDate published) {
        List<DateMention> found = DateExtractor.extract(3, text, published);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void shouldFindDayMonthYearWithOffsetsIntoTheText() {
        String text = "ووقع الطرفان في 14 مارس 2019، اتفاقا للتعاون.";
        DateMention m = only(text, null);
        assertThat(m.value()).isEqualTo("2019-03-14");
        assertThat(m.text()).isEqualTo("14 مارس 2019");
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        assertThat(m.paragraph()).isEqualTo(3);
    }

    @Test
    void shouldTakeTheWholeSpanOfALevantineAndTransliteratedPair() {
        String text = "وجرى التوقيع في 3 كانون الأول/ديسمبر 2018 في العاصمة.";
        DateMention m = only(text, null);
        assertThat(m.text()).isEqualTo("3 كانون الأول/ديسمبر 2018");
        assertThat(m.value()).isEqualTo("2018-12-03");
    }

    @Test
    void shouldPreferTheTransliteratedNameWhenAPairDisagrees() {
        assertThat(values("اتفاق مؤرخ في 5 تموز/أغسطس 2016 بين البلدين", null)).containsExactly("2016-08-05");
        assertThat(values("اتفاق مؤرخ في 5 أغسطس/تموز 2016 بين البلدين", null)).containsExactly("2016-08-05");
    }

    @Test
    void shouldAcceptAMonthPairInParentheses() {
        DateMention m = only("في 12 شباط (فبراير) 2015 وصل الوفد", null);
        assertThat(m.value()).isEqualTo("2015-02-12");
        assertThat(m.text()).isEqualTo("12 شباط (فبراير) 2015");
    }

    @Test
    void shouldReadYearAfterAamAndArabicIndicDigits() {
        assertThat(values("وُلد في ٢٣ أيار عام ١٩٦٤ في دمشق", null)).containsExactly("1964-05-23");
        assertThat(values("وجرى ذلك في ٧ حزيران ٢٠٢١", null)).containsExactly("2021-06-07");
    }

    @Test
    void shouldAcceptMinBetweenDayMonthAndYear() {
        assertThat(values("منذ هجمات 11 من سبتمبر عام 2001 وحتى", null)).containsExactly("2001-09-11");
        assertThat(values("بدأ تشغيله في 9 سبتمبر/أيلول من عام 2009.", THURSDAY_2022_03_17))
                .containsExactly("2009-09-09");
    }

    @Test
    void shouldHandleAConjunctionGluedToTheDay() {
        assertThat(values("بين 4 آذار 2020 و17 نيسان/أبريل 2020", null)).containsExactly("2020-03-04", "2020-04-17");
    }

    @Test
    void shouldGiveMonthAndYearWithoutADay() {
        DateMention m = only("وتوقفت المفاوضات في مطلع تشرين الأول/أكتوبر 2019 دون نتيجة.", null);
        assertThat(m.value()).isEqualTo("2019-10");
        assertThat(m.text()).isEqualTo("تشرين الأول/أكتوبر 2019");
        assertThat(values("ومنذ يناير 2010 تغير الوضع", null)).containsExactly("2010-01");
    }

    @Test
    void shouldReadYearsIntroducedByAamWithClitics() {
        assertThat(values("في إطار معاهدة لعام 1994 ومنذ عام 2001 وبعام 2005 وفي سنة 1988", null))
                .containsExactly("1994", "2001", "2005", "1988");
    }

    @Test
    void shouldReadAYearAfterASeasonAndBothYearsAfterTheDual() {
        assertThat(values("وتفاقمت الأزمة منذ صيف 2021 وفي شتاء عام 2019", null)).containsExactly("2021", "2019");
        assertThat(values("شهدت البلاد أزمة بين عامي 2008 و2009، ثم في عامي 2015 و 2016.", null))
                .containsExactly("2008", "2009", "2015", "2016");
        // a season without a year, and a dual with one year only
        assertThat(values("في صيف هذا العام وخلال عامي الدراسة", null)).isEmpty();
        assertThat(values("خلال عامي 2020 وما بعده", null)).containsExactly("2020");
    }

    @Test
    void shouldResolveTomorrowAndTheDayAfter() {
        assertThat(values("وتستأنف المحادثات غدا في جنيف، ويصل الوفد غداً", THURSDAY_2022_03_17))
                .containsExactly("2022-03-18", "2022-03-18");
        DateMention m = only("وتعقد الجولة التالية بعد غد السبت في الدوحة", THURSDAY_2022_03_17);
        assertThat(m.value()).isEqualTo("2022-03-19");
        assertThat(m.text()).isEqualTo("بعد غد السبت");
        assertThat(only("وتستأنف المحادثات غدا الجمعة", THURSDAY_2022_03_17).text()).isEqualTo("غدا الجمعة");
        assertThat(values("وتستأنف المحادثات غدا", null)).isEmpty();
    }

    @Test
    void shouldNotTakePlainNumbersOrPercentagesForDates() {
        assertThat(values("قتل 35 جندياً وأصيب 2019 مدنيا وارتفعت الأسعار 20% خلال 12 شهرا", THURSDAY_2022_03_17))
                .isEmpty();
        assertThat(values("وبلغ عدد السكان 1500 نسمة في 7 قرى", null)).isEmpty();
    }

    @Test
    void shouldNotTakeHijriYearsOrMonthsForGregorianOnes() {
        assertThat(values("في رمضان عام 1441هـ", null)).isEmpty();
        assertThat(values("منذ عام 1441 هـ", null)).isEmpty();
    }

    @Test
    void shouldConvertAHijriDayWithItsYearByTheUmmAlQuraCalendar() {
        String text = "وصدر الأمر الملكي يوم الثلاثاء 15 رمضان 1442هـ الموافق 27 أبريل 2021م.";
        List<DateMention> found = DateExtractor.extract(0, text, LocalDate.of(2021, 4, 28));
        assertThat(found).extracting(DateMention::text, DateMention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("يوم الثلاثاء 15 رمضان 1442هـ", "2021-04-27"),
                org.assertj.core.groups.Tuple.tuple("27 أبريل 2021", "2021-04-27"));
        assertThat(values(text, null)).containsExactly("2021-04-27", "2021-04-27");
        assertThat(only("يبدأ الحج في 1 من شهر ذي الحجة 1439 هـ.", null).value()).isEqualTo("2018-08-12");
        assertThat(only("في 10 جمادى الأولى عام 1440 للهجرة", null).text()).isEqualTo("10 جمادى الأولى عام 1440 للهجرة");
        assertThat(values("في 10 جمادى الأولى 1440", null)).containsExactly("2019-01-16");
        // a day written as an ordinal, with من before the month
        assertThat(only("ووقفوا على عرفات يوم السبت، التاسع من ذي الحجة 1445 هـ، وسط الحر", null).text())
                .isEqualTo("التاسع من ذي الحجة 1445 هـ");
        assertThat(values("في العاشر من شهر محرم 1446", null)).containsExactly("2024-07-16");
        assertThat(values("في العاشر محرم 1446", null)).isEmpty();
    }

    @Test
    void shouldNotTakeAHijriMonthWithoutItsYearOrADayThatDoesNotExist() {
        assertThat(values("التقى 15 رمضان مع الرئيس رجب طيب أردوغان", LocalDate.of(2021, 4, 1))).isEmpty();
        assertThat(values("في 31 شوال 1442هـ", null)).isEmpty();
        assertThat(values("في 12 رجب 1999", null)).isEmpty();
    }

    @Test
    void shouldInferTheYearOfADayAndMonthFromPublication() {
        assertThat(values("اندلعت المواجهات في 2 مارس/آذار الماضي", THURSDAY_2022_03_17)).containsExactly("2022-03-02");
        assertThat(values("اندلعت المواجهات في 20 نوفمبر الماضي", THURSDAY_2022_03_17)).containsExactly("2021-11-20");
        assertThat(values("تعقد القمة في 10 مارس المقبل", THURSDAY_2022_03_17)).containsExactly("2023-03-10");
        assertThat(values("تعقد القمة في 25 مارس", THURSDAY_2022_03_17)).containsExactly("2022-03-25");
        assertThat(values("وصل الوفد في 12 ديسمبر", THURSDAY_2022_03_17)).containsExactly("2021-12-12");
    }

    @Test
    void shouldSkipADayAndMonthWithoutYearWhenPublicationIsUnknown() {
        assertThat(values("اندلعت المواجهات في 2 مارس/آذار الماضي", null)).isEmpty();
    }

    @Test
    void shouldResolveMonthWithQualifierAgainstPublication() {
        assertThat(values("منذ أكتوبر الماضي", THURSDAY_2022_03_17)).containsExactly("2021-10");
        assertThat(values("منذ شباط الماضي", THURSDAY_2022_03_17)).containsExactly("2022-02");
    }

    @Test
    void shouldTakeTheYearSaidRelativeToPublicationAfterAMonth() {
        assertThat(values("وحكمت عليه في ديسمبر/كانون الأول من العام الماضي.", THURSDAY_2022_03_17))
                .containsExactly("2021-12");
        assertThat(only("زار القاهرة في مايو/ أيار من العام الماضي", THURSDAY_2022_03_17).text())
                .isEqualTo("مايو/ أيار من العام الماضي");
        assertThat(values("تنتهي المهلة في 5 يونيو من العام المقبل", THURSDAY_2022_03_17)).containsExactly("2023-06-05");
        assertThat(values("وقعت الحادثة في 20 نوفمبر من هذا العام", THURSDAY_2022_03_17)).containsExactly("2022-11-20");
        assertThat(values("منذ يناير العام الماضي", THURSDAY_2022_03_17)).containsExactly("2021-01");
        assertThat(values("في أبريل من العام الجاري", THURSDAY_2022_03_17)).containsExactly("2022-04");
        // هذا العام may end the sentence
        assertThat(only("وقعت في يناير هذا العام.", THURSDAY_2022_03_17).text()).isEqualTo("يناير هذا العام");
        // an explicit year still wins, and a bare "العام" with no qualifier says nothing
        assertThat(values("في مايو من عام 2019", THURSDAY_2022_03_17)).containsExactly("2019-05");
        assertThat(values("في مايو من العام", THURSDAY_2022_03_17)).containsExactly("2022-05");
    }

    @Test
    void shouldResolveTodayWithWeekdayToThePublicationDate() {
        DateMention m = only("قال الوزير، اليوم الخميس، إن المحادثات مستمرة", THURSDAY_2022_03_17);
        assertThat(m.value()).isEqualTo("2022-03-17");
        assertThat(m.text()).isEqualTo("اليوم الخميس");
        assertThat(values("واليوم الخميس، أفادت المعارضة", THURSDAY_2022_03_17)).containsExactly("2022-03-17");
    }

    @Test
    void shouldResolveTodayWithOtherWeekdayToTheNearestSuchDayBefore() {
        assertThat(values("قال الوزير اليوم الثلاثاء إن", THURSDAY_2022_03_17)).containsExactly("2022-03-15");
    }

    @Test
    void shouldResolveYesterdayForms() {
        assertThat(values("وكان الرئيس قد التقى أمس الأربعاء نظيره", THURSDAY_2022_03_17)).containsExactly("2022-03-16");
        // a weekday that is not the day before publication names the day, the nearest to it: the article is dated
        // by the day it was first written, or by the print edition's
        assertThat(values("وكان الرئيس قد التقى أمس الثلاثاء نظيره", THURSDAY_2022_03_17)).containsExactly("2022-03-15");
        assertThat(values("وأغلقت الأسواق أمس الخميس على ارتفاع", THURSDAY_2022_03_17)).containsExactly("2022-03-17");
        assertThat(values("وأعلن يوم أمس عن الاتفاق", THURSDAY_2022_03_17)).containsExactly("2022-03-16");
        DateMention m = only("وأعلن يوم أمس عن الاتفاق", THURSDAY_2022_03_17);
        assertThat(m.text()).isEqualTo("يوم أمس");
        assertThat(values("وقع الانفجار أول من أمس", THURSDAY_2022_03_17)).containsExactly("2022-03-15");
    }

    @Test
    void shouldResolveLastAndNextWeekday() {
        assertThat(values("وكانت الاشتباكات بدأت يوم السبت الماضي قرب الحدود", THURSDAY_2022_03_17))
                .containsExactly("2022-03-12");
        assertThat(values("وفي الخميس الماضي أعلن", THURSDAY_2022_03_17)).containsExactly("2022-03-10");
        assertThat(values("وتعقد الجلسة الاثنين المقبل", THURSDAY_2022_03_17)).containsExactly("2022-03-21");
    }

    @Test
    void shouldResolveAWeekdayAfterAFutureVerbToTheComingOne() {
        assertThat(values("وستنشر الحكومة يوم الاثنين أول البيانات", THURSDAY_2022_03_17)).containsExactly("2022-03-21");
        assertThat(values("البنك المركزي، الذي سيعقد، الخميس، اجتماعه", THURSDAY_2022_03_17))
                .containsExactly("2022-03-17");
        assertThat(values("تستعد البلاد، السبت، للاحتفال بالعيد الوطني", THURSDAY_2022_03_17))
                .containsExactly("2022-03-19");
        assertThat(values("قال إنه سيستقبل في القصر \"السبت على الأرجح\" الوفد", THURSDAY_2022_03_17))
                .containsExactly("2022-03-19");
        // a plan of the past, and a future in another sentence
        assertThat(values("وكان من المقرر أن تظهر، الاثنين، في البرنامج", THURSDAY_2022_03_17))
                .containsExactly("2022-03-14");
        assertThat(values("الذي كان من المقرر أن يبدأ ليل الاثنين", THURSDAY_2022_03_17)).containsExactly("2022-03-14");
        assertThat(values("قال إنه سيعود. وأعلن يوم الاثنين استقالته", THURSDAY_2022_03_17))
                .containsExactly("2022-03-14");
    }

    @Test
    void shouldReadAWeekdayInAClauseThatOpensWithAPlanAsTheComingOne() {
        assertThat(values("ومن المقرر أن يستضيف رئيس الوزراء البريطاني كير ستارمر قمة أوروبية في لندن الأحد لبحث",
                THURSDAY_2022_03_17)).containsExactly("2022-03-20");
        // a plan of the past, and a weekday after the clause has ended
        assertThat(values("وكان من المقرر أن يستضيف رئيس الوزراء البريطاني كير ستارمر قمة أوروبية في لندن الأحد",
                THURSDAY_2022_03_17)).containsExactly("2022-03-13");
        assertThat(values("ومن المقرر أن يستضيف رئيس الوزراء قمة أوروبية، كما التقى نظيره الأحد",
                THURSDAY_2022_03_17)).containsExactly("2022-03-13");
        // a relative clause has its own tense; a month in a plan may be a season's
        assertThat(values("ومن المتوقع أن تعلن نتائج الانتخابات التي أجريت الاثنين", THURSDAY_2022_03_17))
                .containsExactly("2022-03-14");
    }

    @Test
    void shouldReadADayAfterSinceAsNotAfterPublication() {
        // without منذ, a day three months ahead is this year's
        assertThat(values("تجاوزت الحصيلة 38 ألفا منذ السابع من أكتوبر", LocalDate.of(2024, 7, 5)))
                .containsExactly("2023-10-07");
        assertThat(values("وستقام البطولة في السابع من أكتوبر", LocalDate.of(2024, 7, 5)))
                .containsExactly("2024-10-07");
        assertThat(values("ومنذ 20 مايو لم يصدر", THURSDAY_2022_03_17)).containsExactly("2021-05-20");
        assertThat(values("ومنذ مايو لم يصدر", THURSDAY_2022_03_17)).containsExactly("2021-05");
    }

    @Test
    void shouldReadADayOrAMonthWithoutAYearInAFutureClauseAsTheComingOne() {
        // more than six months ahead: without the future verb, last year's
        assertThat(values("على أن يفتتح البطولة في 21 نوفمبر على استاد البيت", THURSDAY_2022_03_17))
                .containsExactly("2022-11-21");
        assertThat(values("ووقعت الحادثة في 21 نوفمبر", THURSDAY_2022_03_17)).containsExactly("2021-11-21");
        // already past this year: next year's
        assertThat(values("وستعقد القمة في 4 فبراير في العاصمة", THURSDAY_2022_03_17)).containsExactly("2023-02-04");
        assertThat(values("ومن المقرر أن تنطلق البطولة في نوفمبر", THURSDAY_2022_03_17)).containsExactly("2022-11");
        assertThat(values("وسيقام كأس آسيا في يناير بدولة الإمارات", THURSDAY_2022_03_17)).containsExactly("2023-01");
        // a plan reported after its day, and one of the past
        assertThat(values("وأعلن أنه سيزور المدينة في 5 مارس", THURSDAY_2022_03_17)).containsExactly("2022-03-05");
        assertThat(values("وكان من المقرر أن يزور المدينة في 4 فبراير", THURSDAY_2022_03_17))
                .containsExactly("2022-02-04");
    }

    @Test
    void shouldFindTheFirstDayOfAPairOrARangeOfDays() {
        assertThat(values("خلال الساعات الأولى من يومي 12 و13 مارس.", THURSDAY_2022_03_17))
                .containsExactly("2022-03-12", "2022-03-13");
        assertThat(values("في الفترة من 11 إلى 17 سبتمبر 2021", THURSDAY_2022_03_17))
                .containsExactly("2021-09-11", "2021-09-17");
        // a range from another month, and a number that is no day
        assertThat(values("من 18 إلى 5 مارس", THURSDAY_2022_03_17)).containsExactly("2022-03-05");
        assertThat(values("عام 2014 و15 مارس 2020", THURSDAY_2022_03_17)).containsExactly("2014", "2020-03-15");
    }

    @Test
    void shouldTakeTheDateThatFollowsAWeekday() {
        // a coming Tuesday, not the one before publication
        DateMention m = only("وتجري الانتخابات يوم الثلاثاء 22 مارس/آذار في كل المحافظات", THURSDAY_2022_03_17);
        assertThat(m.value()).isEqualTo("2022-03-22");
        assertThat(m.text()).isEqualTo("يوم الثلاثاء 22 مارس/آذار");
        assertThat(values("ذهب إلى القنصلية، الأربعاء، 2 مارس 2022، للحصول", THURSDAY_2022_03_17))
                .containsExactly("2022-03-02");
        // two weekdays are two dates
        assertThat(values("وشنت غارات ليل الأربعاء ويوم الخميس على", THURSDAY_2022_03_17))
                .containsExactly("2022-03-16", "2022-03-17");
    }

    @Test
    void shouldReadADayOfTheCurrentPreviousOrNextMonth() {
        DateMention m = only("سيجتمعون في مدينة يفلاخ يوم الخميس 24 الجاري لبحث", THURSDAY_2022_03_17);
        assertThat(m.value()).isEqualTo("2022-03-24");
        assertThat(m.text()).isEqualTo("يوم الخميس 24 الجاري");
        assertThat(values("أرجأ جلسته إلى 15 الجاري، بعد", THURSDAY_2022_03_17)).containsExactly("2022-03-15");
        assertThat(values("في 20 من الشهر الحالي", THURSDAY_2022_03_17)).containsExactly("2022-03-20");
        assertThat(values("منذ التاسع عشر من الشهر الماضي", THURSDAY_2022_03_17)).containsExactly("2022-02-19");
        assertThat(values("في الثاني من الشهر المقبل", THURSDAY_2022_03_17)).containsExactly("2022-04-02");
        // a bare الحالي after anything but a word of time is no month's (a phone's model); nor a day the month lacks
        assertThat(values("مثل إس 9 الحالي، لكن", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("في 30 من الشهر الماضي", THURSDAY_2022_03_17)).isEmpty();
        // and nothing without a publication date
        assertThat(values("أرجأ جلسته إلى 15 الجاري", null)).isEmpty();
    }

    @Test
    void shouldResolveAWeekdayBetweenCommasOrAfterAPartOfDay() {
        assertThat(values("طلب رئيس الوزراء، الثلاثاء، عقد جلسة", THURSDAY_2022_03_17)).containsExactly("2022-03-15");
        assertThat(values("واندلعت، ليل الاثنين، اشتباكات", THURSDAY_2022_03_17)).containsExactly("2022-03-14");
    }

    @Test
    void shouldResolveAWeekdayAfterACommaOrAQuoteWhenTheSecondCommaIsLeftOut() {
        assertThat(values("وقال المتحدث باسم الوزارة، الثلاثاء إن المحادثات", THURSDAY_2022_03_17))
                .containsExactly("2022-03-15");
        assertThat(values("وذكرت صحيفة \"الأيام\" الأربعاء، أن الوفد وصل", THURSDAY_2022_03_17))
                .containsExactly("2022-03-16");
        assertThat(values("وقالت الشرطة، الاثنين 14 آذار/مارس، إن", THURSDAY_2022_03_17))
                .containsExactly("2022-03-14");
        assertThat(values("ولم يبق منهم، الاثنين معا في المدينة", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("قال: الجمعة يوم عطلة", THURSDAY_2022_03_17)).isEmpty();
    }

    @Test
    void shouldReadMonthsJoinedByWaWithTheYearSaidAfterTheLast() {
        assertThat(values("في الفترة بين أبريل ويونيو، ارتفعت", THURSDAY_2022_03_17))
                .containsExactly("2022-04", "2022-06");
        assertThat(values("خلال شهري نوفمبر/تشرين الثاني، وديسمبر/كانون الأول", THURSDAY_2022_03_17))
                .containsExactly("2021-11", "2021-12");
        assertThat(values("بين سبتمبر/أيلول ونوفمبر/تشرين الثاني من العام الماضي", THURSDAY_2022_03_17))
                .containsExactly("2021-09", "2021-11");
        assertThat(values("في يناير كانون الثاني ومارس آذار ويونيو حزيران 2020", THURSDAY_2022_03_17))
                .containsExactly("2020-01", "2020-03", "2020-06");
        assertThat(values("في الفترة من أيلول/سبتمبر 2017 وكانون الثاني/يناير 2018", THURSDAY_2022_03_17))
                .containsExactly("2017-09", "2018-01");
        // a bare month after a word that is no word of time stays no date, and so does the one joined to it
        assertThat(values("تسليم ديسمبر ومارس", THURSDAY_2022_03_17)).isEmpty();
        // a token that normalizes to nothing (a tatweel alone) after a month
        assertThat(values("في يونيو ـ ويوليو", THURSDAY_2022_03_17)).containsExactly("2022-06");
    }

    @Test
    void shouldReadAMonthWrittenInBothCalendarsAfterAnyWordButTheNameOfAPastEvent() {
        assertThat(values("خلال قمة نيسان/أبريل بين الزعيمين", THURSDAY_2022_03_17)).containsExactly("2022-04");
        assertThat(values("أنهى المؤشر تعاملات فبراير/شباط مرتفعا", THURSDAY_2022_03_17)).containsExactly("2022-02");
        // one name alone after such a word may be a verb or a person's name
        assertThat(values("قال دي مايو إن", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("في ذكرى حرب أكتوبر/تشرين الأول", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("منذ ثورة يناير/كانون الثاني", THURSDAY_2022_03_17)).isEmpty();
    }

    @Test
    void shouldTakeNoDateFromTheNameOfAPlaceOrOfAPastEvent() {
        assertThat(values("يربط العاصمة الإدارية ومدينة 6 أكتوبر والإسكندرية", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("أغلق جسر السادس من أكتوبر", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("منذ هجمات 11 سبتمبر", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("في ذكرى ثورة 25 يناير", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("اعتداء جديد يستهدف قوى الرابع عشر من آذار", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("وقال نواب تحالف 8 آذار", THURSDAY_2022_03_17)).isEmpty();
        // a day and month after another word
        assertThat(values("وصل إلى المدينة في 6 أكتوبر", THURSDAY_2022_03_17)).containsExactly("2021-10-06");
        // a weekday in a person's name
        assertThat(values("ومنح المؤرخ المغربي عبد الأحد السبتي جائزة", THURSDAY_2022_03_17)).isEmpty();
    }

    @Test
    void shouldReadADayAfterAlMuwafiq() {
        assertThat(values("تلقت المنظمة اليوم الموافق السابع من مارس، في مقرها", THURSDAY_2022_03_17))
                .containsExactly("2022-03-07");
        assertThat(values("وتبدأ الحملة يوم الاثنين الموافق الحادي والعشرين من مارس", THURSDAY_2022_03_17))
                .containsExactly("2022-03-21");
    }

    @Test
    void shouldReadADayBeforeASlashAndAMonthName() {
        assertThat(values("بدأت المرحلة الثالثة يوم 10/ مارس آذار، حسبما", THURSDAY_2022_03_17))
                .containsExactly("2022-03-10");
    }

    @Test
    void shouldResolveAWeekdayWithWaThatOpensASentence() {
        assertThat(values("وانتهت الجولة الأولى. والثلاثاء قالت اللجنة إن", THURSDAY_2022_03_17))
                .containsExactly("2022-03-15");
        assertThat(values("والأحد أعلن الوزير", THURSDAY_2022_03_17)).containsExactly("2022-03-13");
        assertThat(values("ثم عاد. والأربعاء، قال الوزير", THURSDAY_2022_03_17)).containsExactly("2022-03-16");
    }

    @Test
    void shouldResolveAWeekdayInRunningTextButNotAWeeklyDayOrTheTwo() {
        assertThat(values("أجرت الوزيرة محادثات الثلاثاء مع نظيرها", THURSDAY_2022_03_17))
                .containsExactly("2022-03-15");
        assertThat(values("وفي الجمعة الماضية قالت", THURSDAY_2022_03_17)).containsExactly("2022-03-11");
        // the present of a scheduled event puts it ahead
        assertThat(values("ويلتقي المنتخبان الاثنين على استاد", THURSDAY_2022_03_17)).containsExactly("2022-03-21");
        assertThat(values("وصلى المصلون صلاة الجمعة في المسجد", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("يجتمع المجلس كل خميس وأيام الجمعة", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("واتفق الاثنان على أن يعمل الاثنين معا", THURSDAY_2022_03_17)).isEmpty();
        assertThat(values("وزعت الفرق الاثنين وثلاثين على أربعة مستويات", THURSDAY_2022_03_17)).isEmpty();
        // لن puts it ahead
        assertThat(values("وقالت إن النتائج لن تصدر قبل الجمعة", THURSDAY_2022_03_17)).containsExactly("2022-03-18");
    }

    @Test
    void shouldNeverInventRelativeDatesWithoutPublication() {
        assertThat(values("قال الوزير، اليوم الخميس، وأمس الأربعاء ويوم السبت الماضي", null)).isEmpty();
    }

    @Test
    void shouldReadADayAndMonthWithoutYearAgainstTheArticlesFirstFullDateWhenThePublicationDateIsUnknown() {
        List<String> article = List.of(
                "أعلن الرئيس، الأحد 8 تشرين الثاني/نوفمبر 2020، استعادة المدينة.",
                "وكانت المعارك قد بدأت في 27 أيلول/سبتمبر، ويبدأ الانسحاب في الأول من كانون الأول/ديسمبر.",
                "وفي 3 كانون الثاني/يناير الماضي زار الوزير الخميس باكو، ثم حل البرلمان في أيار/مايو الماضي.");
        List<DateMention> found = DateExtractor.extractArticle(article, null);
        assertThat(found).extracting(DateMention::paragraph, DateMention::text, DateMention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "8 تشرين الثاني/نوفمبر 2020", "2020-11-08"),
                org.assertj.core.groups.Tuple.tuple(1, "27 أيلول/سبتمبر", "2020-09-27"),
                org.assertj.core.groups.Tuple.tuple(1, "الأول من كانون الأول/ديسمبر", "2020-12-01"),
                org.assertj.core.groups.Tuple.tuple(2, "3 كانون الثاني/يناير الماضي", "2020-01-03"),
                org.assertj.core.groups.Tuple.tuple(2, "أيار/مايو الماضي", "2020-05"));
        // the publication date, when known, comes first; without any full date nothing is guessed
        assertThat(DateExtractor.extractArticle(article.subList(1, 2), LocalDate.of(2021, 10, 2)))
                .extracting(DateMention::value).containsExactly("2021-09-27", "2021-12-01");
        assertThat(DateExtractor.extractArticle(article.subList(1, 3), null)).isEmpty();
        // the stand-in date's own month is a past month of the article (the publication date's own month is not)
        List<String> ceasefire = List.of("انتهت الحرب باتفاق وقف إطلاق النار في 10 نوفمبر/تشرين الثاني 2020.",
                "وكان الوزير قد استقال في نوفمبر/تشرين الثاني الماضي.");
        assertThat(DateExtractor.extractArticle(ceasefire, null)).extracting(DateMention::value)
                .containsExactly("2020-11-10", "2020-11");
        assertThat(DateExtractor.extractArticle(ceasefire.subList(1, 2), LocalDate.of(2020, 11, 20)))
                .extracting(DateMention::value).containsExactly("2019-11");
        // a full date below the lead is background, no stand-in for the publication date
        List<String> background = List.of("جنيف - أ ف ب", "حذرت المنظمة من انتشار الوباء منذ أغسطس/آب الماضي.",
                "وقال المدير العام للمنظمة إن الحرب دمرت النظام الصحي.", "وأرسلت المنظمة جرعات من اللقاح.",
                "واندلعت الحرب في 15 أبريل/نيسان 2023 بين الجيش وقوات الدعم السريع.");
        assertThat(DateExtractor.extractArticle(background, null)).extracting(DateMention::value)
                .containsExactly("2023-04-15");
    }

    @Test
    void shouldReadADayWrittenOutAsAnOrdinal() {
        DateMention m = only("هجمات الحادي عشر من سبتمبر 2001 على الولايات المتحدة", null);
        assertThat(m.text()).isEqualTo("الحادي عشر من سبتمبر 2001");
        assertThat(m.value()).isEqualTo("2001-09-11");
        LocalDate published = LocalDate.of(2018, 8, 10);
        assertThat(values("أرسل مسؤولون في الثالث من أغسطس/آب ملاحظة", published)).containsExactly("2018-08-03");
        assertThat(values("انتخابات السادس من تشرين الثاني/نوفمبر المقبل", published)).containsExactly("2018-11-06");
        assertThat(values("في الثاني والعشرين من يونيو الماضي، والعشرين من يوليو", published))
                .containsExactly("2018-06-22", "2018-07-20");
        assertThat(values("في الحادي والثلاثين من ديسمبر 2017 والأول من يناير 2018", null))
                .containsExactly("2017-12-31", "2018-01-01");
        assertThat(values("حتى اليوم الأول من سبتمبر 2018", null)).containsExactly("2018-09-01");
        // the first half of October: the month, not its first day
        assertThat(values("خلال النصف الأول من أكتوبر المقبل", published)).containsExactly("2018-10");
        // an ordinal with no month after من is no date; nor is the month's own الثاني
        assertThat(values("وهو الثاني من نوعه منذ كانون الثاني من العام الماضي", null)).isEmpty();
    }

    @Test
    void shouldReadMonthPairsWithoutASlashAndOtherCommonForms() {
        LocalDate published = LocalDate.of(2018, 8, 10);
        DateMention m = only("منذ 30 مارس آذار لكن المنظمين", published);
        assertThat(m.text()).isEqualTo("30 مارس آذار");
        assertThat(m.value()).isEqualTo("2018-03-30");
        assertThat(values("بدأت في يونيو حزيران، وفي يوليو تموز حيث", published))
                .containsExactly("2018-06", "2018-07");
        assertThat(values("من أول يناير كانون الثاني حتى 31 يوليو 2018", published))
                .containsExactly("2018-01-01", "2018-07-31");
        assertThat(values("اعتبارا من 7آب/أغسطس سيطبق", published)).containsExactly("2018-08-07");
        assertThat(values("حتى ديسمبر/ كانون أول الماضي", published)).containsExactly("2017-12");
        assertThat(values("في الفترة من أبريل إلى يونيو", published)).containsExactly("2018-04", "2018-06");
        assertThat(values("وفي العاشر من تموز/يوليو2017 أعلنت", published)).containsExactly("2017-07-10");
        // two different months side by side are not a pair, and neither is taken as a bare month
        assertThat(values("تحت التعذيب في كانون الثاني ديسمبر 2013", published)).containsExactly("2013-12");
        assertThat(values("في أكتوبر أو نوفمبر", published)).containsExactly("2018-10");
        assertThat(values("من مارس العنف", published)).isEmpty();
    }

    @Test
    void shouldPlaceADayAndMonthWithoutAYearInThePublicationYearUnlessFarAheadOrBehind() {
        // written in January: last autumn's dates, whatever word follows them; الماضيين is the dual of الماضي
        assertThat(values("بين 27 سبتمبر و9 نوفمبر الماضيين أكثر", LocalDate.of(2021, 1, 12)))
                .containsExactly("2020-09-27", "2020-11-09");
        assertThat(values("في 27 سبتمبر أعلن", LocalDate.of(2021, 1, 12))).containsExactly("2020-09-27");
        // written in August and September: this year's, ahead and behind
        assertThat(values("يوم 15 ديسمبر على ملعب", LocalDate.of(2018, 8, 10))).containsExactly("2018-12-15");
        assertThat(values("في سالزبري يوم 4 مارس", LocalDate.of(2018, 9, 6))).containsExactly("2018-03-04");
        // written in late December: next January
        assertThat(values("تبدأ في 5 يناير المحادثات", LocalDate.of(2020, 12, 20))).containsExactly("2021-01-05");
    }

    @Test
    void shouldAcceptMinShahrBetweenDayAndMonth() {
        assertThat(values("في جلسة عقدت في 19 من شهر يونيو/حزيران 2018", null)).containsExactly("2018-06-19");
    }

    @Test
    void shouldResolveABareMonthAfterAWordOfTime() {
        LocalDate published = LocalDate.of(2018, 8, 10);
        DateMention m = only("قبل أن ينسحب منه ترامب في مايو.", published);
        assertThat(m.text()).isEqualTo("مايو");
        assertThat(m.value()).isEqualTo("2018-05");
        assertThat(values("تدخل العقوبات حيز التنفيذ في نوفمبر", published)).containsExactly("2018-11");
        assertThat(values("وقع الحادث في أواخر يونيو/حزيران في مراكش", published)).containsExactly("2018-06");
        // from 8 months before publication to 4 after
        assertThat(values("في يناير", LocalDate.of(2018, 9, 1))).containsExactly("2018-01");
        assertThat(values("في يناير", LocalDate.of(2018, 10, 1))).containsExactly("2019-01");
        assertThat(values("في ديسمبر", LocalDate.of(2019, 1, 20))).containsExactly("2018-12");
        // منذ looks back
        assertThat(values("لأول مرة منذ سبتمبر", published)).containsExactly("2017-09");
        // no word of time before it, or no publication date: not taken (مارس is also a verb)
        assertThat(values("مارس ضغوطا على الحكومة", published)).isEmpty();
        assertThat(values("في مايو", null)).isEmpty();
    }

    @Test
    void shouldReadNumericDates() {
        assertThat(values("صدر القرار بتاريخ 05/11/2019 ونشر في 2019-11-07", null))
                .containsExactly("2019-11-05", "2019-11-07");
        assertThat(values("النتيجة 3/1 في المباراة", null)).isEmpty();
    }

    @Test
    void shouldRejectImpossibleDates() {
        assertThat(values("في 31 فبراير 2020", null)).isEmpty();
    }

    @Test
    void shouldParsePublicationDateLines() {
        assertThat(DateExtractor.parsePublished("الأربعاء 16 مارس 2022 09:05 م")).isEqualTo("2022-03-16T21:05");
        assertThat(DateExtractor.parsePublished("الأحد 6 شباط 2022 12:30 ص")).isEqualTo("2022-02-06T00:30");
        assertThat(DateExtractor.parsePublished("١٧ آذار/مارس ٢٠٢٢")).isEqualTo("2022-03-17");
        assertThat(DateExtractor.parsePublished("14 مارس 2022ء")).isEqualTo("2022-03-14");
        assertThat(DateExtractor.parsePublished("تاريخ النشر: 17/03/2022 - 14:20")).isEqualTo("2022-03-17T14:20");
        assertThat(DateExtractor.parsePublished("2022-03-17T14:20:05+03:00")).isEqualTo("2022-03-17T14:20:05+03:00");
        assertThat(DateExtractor.parsePublished("2022-03-17")).isEqualTo("2022-03-17");
    }

    @Test
    void shouldRefuseTextThatIsMoreThanADate() {
        assertThat(DateExtractor.parsePublished("وقع الاتفاق في 9 نوفمبر 2020")).isNull();
        assertThat(DateExtractor.parsePublished("أرمينيا روسيا")).isNull();
        assertThat(DateExtractor.parsePublished("السبت")).isNull();
        assertThat(DateExtractor.parsePublished("31 أكتوبر 2020 25:10")).isNull();
    }

    @Test
    void shouldGiveTheCalendarDateOfAnIsoPublicationValue() {
        assertThat(DateExtractor.dateOf("2020-10-31T11:46")).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(DateExtractor.dateOf("2018-08-01T00:07:46Z")).isEqualTo(LocalDate.of(2018, 8, 1));
        assertThat(DateExtractor.dateOf("2021-11-21")).isEqualTo(LocalDate.of(2021, 11, 21));
        assertThat(DateExtractor.dateOf(null)).isNull();
        assertThat(DateExtractor.dateOf("yesterday")).isNull();
    }
}
