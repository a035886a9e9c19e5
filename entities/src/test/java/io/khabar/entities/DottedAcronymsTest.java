package io.khabar.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Names grown to the dotted acronyms they take a piece of (given labels, no model). */
class DottedAcronymsTest {

    @Test
    void shouldGrowANameToTheWholeAcronym() {
        // إن.بي.سي نيوز: tokens إن . بي . سي نيوز
        assertThat(grow("وقالت إن.بي.سي نيوز إن", "O O O B-ORG I-ORG I-ORG I-ORG O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O");
        assertThat(grow("مكتب إف.بي.آي فتح", "O B-ORG I-ORG I-ORG O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG I-ORG O");
        // two pieces become one name; في between dots is the letter V
        assertThat(grow("طراز إيه.تي.آر الجديدة", "O B-MISC I-MISC I-MISC O B-MISC O"))
                .isEqualTo("O B-MISC I-MISC I-MISC I-MISC I-MISC O");
        assertThat(grow("محطة إن.تي.في التلفزيونية", "O B-ORG I-ORG I-ORG O O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG I-ORG O");
        // the word the acronym is written into
        assertThat(grow("و جيه.بي.مورغان تتولى", "O O O O O B-ORG O"))
                .isEqualTo("O B-ORG I-ORG I-ORG I-ORG I-ORG O");
    }

    @Test
    void shouldLeaveDotsWithSpacesOrWithoutLettersAlone() {
        // the end of a sentence: a dot with a space after it
        assertThat(grow("شبكة سي إن إن. وقال", "O B-ORG I-ORG I-ORG O O"))
                .isEqualTo("O B-ORG I-ORG I-ORG O O");
        // a missing space between two words that are no letters' names
        assertThat(grow("القس برانسون.ولم يفرج", "O B-PERS O O O"))
                .isEqualTo("O B-PERS O O O");
    }

    /** Labels after the rule over text as the tagger splits it (dots are tokens of their own) and given labels. */
    private static String grow(String text, String labels) {
        TokenSpans tokens = ArabicTokenizer.tokenize(text);
        long[] words = new FeatureExtractor(WordClusters.empty(), EntityTagger.defaultGazetteer(), 20)
                .extractAll(tokens).words();
        int[] l = Arrays.stream(labels.split(" ")).mapToInt(Labels::id).toArray();
        assertThat(l).hasSize(tokens.size());
        DottedAcronyms.grow(tokens, words, l);
        return String.join(" ", Arrays.stream(l).mapToObj(Labels::name).toList());
    }
}
