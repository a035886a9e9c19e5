package io.khabar.view;

import io.khabar.model.DateMention;
import io.khabar.model.DuplicateRef;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Entity;
import io.khabar.model.EntityType;
import io.khabar.model.Json;
import io.khabar.model.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Synthetic enriched articles (our own text, in the style of the seeds) and bulk files holding them. */
final class Fixtures {

    static final String NILE_TALKS = "view-nile-talks";
    static final String NILE_FOLLOWUP = "view-nile-followup";
    static final String SUDAN_AID = "view-sudan-aid";
    static final String HOSTILE = "view-hostile";
    static final String WIRE_EN = "view-wire-en";
    static final String SUDAN_FOLLOWUP = "view-sudan-followup";

    static final String SCRIPT_TEXT = "<script>window.__pwned=1</script>";
    static final String IMG_TEXT = "<img src=x onerror=\"window.__pwned=1\">";

    /** Background shared by the two Nile articles: novel in the first, repeated in the second. */
    static final String DAM_BACKGROUND = "وبدأت إثيوبيا بناء سد النهضة على النيل الأزرق عام 2011، وتقول إنه ضروري "
            + "لتوليد الكهرباء، بينما تخشى مصر والسودان من تأثيره على حصتيهما من مياه النيل.";
    static final String DAM_BACKGROUND_VARIANT = "وكانت إثيوبيا قد بدأت بناء سد النهضة على النيل الأزرق عام 2011، "
            + "وتقول إنه ضروري لتوليد الكهرباء، بينما تخشى مصر والسودان من تأثيره على حصتيهما من مياه النيل.";
    static final String AID_BACKGROUND = "ويعاني السودان منذ نيسان/أبريل 2023 من نزاع مسلح أدى إلى نزوح ملايين "
            + "الأشخاص داخل البلاد وخارجها، بحسب تقديرات الأمم المتحدة.";

    private Fixtures() {
    }

    /** Six articles in arrival order: four Arabic, one hostile, one English; two carry repeated background. */
    static List<EnrichedArticle> articles() {
        List<EnrichedArticle> all = new ArrayList<>();

        all.add(article(NILE_TALKS, "وكالة الأنباء العربية", "القاهرة", "2024-03-14", "ar",
                "مصر وإثيوبيا والسودان تستأنف مفاوضات سد النهضة في الخرطوم",
                List.of(
                        novel(0, "أعلنت وزارة الخارجية المصرية، اليوم الخميس، استئناف المفاوضات الثلاثية بشأن سد "
                                + "النهضة في العاصمة السودانية الخرطوم، بمشاركة وزراء المياه في الدول الثلاث."),
                        novel(1, "وقال المتحدث باسم الوزارة كريم منصور إن الجولة الجديدة تهدف إلى التوصل لاتفاق "
                                + "ملزم بشأن قواعد ملء السد وتشغيله، بحضور مراقبين من الاتحاد الأفريقي."),
                        novel(2, DAM_BACKGROUND)),
                List.of(
                        ent(EntityType.ORGANIZATION, "وزارة الخارجية المصرية", "وزارة الخارجية المصرية", 0),
                        ent(EntityType.LOCATION, "الخرطوم", "الخرطوم", 0),
                        ent(EntityType.PERSON, "كريم منصور", "كريم منصور", 1),
                        ent(EntityType.ORGANIZATION, "الاتحاد الأفريقي", "الاتحاد الأفريقي", 1),
                        ent(EntityType.LOCATION, "إثيوبيا", "إثيوبيا", 2),
                        ent(EntityType.LOCATION, "مصر", "مصر", 2),
                        ent(EntityType.LOCATION, "السودان", "السودان", 2)),
                List.of(date("عام 2011", "2011", 2))));

        all.add(article(NILE_FOLLOWUP, "وكالة أنباء الشرق", "أديس أبابا", "2024-03-15", "ar",
                "أديس أبابا: الجولة الجديدة من مفاوضات السد فرصة أخيرة",
                List.of(
                        novel(0, "قالت الحكومة الإثيوبية، اليوم الجمعة، إن جولة المفاوضات الجديدة في الخرطوم "
                                + "تمثل فرصة أخيرة للتوصل إلى تفاهم، ودعت القاهرة إلى التخلي عن لغة التهديد."),
                        novel(1, "وأكدت المتحدثة باسم الحكومة سلمى تسفاي أن بلادها لن تتخلى عن حقها في استخدام "
                                + "مياه النيل لأغراض التنمية."),
                        repeat(2, DAM_BACKGROUND_VARIANT, NILE_TALKS, 2, 0.93)),
                List.of(
                        ent(EntityType.LOCATION, "الخرطوم", "الخرطوم", 0),
                        ent(EntityType.LOCATION, "القاهرة", "القاهرة", 0),
                        ent(EntityType.PERSON, "سلمى تسفاي", "سلمى تسفاي", 1),
                        ent(EntityType.LOCATION, "إثيوبيا", "إثيوبيا", 2),
                        ent(EntityType.LOCATION, "مصر", "مصر", 2)),
                List.of()));

        all.add(article(SUDAN_AID, "وكالة الأنباء العربية", "نيويورك", "2024-03-16", "ar",
                "الأمم المتحدة تطلق نداءً عاجلاً لتمويل المساعدات الإنسانية في السودان",
                List.of(
                        novel(0, "أطلقت الأمم المتحدة، اليوم السبت، نداءً عاجلاً لجمع أربعة مليارات دولار لتمويل "
                                + "المساعدات الإنسانية في السودان خلال العام الجاري."),
                        novel(1, "وقال منسق الشؤون الإنسانية مارتن غريفيث إن الوضع في دارفور بلغ مستوى كارثياً، "
                                + "وإن منظمة الصحة العالمية تحذر من انتشار الأوبئة."),
                        novel(2, AID_BACKGROUND)),
                List.of(
                        ent(EntityType.ORGANIZATION, "الأمم المتحدة", "الأمم المتحدة", 0),
                        ent(EntityType.LOCATION, "السودان", "السودان", 0),
                        ent(EntityType.PERSON, "مارتن غريفيث", "مارتن غريفيث", 1),
                        ent(EntityType.LOCATION, "دارفور", "دارفور", 1),
                        ent(EntityType.ORGANIZATION, "منظمة الصحة العالمية", "منظمة الصحة العالمية", 1)),
                List.of()));

        all.add(article(HOSTILE, "مصدر مجهول", null, "2024-03-16", "ar",
                "اختبار نص عدائي " + SCRIPT_TEXT,
                List.of(
                        novel(0, "نص يحتوي على وسم برمجي " + SCRIPT_TEXT + " يجب أن يظهر كما هو."),
                        novel(1, "وصورة مزيفة " + IMG_TEXT + " في الخرطوم.")),
                List.of(ent(EntityType.LOCATION, "الخرطوم", "الخرطوم", 1)),
                List.of()));

        all.add(article(WIRE_EN, "Global Wire", "Geneva", "2024-03-17", "en",
                "UN agencies warn of famine risk in Sudan",
                List.of(
                        novel(0, "The World Health Organization and the United Nations warned on Sunday that "
                                + "parts of Sudan face a risk of famine within months."),
                        novel(1, "Spokesperson Lina Haddad said convoys to Darfur remain blocked.")),
                List.of(
                        ent(EntityType.ORGANIZATION, "World Health Organization", "منظمة الصحة العالمية", 0),
                        ent(EntityType.ORGANIZATION, "United Nations", "الأمم المتحدة", 0),
                        ent(EntityType.LOCATION, "Sudan", "السودان", 0),
                        ent(EntityType.PERSON, "Lina Haddad", "Lina Haddad", 1),
                        ent(EntityType.LOCATION, "Darfur", "دارفور", 1)),
                List.of()));

        all.add(article(SUDAN_FOLLOWUP, "سبوتنيك", "بورتسودان", "2024-03-18", "ar",
                "وصول أول قافلة مساعدات أممية إلى ولاية شمال دارفور",
                List.of(
                        novel(0, "وصلت أول قافلة مساعدات تابعة لبرنامج الأغذية العالمي إلى ولاية شمال دارفور، "
                                + "بعد أسابيع من المفاوضات مع الأطراف المتحاربة."),
                        repeat(1, AID_BACKGROUND, SUDAN_AID, 2, 1.0)),
                List.of(
                        ent(EntityType.ORGANIZATION, "برنامج الأغذية العالمي", "برنامج الأغذية العالمي", 0),
                        ent(EntityType.LOCATION, "دارفور", "دارفور", 0),
                        ent(EntityType.LOCATION, "السودان", "السودان", 1),
                        ent(EntityType.ORGANIZATION, "الأمم المتحدة", "الأمم المتحدة", 1)),
                List.of(date("نيسان/أبريل 2023", "2023-04", 1))));
        return all;
    }

