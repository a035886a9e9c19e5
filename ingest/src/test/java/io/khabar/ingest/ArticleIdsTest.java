package io.khabar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.khabar.model.RawArticle;

class ArticleIdsTest {

    @Test
    void shouldBeSixteenHexCharactersOfTheContent() {
        assertThat(ArticleIds.of("سبوتنيك", "عنوان", "متن")).matches("[0-9a-f]{16}");
        assertThat(ArticleIds.of("سبوتنيك", "عنوان", "متن")).isEqualTo(ArticleIds.of("سبوتنيك", "عنوان", "متن"));
    }

    @Test
    void shouldDifferWhenAnyContentFieldDiffers() {
        String id = ArticleIds.of("سبوتنيك", "عنوان", "متن");
        assertThat(ArticleIds.of("رويترز", "عنوان", "متن")).isNotEqualTo(id);
        assertThat(ArticleIds.of("سبوتنيك", "عنوان آخر", "متن")).isNotEqualTo(id);
        assertThat(ArticleIds.of("سبوتنيك", "عنوان", "متن آخر")).isNotEqualTo(id);
        // fields are separated: moving text from title to body is another article
        assertThat(ArticleIds.of(null, "ab", "c")).isNotEqualTo(ArticleIds.of(null, "a", "bc"));
    }

    @Test
    void shouldGiveTheSameIdForTheSameArticleUnderAnotherNameAndAtAnotherTime(@TempDir Path dir) throws IOException {
        Path first = Files.copy(Fixtures.path("articles/a1-sputnik-title.txt"), dir.resolve("first.txt"));
        Path second = Files.copy(first, dir.resolve("renamed-copy.txt"));
        RawArticle a = read(first, Instant.parse("2022-03-14T10:00:00Z"));
        RawArticle b = read(second, Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(a.origin()).isNotEqualTo(b.origin());
        assertThat(a.ingestedAt()).isEqualTo("2022-03-14T10:00:00Z").isNotEqualTo(b.ingestedAt());
    }

    private static RawArticle read(Path file, Instant at) {
        ArticleReader reader = new ArticleReader(IngestConfig.MAX_ARTICLE_BYTES_DEFAULT, Clock.fixed(at, ZoneOffset.UTC));
        return ((ParsedArticle) reader.readAll(file).get(0)).article();
    }
}
