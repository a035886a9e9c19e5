package io.khabar.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkFileArticleFeedTest {

    @TempDir
    Path dir;

    private static List<String> ids(ArticleWindow window) {
        return window.newest(100, null).articles().stream().map(EnrichedArticle::id).toList();
    }

    @Test
    void shouldReadArticlesOfBulkFilesAndPickUpNewFilesOnRescan() {
        List<EnrichedArticle> all = Fixtures.articles();
        Fixtures.writeBulkFile(dir, "part-0001.ndjson", all.subList(0, 3));
        BulkFileArticleFeed feed = new BulkFileArticleFeed(dir, 1000);
        ArticleWindow window = new ArticleWindow(100);

        assertThat(feed.scanOnce(window)).isEqualTo(3);
        assertThat(ids(window)).containsExactly(Fixtures.SUDAN_AID, Fixtures.NILE_FOLLOWUP, Fixtures.NILE_TALKS);
        EnrichedArticle followup = window.newest(100, null).articles().get(1);
        assertThat(followup).isEqualTo(all.get(1));
        assertThat(followup.paragraphs().get(2).duplicateOf().articleId()).isEqualTo(Fixtures.NILE_TALKS);

        assertThat(feed.scanOnce(window)).isZero();

        Fixtures.writeBulkFile(dir, "part-0002.ndjson", all.subList(3, 6));
        assertThat(feed.scanOnce(window)).isEqualTo(3);
        assertThat(window.size()).isEqualTo(6);
        assertThat(ids(window).get(0)).isEqualTo(Fixtures.SUDAN_FOLLOWUP);
    }

    @Test
    void shouldLetLaterFileReplaceEarlierVersionOfSameArticle() throws Exception {
        EnrichedArticle first = Fixtures.articles().get(0);
        EnrichedArticle corrected = first.withParagraphs(List.of(first.paragraphs().get(0)));
        Path older = Fixtures.writeBulkFile(dir, "b-older.ndjson", List.of(first));
        Path newer = Fixtures.writeBulkFile(dir, "a-newer.ndjson", List.of(corrected));
        Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000L));
        Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000L));
        ArticleWindow window = new ArticleWindow(100);

        new BulkFileArticleFeed(dir, 1000).scanOnce(window);

        assertThat(window.size()).isEqualTo(1);
        assertThat(window.newest(1, null).articles().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void shouldSkipTemporaryFilesAndMalformedLines() throws Exception {
        EnrichedArticle good = Fixtures.articles().get(2);
        String goodDoc = Json.mapper().writeValueAsString(good);
        Files.writeString(dir.resolve("broken.ndjson"), String.join("\n",
                "{\"index\":{\"_id\":\"x\"}}",
                "this is not json",
                "not an action either",
                "{\"index\":{\"_id\":\"" + good.id() + "\"}}",
                goodDoc,
                "{\"index\":{\"_id\":\"no-id\"}}",
                "{\"title\":\"بلا معرّف\"}",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("part-0003.ndjson.tmp"), "{\"index\":{}}\n" + goodDoc + "\n",
                StandardCharsets.UTF_8);
        ArticleWindow window = new ArticleWindow(100);

        int read = new BulkFileArticleFeed(dir, 1000).scanOnce(window);

        assertThat(read).isEqualTo(1);
        assertThat(ids(window)).containsExactly(good.id());
    }

    @Test
    void shouldWaitForDirectoryThatDoesNotExistYet() {
        Path later = dir.resolve("out");
        BulkFileArticleFeed feed = new BulkFileArticleFeed(later, 1000);
        ArticleWindow window = new ArticleWindow(100);

        assertThat(feed.scanOnce(window)).isZero();

        Fixtures.writeBulkFile(later, "part-0001.ndjson", Fixtures.articles().subList(0, 1));
        assertThat(feed.scanOnce(window)).isEqualTo(1);
    }
}
