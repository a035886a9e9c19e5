package io.khabar.app.reliability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.khabar.model.RawArticle;

/**
 * A deterministic feed of synthetic Arabic agency articles (own text): a dateline and a lead with varied people,
 * places, organizations and dates, then one to three background paragraphs from a shared pool, as such or lightly
 * edited, as wires repeat them.
 */
final class SyntheticNews {

    /** One raw article and its event time (the record timestamp). */
    record Item(RawArticle article, Instant time) {
    }

    private static final String[] PEOPLE = {"فلاديمير بوتين", "إلهام علييف", "نيكول باشينيان", "أنطونيو غوتيريش",
        "رجب طيب أردوغان", "عبد الفتاح السيسي", "أبي أحمد", "سامح شكري", "جوزيب بوريل", "سيرغي لافروف"};
    private static final String[] PLACES = {"موسكو", "باكو", "يريفان", "جنيف", "القاهرة", "الخرطوم", "أديس أبابا",
        "أنقرة", "بروكسل", "نيويورك", "عمان", "بيروت"};
    private static final String[] ORGS = {"الأمم المتحدة", "الاتحاد الأوروبي", "مجلس الأمن", "جامعة الدول العربية",
        "الاتحاد الأفريقي", "منظمة الصحة العالمية", "الصليب الأحمر"};
    private static final String[] AGENCIES = {"سبوتنيك", "رويترز", "وكالة الأنباء الفرنسية", "الأناضول"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] TOPICS = {"وقف إطلاق النار", "ترسيم الحدود", "تبادل الأسرى", "فتح الممرات الإنسانية",
        "إعادة الإعمار", "تقاسم مياه النهر", "عودة اللاجئين", "الانتخابات المقبلة"};
    private static final String[] VERBS = {"أعلن", "أكد", "نفى", "رحب", "حذر", "دعا"};

    private static final List<String> BACKGROUND = List.of(
            "وكانت الحرب قد اندلعت في أيلول/سبتمبر 2020 وأسفرت عن سقوط آلاف القتلى من الجانبين، قبل أن تتوقف"
                    + " باتفاق رعته موسكو في التاسع من تشرين الثاني/نوفمبر من العام نفسه.",
            "وتنشر روسيا نحو ألفي جندي من قوات حفظ السلام على طول خط التماس وفي الممر الذي يربط الإقليم بأرمينيا،"
                    + " بموجب الاتفاق الثلاثي الموقع قبل عامين.",
            "وكانت المفاوضات الثلاثية قد تعثرت مرات عدة خلال الأعوام الماضية، وسط اتهامات متبادلة بعرقلة التوصل إلى"
                    + " اتفاق ملزم بشأن ملء السد وتشغيله وتقاسم مياه النهر.",
            "ويعود النزاع بين البلدين إلى أواخر ثمانينيات القرن الماضي، حين اندلعت حرب أولى انتهت بهدنة هشة في"
                    + " أيار/مايو 1994 بوساطة دولية لم تفض إلى تسوية نهائية.",
            "وتقول الأمم المتحدة إن أكثر من مليوني شخص نزحوا من منازلهم منذ بداية الأزمة، وإن نصف السكان يحتاجون"
                    + " إلى مساعدات إنسانية عاجلة بحلول نهاية العام.",
            "وكان مجلس الأمن قد تبنى بالإجماع قرارا يدعو الأطراف كافة إلى ضبط النفس والعودة إلى طاولة المفاوضات من"
                    + " دون شروط مسبقة، وتسهيل وصول المساعدات إلى المتضررين.",
            "ويشهد الاقتصاد المحلي تراجعا حادا منذ عامين، إذ فقدت العملة أكثر من ثلثي قيمتها أمام الدولار وارتفع"
                    + " التضخم إلى مستويات غير مسبوقة.",
            "وتتهم المعارضة الحكومة بالتضييق على الحريات العامة وتأجيل الانتخابات التشريعية أكثر من مرة، فيما تقول"
                    + " الحكومة إن الظروف الأمنية لا تسمح بإجرائها.");

    private SyntheticNews() {
    }

    /** {@code count} articles with ids {@code <prefix>-00000...}, event times a minute apart from {@code start}. */
    static List<Item> generate(String prefix, int count, long seed, Instant start) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant time = start.plusSeconds(60L * i);
            LocalDate day = time.atZone(ZoneOffset.UTC).toLocalDate();
            String person = pick(random, PEOPLE);
            String place = pick(random, PLACES);
            String org = pick(random, ORGS);
            String agency = pick(random, AGENCIES);
            String topic = pick(random, TOPICS);
            LocalDate mentioned = day.minusDays(1 + random.nextInt(400));
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(pick(random, VERBS) + " " + person + " في " + place + " أن المحادثات بشأن " + topic
                    + " مع " + org + " ستستأنف في " + mentioned.getDayOfMonth() + " " + MONTHS[mentioned.getMonthValue() - 1]
                    + " " + mentioned.getYear() + "، مشيرا إلى أن الجولة رقم " + (i % 97 + 2) + " حققت تقدما ملموسا.");
            int backgrounds = 1 + random.nextInt(2);
            for (int b = 0; b < backgrounds; b++) {
                String text = BACKGROUND.get(random.nextInt(BACKGROUND.size()));
                paragraphs.add(random.nextInt(3) == 0 ? lightlyEdited(text, random) : text);
            }
            if (random.nextInt(3) == 0) {
                paragraphs.add("وقال متحدث باسم " + org + " لـ" + agency + " إن " + pick(random, PEOPLE)
                        + " سيزور " + pick(random, PLACES) + " الأسبوع المقبل لبحث " + pick(random, TOPICS)
                        + "، في زيارة هي الأولى منذ " + (2 + random.nextInt(20)) + " شهرا.");
            }
            String id = String.format(Locale.ROOT, "%s-%05d", prefix, i);
            String body = String.join("\n\n", paragraphs);
            RawArticle article = new RawArticle(id, id, agency, person + " يبحث " + topic + " في " + place, place,
                    day.toString(), null, body, List.of(), time.toString());
            items.add(new Item(article, time));
        }
        return items;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Drops one word or swaps two neighbours. */
    private static String lightlyEdited(String text, Random random) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
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
