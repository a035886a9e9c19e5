package io.khabar.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.khabar.model.DateMention;
import io.khabar.model.DuplicateRef;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.model.Paragraph;
import io.khabar.model.Topics;

/** Synthetic Arabic enriched articles (own text, in the style of agency wires) for the sink's tests. */
final class Fixtures {

    static final String BACKGROUND = "وكانت الحرب قد اندلعت في أيلول/سبتمبر الماضي وأسفرت عن سقوط آلاف القتلى من الجانبين.";

    private static final String[] PEOPLE = {"فلاديمير بوتين", "إلهام علييف", "نيكول باشينيان", "أنطونيو غوتيريش"};
    private static final String[] PLACES = {"موسكو", "باكو", "يريفان", "قره باغ", "جنيف"};
    private static final String[] AGENCIES = {"سبوتنيك", "وكالة الأنباء الفرنسية", "رويترز"};

    private Fixtures() {
    }

    /** A deterministic article {@code n}: person and place chosen by {@code n}, a repeated background paragraph. */
    static EnrichedArticle article(int n) {
        return article(String.format(Locale.ROOT, "art-%05d", n), PEOPLE[n % PEOPLE.length], PLACES[n % PLACES.length],
                String.format(Locale.ROOT, "2021-%02d-%02d", 1 + n % 12, 1 + n % 28));
    }

    static EnrichedArticle article(String id, String person, String place, String publishedAt) {
        String first = place + " - أعلن " + person + " اليوم التوصل إلى اتفاق لوقف إطلاق النار في " + place
                + " بعد محادثات استمرت ساعات.";
        String second = "وقال " + person + " في مؤتمر صحفي إن الاتفاق يدخل حيز التنفيذ منتصف الليل، وإن المراقبين سيصلون في 9 تشرين الثاني/نوفمبر 2020.";
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.novel(0, first));
        paragraphs.add(Paragraph.novel(1, second));
        paragraphs.add(Paragraph.novel(2, BACKGROUND).withDuplicate(new DuplicateRef("art-00000", 2), 1.0));
        int p0 = first.indexOf(person);
        int l0 = first.indexOf(place);
        int d1 = second.indexOf("9 تشرين");
        List<Entity> entities = List.of(
                new Entity(EntityType.PERSON, person, person, 0, p0, p0 + person.length()),
                new Entity(EntityType.LOCATION, place, place, 0, l0, l0 + place.length()),
                new Entity(EntityType.ORGANIZATION, "الأمم المتحدة", "الأمم المتحدة", 1, 0, 0));
        List<DateMention> dates = List.of(
                new DateMention("9 تشرين الثاني/نوفمبر 2020", "2020-11-09", 1, d1, d1 + 26),
                new DateMention("أيلول/سبتمبر 2020", "2020-09", 2, 0, 0),
                new DateMention("عام 2020", "2020", 2, 0, 0));
        String agency = AGENCIES[Math.abs(id.hashCode()) % AGENCIES.length];
        return new EnrichedArticle(id, agency, id + ".txt", "اتفاق على وقف إطلاق النار في " + place, place,
                publishedAt, "ar", null, "2024-01-02T03:04:05Z", paragraphs, EnrichedArticle.novelTextOf(paragraphs),
                List.of("المصدر: " + agency), entities, dates);
    }

    static byte[] json(EnrichedArticle article) {
        return Topics.ENRICHED_ARTICLE_SERDE.toBytes(article);
    }
}
