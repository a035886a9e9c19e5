package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.khabar.entities.EntityTagger;
import io.khabar.model.DateMention;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Entity;

/** Offsets of the draft's entities and dates count code points, so that an emoji before a name shifts them by one. */
class ArticleParserTest {

    private static final ArticleParser PARSER = new ArticleParser(EntityTagger.loadDefault());

    /** The text between two code-point offsets, as Python's {@code text[start:end]} reads it. */
    private static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void shouldGiveOffsetsInCodePoints() {
        String paragraph = "🔴 زار الرئيس الروسي فلاديمير بوتين أنقرة في 9 تشرين الثاني/نوفمبر 2020.";
        EnrichedArticle draft = PARSER.draft(Fixtures.article("emoji-1", "test", "عنوان", paragraph), null);
        assertThat(draft.entities()).isNotEmpty();
        for (Entity e : draft.entities()) {
            assertThat(slice(paragraph, e.start(), e.end())).isEqualTo(e.text());
            assertThat(paragraph.substring(e.start(), e.end())).isNotEqualTo(e.text()); // UTF-16 indices would be off
        }
        assertThat(draft.dates()).isNotEmpty();
        for (DateMention d : draft.dates()) {
            assertThat(slice(paragraph, d.start(), d.end())).isEqualTo(d.text());
        }
        Entity putin = draft.entities().stream().filter(e -> e.text().equals("فلاديمير بوتين")).findFirst().orElseThrow();
        assertThat(putin.start()).isEqualTo(paragraph.indexOf("فلاديمير") - 1);
    }
}
