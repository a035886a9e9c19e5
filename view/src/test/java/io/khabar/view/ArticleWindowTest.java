package io.khabar.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.khabar.model.DuplicateRef;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.EntityType;
import io.khabar.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleWindowTest {

    private static List<String> ids(ArticleWindow.Snapshot snapshot) {
        return snapshot.articles().stream().map(EnrichedArticle::id).toList();
    }

    private static ArticleWindow windowWithAll(int capacity) {
        ArticleWindow window = new ArticleWindow(capacity);
        Fixtures.articles().forEach(window::accept);
        return window;
    }

    @Test
    void shouldListNewestArrivalFirst() {
        ArticleWindow window = windowWithAll(100);

        assertThat(ids(window.newest(100, null))).containsExactly(Fixtures.SUDAN_FOLLOWUP, Fixtures.WIRE_EN,
                Fixtures.HOSTILE, Fixtures.SUDAN_AID, Fixtures.NILE_FOLLOWUP, Fixtures.NILE_TALKS);
        assertThat(ids(window.newest(2, null))).containsExactly(Fixtures.SUDAN_FOLLOWUP, Fixtures.WIRE_EN);
        assertThat(window.newest(2, null).total()).isEqualTo(6);
    }

    @Test
    void shouldReplaceOlderVersionInPlaceAndReportItAsChanged() {
        ArticleWindow window = windowWithAll(100);
        long before = window.seq();
        EnrichedArticle talks = Fixtures.articles().get(0);
        List<Paragraph> corrected = List.of(talks.paragraphs().get(0), talks.paragraphs().get(1),
                talks.paragraphs().get(2).withDuplicate(new DuplicateRef("older", 4), 0.88));

        window.accept(talks.withParagraphs(corrected));

        assertThat(window.size()).isEqualTo(6);
        ArticleWindow.Snapshot all = window.newest(100, null);
        assertThat(ids(all)).last().isEqualTo(Fixtures.NILE_TALKS);
        assertThat(all.articles().get(5).paragraphs().get(2).duplicateOf().articleId()).isEqualTo("older");
        ArticleWindow.Snapshot changed = window.changedSince(before, 100);
        assertThat(ids(changed)).containsExactly(Fixtures.NILE_TALKS);
        assertThat(changed.seq()).isGreaterThan(before);
        assertThat(window.changedSince(changed.seq(), 100).articles()).isEmpty();
    }

    @Test
    void shouldCountArticlesMentioningEachEntityOnce() {
        ArticleWindow window = windowWithAll(100);

        assertThat(window.facets(EntityType.LOCATION, 3)).containsExactly(
                new ArticleWindow.FacetCount("السودان", 4),
                new ArticleWindow.FacetCount("الخرطوم", 3),
                new ArticleWindow.FacetCount("دارفور", 3));
        assertThat(window.facets(EntityType.ORGANIZATION, 1))
                .containsExactly(new ArticleWindow.FacetCount("الأمم المتحدة", 3));
        assertThat(window.facets(10)).containsOnlyKeys(EntityType.PERSON, EntityType.LOCATION,
                EntityType.ORGANIZATION);
    }

    @Test
    void shouldEvictOldestBeyondCapacityAndForgetItsFacets() {
        ArticleWindow window = windowWithAll(2);

        assertThat(ids(window.newest(10, null))).containsExactly(Fixtures.SUDAN_FOLLOWUP, Fixtures.WIRE_EN);
        assertThat(window.facets(EntityType.PERSON, 10))
                .containsExactly(new ArticleWindow.FacetCount("Lina Haddad", 1));
        assertThat(window.facets(EntityType.LOCATION, 10)).extracting(ArticleWindow.FacetCount::canonical)
                .doesNotContain("إثيوبيا", "الخرطوم");
    }

    @Test
    void shouldFilterByEntity() {
        ArticleWindow window = windowWithAll(100);

        ArticleWindow.EntityKey ethiopia = ArticleWindow.EntityKey.parse("LOCATION:إثيوبيا");
        assertThat(ids(window.newest(100, ethiopia))).containsExactly(Fixtures.NILE_FOLLOWUP, Fixtures.NILE_TALKS);
        assertThat(window.newest(100, ArticleWindow.EntityKey.parse("PERSON:إثيوبيا")).articles()).isEmpty();
    }

    @Test
    void shouldRejectMalformedEntityKeys() {
        assertThat(ArticleWindow.EntityKey.parse("إثيوبيا")).isNull();
        assertThat(ArticleWindow.EntityKey.parse("PLACE:إثيوبيا")).isNull();
        assertThat(ArticleWindow.EntityKey.parse("LOCATION:")).isNull();
        assertThat(ArticleWindow.EntityKey.parse("ORGANIZATION:a:b"))
                .isEqualTo(new ArticleWindow.EntityKey(EntityType.ORGANIZATION, "a:b"));
    }

    @Test
    void shouldForgetRemovedArticle() {
        ArticleWindow window = windowWithAll(100);

        window.remove(Fixtures.NILE_TALKS);

        assertThat(window.size()).isEqualTo(5);
        assertThat(window.facets(EntityType.PERSON, 10)).extracting(ArticleWindow.FacetCount::canonical)
                .doesNotContain("كريم منصور");
    }
}
