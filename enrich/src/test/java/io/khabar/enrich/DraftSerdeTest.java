package io.khabar.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.khabar.entities.EntityTagger;
import io.khabar.model.EnrichedArticle;
import io.khabar.model.Json;

class DraftSerdeTest {

    private final DraftSerde serde = new DraftSerde();
    private final EnrichedArticle draft = new ArticleParser(EntityTagger.loadDefault())
            .draft(Fixtures.first(), "fallback");

    @Test
    void roundTripsADraftInSmile() {
        DraftEvent event = new DraftEvent(1_700_000_000_123L, 3, draft);
        byte[] bytes = serde.serializer().serialize("t", event);

        assertThat(bytes[0]).isEqualTo((byte) ':');
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(event);
        assertThat(draft.paragraphs()).isNotEmpty();
    }

    @Test
    void keepsTheDraftWithoutItsNovelTextWhichIsComputedOnEmit() {
        DraftEvent event = new DraftEvent(1L, 3, draft);

        assertThat(draft.novelText()).isNotBlank();
        assertThat(event.draft().novelText()).isNull();
        assertThat(event.draft().withoutNovelText()).isEqualTo(draft.withoutNovelText());
        assertThat(ArticleAssembler.flag(event.draft(), java.util.List.of()).novelText()).isEqualTo(draft.novelText());
    }

    @Test
    void readsDraftsWrittenAsJsonText() throws Exception {
        DraftEvent event = new DraftEvent(42L, 1, draft);
        byte[] json = Json.mapper().writeValueAsString(event).getBytes(StandardCharsets.UTF_8);

        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(event);
    }

    @Test
    void passesNullThrough() {
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }
}
