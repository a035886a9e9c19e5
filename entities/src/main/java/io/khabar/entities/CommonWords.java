package io.khabar.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Listed one-word organization names that the training corpus also uses as common words: العربية (the language, an
 * adjective), القاعدة (the base), فتح (opened), الهلال (the crescent). Built by {@link NerTrainer} from the training
 * sentences: every word written as a listed one-word organization name ({@link #listedWord}) that the gold leaves
 * outside any name. Article mode tags the other listed one-word organization names wherever the model left them
 * untagged ({@link ListedNames#tagListedWords}); these it leaves to the model.
 *
 * <p>The file ({@value #FILE}) holds the words' folded spellings, one per line, and ships beside the model it was
 * built with.
 */
final class CommonWords {

    static final String FILE = "common-words.txt";
    /** Shortest listed word (in characters) tagged by the listing alone: shorter ones are often other words (قم). */
    static final int MIN_LENGTH = 4;

    private final TreeSet<String> words;
    private final LongIntMap hashes;
    /** No list known: every word counts as common, so that no listed word is tagged by the listing alone. */
    private final boolean unknown;

    private CommonWords(TreeSet<String> words, boolean unknown) {
        this.words = words;
        this.unknown = unknown;
        this.hashes = LongIntMap.ofWords(words);
    }

    /**
     * No list (a model directory written before the list was): every word counts as common, so article mode tags
     * no listed one-word name by the listing alone.
     */
    static CommonWords unknown() {
        return new CommonWords(new TreeSet<>(), true);
    }

    /**
     * The listed one-word organization names that the gold of {@code sentences} leaves outside names, read from the
     * gazetteer marks of their features ({@code extracted}, one per sentence, as training computes them).
     */
    static CommonWords fromTraining(List<ConllCorpus.Sentence> sentences, List<FeatureExtractor.Extracted> extracted) {
        TreeSet<String> words = new TreeSet<>();
        for (int k = 0; k < sentences.size(); k++) {
            ConllCorpus.Sentence s = sentences.get(k);
            int[] gz = extracted.get(k).gazetteer();
            for (int i = 0; i < gz.length; i++) {
                if (s.tags().get(i).equals("O") && listedWord(gz, i)) {
                    words.add(ArabicNormalizer.fold(s.tokens().get(i)));
                }
            }
        }
        return new CommonWords(words, false);
    }

    /**
     * Whether token {@code i} is written exactly as a listed one-word organization name: no clitic taken off, no
     * other type listed for it, no longer listed name starting there. Places are left to the model, which finds
     * them well and whose misses among listed one-word places are mostly common words (البندقية is the rifle more
     * often than Venice, الحمامات the baths).
     */
    static boolean listedWord(int[] gz, int i) {
        return (gz[i] & Gazetteer.STRIPPED_BIT) == 0 && isLoneListedOrganization(gz, i);
    }

    /** As {@link #listedWord}, for a token whose listed form is found with a clitic taken off (والحوثيون). */
    static boolean listedAfterClitic(int[] gz, int i) {
        return (gz[i] & Gazetteer.STRIPPED_BIT) != 0 && isLoneListedOrganization(gz, i);
    }

    /** A listed one-word organization begins at token {@code i}, and no name of another type or of more words. */
    static boolean isLoneListedOrganization(int[] gz, int i) {
        return (gz[i] & Gazetteer.BEGIN_BITS) == Gazetteer.beginBit(NameType.ORG)
                && Gazetteer.nameEnd(gz, i, NameType.ORG) == i + 1;
    }

    /** Whether the word with folded hash {@code wordHash} is one of these common words. */
    boolean contains(long wordHash) {
        return unknown || hashes.contains(wordHash);
    }

    int size() {
        return words.size();
    }

    static CommonWords read(InputStream in) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                words.add(line);
            }
        }
        return new CommonWords(words, false);
    }

    void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Listed one-word organization names that the training sentences (ANERcorp) leave untagged,\n"
                + "# folded spellings; written by NerTrainer. Article mode leaves these words to the model.\n");
        for (String word : words) {
            w.write(word);
            w.write('\n');
        }
        w.flush();
    }
}
