package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unknown words joined by و to places in a list of places (given labels, no model). */
class PlaceListsTest {

    /** News counts: الحكومة, أطراف and مصر are common words; none of the places below is in the news. */
    private static final WordClusters NEWS = DocumentFixture.news("الحكومة\t900\t1\t1\t9\nأطراف\t300\t1\t1\t9\n"
            + "مصر\t900\t1\t1\t3\nالرحال\t40\t1\t1\t9\n");

    @Test
    void shouldTagAnUnknownWordInAListOfPlaces() {
        // the place before it joined by و to the one before that
        assertThat(tag("احتجاجات في مشهد وشيراز وأراك .", "O O B-LOC B-LOC O O"))
                .isEqualTo("O O B-LOC B-LOC B-LOC O");
        // or by a comma
        assertThat(tag("في مشهد ، كرج والأهواز .", "O B-LOC O B-LOC O O")).isEqualTo("O B-LOC O B-LOC B-LOC O");
        // a place with و after it
        assertThat(tag("من ماريوبول وبيرديانسك وميليتوبول", "O B-LOC O B-LOC")).isEqualTo("O B-LOC B-LOC B-LOC");
        // two unknown words
        assertThat(tag("في مينسك وغرودنو وبريست رفضا", "O B-LOC O O O")).isEqualTo("O B-LOC B-LOC B-LOC O");
    }

    @Test
    void shouldLeaveVerbsNounsAndKnownWordsAlone() {
        // no list: one place and a word after it
        assertThat(tag("في باريس وأبدلت حليتها", "O B-LOC O O")).isEqualTo("O B-LOC O O");
        // a pronoun or a verb's ending, a known word, a known word with a clitic
        assertThat(tag("روسيا وإيران ومواقعهما في", "B-LOC B-LOC O O")).isEqualTo("B-LOC B-LOC O O");
        assertThat(tag("تايلاند وماليزيا وحطوا الرحال", "B-LOC B-LOC O O")).isEqualTo("B-LOC B-LOC O O");
        assertThat(tag("سوريا وإيران والحكومة", "B-LOC B-LOC O")).isEqualTo("B-LOC B-LOC O");
        assertThat(tag("الصين وإيران وكأطراف مرجحة", "B-LOC B-LOC O O")).isEqualTo("B-LOC B-LOC O O");
        // a future verb, a short accusative, a three-letter root
        assertThat(tag("سوريا وإيران وسنتحرك ضد", "B-LOC B-LOC O O")).isEqualTo("B-LOC B-LOC O O");
        assertThat(tag("ونيويورك والأردن وسفيرا لمصر", "B-LOC B-LOC O O")).isEqualTo("B-LOC B-LOC O O");
        assertThat(tag("السعودية وتركيا ووظف قدراته", "B-LOC B-LOC O O")).isEqualTo("B-LOC B-LOC O O");
        // after a name of another type
        assertThat(tag("مع غوغل وآبل وتيسلار", "O B-ORG B-ORG O")).isEqualTo("O B-ORG B-ORG O");
    }

    /** Labels after the rule over one sentence given as text and IOB2 labels. */
    private static String tag(String sentence, String labels) {
        return DocumentFixture.after((t, x, l, g, news) -> PlaceLists.tag(t, l, news), NEWS, sentence, labels);
    }
}
