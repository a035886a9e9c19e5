package io.khabar.enrich;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.khabar.model.RawArticle;

/**
 * A deterministic feed of synthetic articles: each has one or two unique paragraphs (random words from a small
 * Arabic news vocabulary) and one to three background paragraphs from a shared pool, as such or lightly edited.
 */
final class SyntheticFeed {

    record Item(RawArticle article, Instant time) {
    }

    private static final List<String> BACKGROUND = List.of(Fixtures.TRUCE_BACKGROUND, Fixtures.PEACEKEEPERS_BACKGROUND,
            Fixtures.WAR_BACKGROUND,
            "وكانت المفاوضات الثلاثية قد تعثرت مرات عدة خلال الأعوام الماضية، وسط اتهامات متبادلة بعرقلة التوصل إلى"
                    + " اتفاق ملزم بشأن ترسيم الحدود وفتح الممرات التجارية بين البلدين.",
            "ويعود النزاع بين البلدين إلى أواخر ثمانينيات القرن الماضي، حين اندلعت حرب أولى انتهت بهدنة هشة في"
                    + " أيار/مايو 1994 بوساطة دولية.");

    private static final String[] WORDS = ("الحكومة البرلمان الوزير الرئيس المعارضة الانتخابات الاقتصاد الموازنة"
            + " الضرائب النفط الغاز الكهرباء المياه الزراعة القمح الأسعار التضخم البنك العملة الدولار الاستثمار"
            + " الشركات المصانع العمال النقابات الإضراب الطلاب الجامعة المدارس المستشفى الأطباء الدواء اللقاح الطقس"
            + " الأمطار الفيضانات الحرائق الغابات الطريق الجسر الميناء المطار القطار السياحة الفنادق المهرجان السينما"
            + " المسرح الكتاب المعرض الرياضة المنتخب الدوري المباراة الملعب المدرب الحارس الهدف البطولة الكأس"
            + " الشرطة المحكمة القاضي المتهم الحكم السجن التحقيق الصحفي الصحيفة القناة الإذاعة الموقع التطبيق"
            + " الهاتف الإنترنت البيانات الأمن السيبراني القمر الصناعي الفضاء العلماء البحث المختبر الطاقة الشمسية"
            + " الرياح البيئة التلوث المناخ المؤتمر القمة الاتفاقية المعاهدة السفير القنصلية التأشيرة اللاجئين"
            + " الحدود الجمارك التجارة الصادرات الواردات الميزان الديون القرض الصندوق المنحة المساعدات الإغاثة")
            .split(" ");

    private SyntheticFeed() {
    }

    /** {@code count} articles, times one minute apart from {@code start}, in time order. */
    static List<Item> generate(int count, long seed, Instant start) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(randomParagraph(random));
            int backgrounds = 1 + random.nextInt(3);
            for (int b = 0; b < backgrounds; b++) {
                String text = BACKGROUND.get(random.nextInt(BACKGROUND.size()));
                paragraphs.add(random.nextBoolean() ? text : lightlyEdited(text, random));
            }
            if (random.nextBoolean()) {
                paragraphs.add(randomParagraph(random));
            }
            String id = String.format("syn-%03d", i);
            items.add(new Item(Fixtures.article(id, "وكالة " + (i % 4), "عنوان " + i, paragraphs.toArray(String[]::new)),
                    start.plusSeconds(60L * i)));
        }
        return items;
    }

    private static String randomParagraph(Random random) {
        StringBuilder b = new StringBuilder("وقال مصدر");
        for (int i = 0; i < 22; i++) {
            b.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.append(" ").append(random.nextInt(100_000)).append('.').toString();
    }

    /** Drops one word or swaps two neighbours. */
    private static String lightlyEdited(String text, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        int at = 1 + random.nextInt(words.size() - 2);
        if (random.nextBoolean()) {
            words.remove(at);
        } else {
            String w = words.get(at);
            words.set(at, words.get(at + 1));
            words.set(at + 1, w);
        }
        return String.join(" ", words);
    }
}
