package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A club or a body whose name is also a common word, tagged once, is that body where it stands alone later. */
class OrganizationRepeatsTest {

    /** The shipped kind of list: listed one-word organizations that the training text uses as common words. */
    private static final CommonWords COMMON = commonWords("الهلال\nحماس\n");

    @Test
    void shouldTagTheRepeatsOfAClubNamedAfterNadi() {
        assertThat(repeats("انتقل إلى نادي النصر السعودي", "O O B-ORG I-ORG I-ORG",
                "ونشر النصر صورة", "O O O",
                "وانضم للنصر أمس", "O O O",
                "بين الهلال والنصر", "O O O"))
                .containsExactly("O O B-ORG I-ORG I-ORG", "O B-ORG O", "O B-ORG O", "O O B-ORG");
    }

    @Test
    void shouldTagTheRepeatsOfAClubNamedWithItsCountrysAdjective() {
        assertThat(repeats("لاعب المريخ السوداني", "O B-ORG I-ORG", "ويضم المريخ 3 محترفين", "O O O O"))
                .last().isEqualTo("O B-ORG O O");
        // not a nationality: المصري البورسعيدي is the club, المصري alone an adjective
        assertThat(repeats("فاز المصري البورسعيدي", "O B-ORG I-ORG", "قال الوزير المصري", "O O O"))
                .last().isEqualTo("O O O");
    }

    @Test
    void shouldTagTheRepeatsOfAListedNameThatIsAlsoACommonWord() {
        // الهلال is listed, and a given name (هلال) too
        assertThat(repeats("وفاز الهلال باللقب", "O B-ORG O", "جماهير الهلال غاضبة", "O O O",
                "وقال للهلال إن", "O O O"))
                .containsExactly("O B-ORG O", "O B-ORG O", "O B-ORG O");
        // حماس after a clitic
        assertThat(repeats("وقالت حماس إن", "O B-ORG O", "مقرات لحماس في غزة", "O O O B-LOC"))
                .last().isEqualTo("O B-ORG O B-LOC");
    }

    @Test
    void shouldLeaveAPlaceANationalityAndALongerNameAlone() {
        // a word for a place before it, or joined by و to a place
        assertThat(repeats("رحل عن نادي الوحدة", "O O B-ORG I-ORG", "في مدينة الوحدة", "O O O",
                "في عمان والوحدة", "O B-LOC O"))
                .containsExactly("O O B-ORG I-ORG", "O O O", "O B-LOC O");
        // المصري is Egyptian too: never taken from نادي المصري
        assertThat(repeats("لاعب نادي المصري البورسعيدي", "O B-ORG I-ORG I-ORG", "قال الوزير المصري", "O O O"))
                .last().isEqualTo("O O O");
        // a definite word after it may make another body; the Red Crescent is a listed name of its own
        assertThat(repeats("وفاز الهلال باللقب", "O B-ORG O", "الهلال الأحمر", "O O"))
                .last().isEqualTo("O O");
        assertThat(repeats("لاعب نادي الاتحاد السعودي", "O B-ORG I-ORG I-ORG", "وقرر الاتحاد الجديد ذلك", "O O O O"))
                .last().isEqualTo("O O O O");
        // nor a name tagged as something else in the article
        assertThat(repeats("وفاز الهلال باللقب", "O B-ORG O", "حي الهلال", "O B-LOC", "رؤية الهلال", "O O"))
                .last().isEqualTo("O O");
    }

    private static List<String> repeats(String... sentencesAndLabels) {
        DocumentFixture d = DocumentFixture.of(DocumentFixture.news(""), sentencesAndLabels);
        OrganizationRepeats.tag(d.sentences(), d.extracted(), d.labels(), EntityTagger.defaultGazetteer(), COMMON);
        return d.labelNames();
    }

    private static CommonWords commonWords(String lines) {
        try {
            return CommonWords.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