    static EnrichedArticle article(String id, String source, String dateline, String publishedAt, String language,
            String title, List<Paragraph> paragraphs, List<Entity> entities, List<DateMention> dates) {
        List<Entity> located = entities.stream().map(e -> locate(e, paragraphs)).toList();
        List<DateMention> locatedDates = dates.stream().map(d -> locate(d, paragraphs)).toList();
        return new EnrichedArticle(id, source, id + ".txt", title, dateline, publishedAt, language, null, null,
                paragraphs, EnrichedArticle.novelTextOf(paragraphs), List.of(), located, locatedDates);
    }

    static Paragraph novel(int index, String text) {
        return Paragraph.novel(index, text);
    }

    static Paragraph repeat(int index, String text, String articleId, int paragraph, double similarity) {
        return Paragraph.novel(index, text).withDuplicate(new DuplicateRef(articleId, paragraph), similarity);
    }

    /** An entity whose offsets are filled in from its surface text by {@link #article}. */
    static Entity ent(EntityType type, String text, String canonical, int paragraph) {
        return new Entity(type, text, canonical, paragraph, -1, -1);
    }

    static DateMention date(String text, String value, int paragraph) {
        return new DateMention(text, value, paragraph, -1, -1);
    }

    private static Entity locate(Entity e, List<Paragraph> paragraphs) {
        int start = offset(paragraphs, e.paragraph(), e.text());
        return new Entity(e.type(), e.text(), e.canonical(), e.paragraph(), start, start + e.text().length());
    }

    private static DateMention locate(DateMention d, List<Paragraph> paragraphs) {
        int start = offset(paragraphs, d.paragraph(), d.text());
        return new DateMention(d.text(), d.value(), d.paragraph(), start, start + d.text().length());
    }

    private static int offset(List<Paragraph> paragraphs, int paragraph, String text) {
        int start = paragraphs.get(paragraph).text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in paragraph " + paragraph);
        }
        return start;
    }

    /** Writes {@code articles} as one bulk file, under a temporary name first as the sink does. */
    static Path writeBulkFile(Path dir, String name, List<EnrichedArticle> articles) {
        StringBuilder out = new StringBuilder();
        try {
            for (EnrichedArticle article : articles) {
                out.append(Json.mapper().writeValueAsString(
                        Map.of("index", Map.of("_index", "khabar-articles", "_id", article.id())))).append('\n');
                out.append(Json.mapper().writeValueAsString(article)).append('\n');
            }
            Files.createDirectories(dir);
            Path tmp = dir.resolve(name + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            return Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
