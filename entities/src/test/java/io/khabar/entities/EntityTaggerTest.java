package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.khabar.model.Entity;
import io.khabar.model.EntityType;

/** Uses the model that ships on the classpath. */
class EntityTaggerTest {

    private static final List<String> ARTICLE = List.of(
            "موسكو (رويترز) - استقبل الرئيس الروسي فلاديمير بوتين في الكرملين، اليوم الأربعاء، رئيس الوزراء الأرميني نيكول باشينيان لبحث الوضع في قره باغ.",
            "وقال بوتين إن روسيا مستعدة للوساطة بين أرمينيا وأذربيجان، مشيرا إلى دور منظمة الأمن والتعاون في أوروبا.",
            "وأعلنت وزارة الدفاع الأذربيجانية أن الهدوء عاد إلى المنطقة الحدودية قرب مدينة لاتشين.");

    private final EntityTagger tagger = EntityTagger.loadDefault();

    @Test
    void shouldTagObviousEntitiesWithCanonicalNames() {
        List<Entity> entities = tagger.tagArticle(ARTICLE);
        assertThat(entities).extracting(Entity::type, Entity::canonical).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.LOCATION, "موسكو"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "فلاديمير بوتين"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "نيكول باشينيان"),
                org.assertj.core.groups.Tuple.tuple(EntityType.LOCATION, "روسيا"),
                org.assertj.core.groups.Tuple.tuple(EntityType.LOCATION, "أذربيجان"),
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "وزارة الدفاع الأذربيجانية"));
        assertThat(entities).filteredOn(e -> e.paragraph() == 1 && e.text().equals("بوتين"))
                .extracting(Entity::canonical).containsExactly("فلاديمير بوتين");
        assertThat(entities).extracting(Entity::text).doesNotContain("الروسي", "الأرميني");
    }

    @Test
    void shouldTagAFamilyNameStandingAloneOnceThePersonIsNamedInFull() {
        List<String> article = List.of(
                "أفرجت محكمة في إزمير عن القس الأمريكي أندرو برانسون بعد احتجازه عامين.",
                "وكانت واشنطن قد فرضت عقوبات على أنقرة بسبب احتجاز برانسون، ورحبت بقرار إطلاق سراح برانسون.");
        List<Entity> entities = tagger.tagArticle(article);
        assertThat(entities).filteredOn(e -> e.paragraph() == 1 && e.type() == EntityType.PERSON)
                .extracting(Entity::text, Entity::canonical).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("برانسون", "أندرو برانسون"),
                        org.assertj.core.groups.Tuple.tuple("برانسون", "أندرو برانسون"));
    }

    @Test
    void shouldTagPeopleAndBodiesOfRecentNewsThatTheTrainingTextNeverNames() {
        List<String> article = List.of(
                "التقى وزير الخارجية الإيراني عباس عراقجي في الدوحة رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني.",
                "وقال وزير الدفاع الإسرائيلي يوآف غالانت إن الجيش سيواصل عملياته، فيما دعا المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إلى وقف إطلاق النار.",
                "وأكد غالانت أن قادة مجموعة بريكس لم يناقشوا الأمر.");
        List<Entity> entities = tagger.tagArticle(article);
        assertThat(entities).extracting(Entity::type, Entity::canonical).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "عباس عراقجي"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "محمد بن عبد الرحمن آل ثاني"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "يوآف غالانت"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "تيدروس أدهانوم غيبريسوس"),
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "مجموعة بريكس"));
        assertThat(entities).filteredOn(e -> e.paragraph() == 2 && e.text().equals("غالانت"))
                .extracting(Entity::type, Entity::canonical)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "يوآف غالانت"));
    }

    @Test
    void shouldEndAListedPersonsNameBeforeAWordWithAProcliticAndMatchAbdJoined() {
        assertThat(Gazetteer.joinAbd("سلمان بن عبد العزيز")).isEqualTo("سلمان بن عبدالعزيز");
        assertThat(Gazetteer.joinAbd("عبد الفتاح السيسي")).isEqualTo("عبدالفتاح السيسي");
        List<String> article = List.of(
                "نشرت الدارة صورة نادرة للعاهل السعودي الملك سلمان بن عبدالعزيز بالزي العسكري خلال تطوعه.");
        assertThat(tagger.tagArticle(article)).extracting(Entity::type, Entity::text, Entity::canonical, Entity::knownAs)
                .contains(org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "سلمان بن عبدالعزيز",
                        "سلمان بن عبدالعزيز", "سلمان بن عبد العزيز"))
                .noneMatch(t -> t.toList().contains("بالزي"));
    }

    @Test
    void shouldTakeInTheWordOfAQuotedPersonsNameThatTheModelLeftOut() {
        List<String> article = List.of(
                "وعين الرئيس \"مرهف أبو قصرة\" وزيرا للدفاع، يليه رئيس حزب الوفد \"عبد السند يمامة\".");
        assertThat(tagger.tagArticle(article)).extracting(Entity::type, Entity::text).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "مرهف أبو قصرة"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "عبد السند يمامة"));
    }

    @Test
    void shouldNameBodiesAsTheNewsNamesThemShortly() {
        List<String> article = List.of(
                "رفع البنك المركزي المصري أسعار الفائدة، وقالت الخارجية الأمريكية إنها تتابع الوضع في كابل.",
                "وقال محافظ البنك المركزي إن القرار يدعم الجنيه، بينما أعلنت هيئة تحرير الشام والحوثيون مواقف متباينة.",
                "ويلعب الفريق في الدوري المحلي ودوري أبطال أوروبا.");
        List<Entity> entities = tagger.tagArticle(article);
        assertThat(entities).extracting(Entity::type, Entity::text, Entity::identity).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "الخارجية الأمريكية", "الخارجية الأمريكية"),
                org.assertj.core.groups.Tuple.tuple(EntityType.LOCATION, "كابل", "كابول"),
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "البنك المركزي", "البنك المركزي المصري"),
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "هيئة تحرير الشام", "هيئة تحرير الشام"),
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "والحوثيون", "جماعة الحوثي"),
                org.assertj.core.groups.Tuple.tuple(EntityType.MISC, "ودوري أبطال أوروبا", "دوري أبطال أوروبا"));
    }

    @Test
    void shouldTagNamesOfSevenWordsWholeAndLeaveTitlesOutOfPeoplesNames() {
        List<String> article = List.of(
                "وقال الأمين العام للاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر في جنيف إن الوفيات كان يمكن تفاديها.",
                "وهنأ الملك سلمان بن عبدالعزيز وولي العهد الأمير محمد بن سلمان الفائزين، وقال المرشد آية الله علي خامنئي إن الرد قادم.",
                "وهبطت الطائرة في مطار الملك خالد الدولي.");
        List<Entity> entities = tagger.tagArticle(article);
        assertThat(entities).extracting(Entity::type, Entity::text).contains(
                org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION,
                        "للاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "سلمان بن عبدالعزيز"),
                org.assertj.core.groups.Tuple.tuple(EntityType.PERSON, "علي خامنئي"),
                org.assertj.core.groups.Tuple.tuple(EntityType.MISC, "الملك خالد"));
        assertThat(entities).extracting(Entity::text).doesNotContain("آية الله", "خالد الدولي");
    }

    @Test
    void shouldTagTheSameNamesInTextWithAndWithoutDiacritics() {
        List<String> voweled = List.of(
                "بحث وزيرُ الخارجيّة الروسيّ سيرغي لافروف مع نظيره الإيرانيّ الوضعَ في أرمينيا وأذربيجان.",
                "وذكرت الخارجيّة الروسيّة، في بيان، أن الجانبين ناقشا مفاوضات فيينا بشأن البرنامج النوويّ.");
        List<String> bare = voweled.stream().map(p -> p.replaceAll("[\\u064B-\\u0652]", "")).toList();
        assertThat(tagger.tagArticle(voweled)).extracting(Entity::type, Entity::canonical)
                .containsExactlyElementsOf(tagger.tagArticle(bare).stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.type(), e.canonical())).toList())
                .contains(org.assertj.core.groups.Tuple.tuple(EntityType.ORGANIZATION, "الخارجية الروسية"));
    }

    @Test
    void shouldGiveOffsetsInParagraphOrder() {
        List<Entity> entities = tagger.tagArticle(ARTICLE);
        assertThat(entities).isNotEmpty();
        int lastParagraph = 0;
        int lastStart = -1;
        for (Entity e : entities) {
            assertThat(ARTICLE.get(e.paragraph()).substring(e.start(), e.end())).isEqualTo(e.text());
            if (e.paragraph() != lastParagraph) {
                assertThat(e.paragraph()).isGreaterThan(lastParagraph);
                lastParagraph = e.paragraph();
                lastStart = -1;
            }
            assertThat(e.start()).isGreaterThan(lastStart);
            lastStart = e.start();
        }
    }

    @Test
    void shouldTagTokensInIob2() {
        List<String> tags = tagger.tagTokens(List.of("زار", "فلاديمير", "بوتين", "العاصمة", "الفرنسية", "باريس", "."));
        assertThat(tags).hasSize(7);
        assertThat(tags.subList(1, 3)).containsExactly("B-PERS", "I-PERS");
        assertThat(tags.get(5)).isEqualTo("B-LOC");
        assertThat(tags.get(6)).isEqualTo("O");
    }

    @Test
    void shouldHandleEmptyInput() {
        assertThat(tagger.tagArticle(List.of("", "   "))).isEmpty();
        assertThat(tagger.tagTokens(List.of())).isEmpty();
    }
}
