package io.khabar.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Splits a person's name that the model ran on into the next person's: بابادوبولوس لترامب (Papadopoulos to Trump),
 * ترامب بكيم (Trump with Kim), سلمان والسيسي. Arabic writes the preposition or the conjunction joined to the second
 * name, so the two look like one name of two words; the document tells them apart, for the second word less its
 * proclitic is the first or the last word of a person it names in full elsewhere (دونالد ترامب, كيم جونغ أون, عبد
 * الفتاح السيسي). The word after the proclitic then begins a name of its own (article mode: the whole article; CoNLL
 * mode: the ±{@value EntityTagger#DOC_WINDOW} sentences around, as for the document features).
 *
 * <p>Over the 5,000 ANT articles the model ran 33 such pairs together (ميسفود لبابادوبولوس, زيدان لمورينيو, بوتن
 * وميركل); a run-on name also drew the bare name's other mentions to it as their canonical name (7 times ترامب →
 * ترامب بكيم in one article).
 */
final class JoinedPersons {

    /** Proclitics that join a second name to the first: و (and), ب (with), ل (to), and و before either. */
    private static final List<String> PROCLITICS = List.of("و", "ب", "ل", "وب", "ول");
    /** Particles of foreign names, which a name the model cut short may end with (فان of فان باستن). */
    private static final LongIntMap NAME_PARTICLES = LongIntMap.ofWords(List.of("فان", "فون", "دي", "دا", "دو", "ديل",
            "دل", "لا", "لو", "سان", "سانت", "أبو"));
    /** Shortest name, in letters, after the proclitic: shorter remainders are too often parts of other words. */
    private static final int MIN_LETTERS = 3;

    private JoinedPersons() {
    }

    /**
     * Splits the run-on names in the labels of a document's sentences (changed in place); {@code window} = sentences
     * on each side whose names count (the whole article in article mode).
     */
    static void split(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                      WordClusters clusters, int window) {
        int ns = sentences.size();
        DocumentWindow.Evidence<String> named = DocumentWindow.Evidence.collect(ns,
                k -> nameEnds(sentences.get(k), labels.get(k)));
        if (named.isEmpty()) {
            return;
        }
        for (int k = 0; k < ns; k++) {
            Set<String> near = named.around(k, window);
            if (!near.isEmpty()) {
                splitSentence(sentences.get(k), xs.get(k), labels.get(k), clusters, near);
            }
        }
    }

    /** The first and last words (normalized) of the persons' names of two words or more in one sentence. */
    private static Set<String> nameEnds(TokenSpans tokens, int[] l) {
        Set<String> words = Set.of();
        for (EntityScorer.Chunk c : EntityScorer.chunks(l)) {
            if (c.type() == NameType.PERS && c.end() - c.start() >= 2) {
                if (words.isEmpty()) {
                    words = new HashSet<>();
                }
                words.add(ArabicNormalizer.normalize(tokens.token(c.start())));
                words.add(ArabicNormalizer.normalize(tokens.token(c.end() - 1)));
            }
        }
        return words;
    }

    /** Splits before the inner words of persons' names that join another person's name, not after بن, أبي, عبد. */
    private static void splitSentence(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l,
                                      WordClusters clusters, Set<String> names) {
        int inside = Labels.inside(NameType.PERS);
        for (int i = 1; i < tokens.size(); i++) {
            char first = tokens.text()[tokens.starts()[i]];
            if (l[i] == inside && (first == 'و' || first == 'ب' || first == 'ل')
                    && (l[i - 1] == inside || l[i - 1] == Labels.begin(NameType.PERS))
                    && SurnameRepeats.JOINERS.get(x.words()[i - 1], 0) == 0
                    && isJoinedName(ArabicNormalizer.normalize(tokens.token(i)), names, clusters)) {
                l[i] = Labels.begin(NameType.PERS);
            }
        }
    }

    /**
     * A person's name whose first word is the family name of another person the document names in full (صلاح of
     * محمد صلاح, ميركل of أنغيلا ميركل) is that family name run on into what follows:
     * <ul>
     *   <li>a name of two words whose second word is a word of another person named in full is two names (ترامب
     *       سيشنز, ميركل بوتين, كومي ترامب);</li>
     *   <li>a name of two words whose second word the news writes mostly outside names
     *       ({@link NewsPriors#isMostlyOutsideNames}), as written or without its proclitic, ends before it (صلاح
     *       فسجل, رونالدو الكبير, جوكوفيتش كسر, صلاح ليسجل), unless that word is a given name, which family names
     *       often are (عباس كامل);</li>
     *   <li>a longer name whose second word is a given name is two names (عين تبون محمد عرقاب وزيرا: تبون, then
     *       محمد عرقاب).</li>
     * </ul>
     * Otherwise the words stay one name: a rare second word may be a family name (مروان كنزاري, جيمس بوند). A full
     * name here begins with a given name and does not end in a father's name (سلمان of محمد بن سلمان is no family
     * name, nor عماد of أم عماد). A first word that is a given name itself (صلاح, حسين) is only cut from a word mostly
     * outside names, since a given name and another person's family name make a name of their own (حسين صبري). Not
     * after a title (البابا فرنسيس), a word that joins a name to the next (بن, آل, عبد) or a particle (فان باستن), nor
     * in a listed person's name (محمد السادس after موسى فكي محمد).
     */
    static void splitSurnameRunOns(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs,
                                   List<int[]> labels, WordClusters clusters, int window) {
        int ns = sentences.size();
        List<List<EntityScorer.Chunk>> persons = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
            List<EntityScorer.Chunk> here = new ArrayList<>(2);
            for (EntityScorer.Chunk c : EntityScorer.chunks(labels.get(k))) {
                if (c.type() == NameType.PERS && c.end() - c.start() >= 2) {
                    here.add(c);
                }
            }
            persons.add(here);
        }
        int begin = Labels.begin(NameType.PERS);
        for (int k = 0; k < ns; k++) {
            TokenSpans tokens = sentences.get(k);
            int[] l = labels.get(k);
            for (EntityScorer.Chunk c : persons.get(k)) {
                FeatureExtractor.Extracted x = xs.get(k);
                int trigger = x.triggers()[c.start()];
                long firstWord = x.words()[c.start()];
                if (SurnameRepeats.JOINERS.get(firstWord, 0) != 0 || NAME_PARTICLES.contains(firstWord)
                        || (trigger != 0 && trigger != Gazetteer.FIRST_NAME)
                        || Gazetteer.isListedName(x.gazetteer(), c.start(), c.end(), NameType.PERS)) {
                    continue;
                }
                String first = ArabicNormalizer.normalize(tokens.token(c.start()));
                String second = ArabicNormalizer.normalize(tokens.token(c.start() + 1));
                boolean familyName = false;
                boolean secondNamed = false;
                for (int j = DocumentWindow.first(k, window); j <= DocumentWindow.last(k, window, ns); j++) {
                    for (EntityScorer.Chunk other : persons.get(j)) {
                        if (j == k && other.start() == c.start()) {
                            continue;
                        }
                        TokenSpans t = sentences.get(j);
                        FeatureExtractor.Extracted ox = xs.get(j);
                        String otherFirst = ArabicNormalizer.normalize(t.token(other.start()));
                        String otherLast = ArabicNormalizer.normalize(t.token(other.end() - 1));
                        // a full name: a given name first, the family name last (not a father's after بن, أم عماد)
                        boolean fullName = ox.triggers()[other.start()] == Gazetteer.FIRST_NAME
                                && SurnameRepeats.JOINERS.get(ox.words()[other.end() - 2], 0) == 0;
                        familyName |= fullName && otherLast.equals(first) && !otherFirst.equals(first);
                        secondNamed |= otherLast.equals(second) || otherFirst.equals(second);
                    }
                }
                if (!familyName) {
                    continue;
                }
                boolean secondGiven = x.triggers()[c.start() + 1] == Gazetteer.FIRST_NAME;
                if (c.end() - c.start() > 2) {
                    if (trigger == 0 && secondGiven) {
                        l[c.start() + 1] = begin;
                    }
                } else if (secondNamed && trigger == 0) {
                    l[c.start() + 1] = begin;
                } else if (!secondGiven && (NewsPriors.isMostlyOutsideNames(x.words()[c.start() + 1], clusters)
                        || NewsPriors.isMostlyOutsideNames(x.stripped()[c.start() + 1], clusters))) {
                    l[c.start() + 1] = Labels.O;
                }
            }
        }
    }

    /**
     * Whether a word is a proclitic + one of {@code names}, and the news writes it no more often than that name: a
     * word more frequent than the name it would hide is a word of its own (وقاص, بيونغ), not و + قاص, ب + يونغ.
     */
    private static boolean isJoinedName(String word, Set<String> names, WordClusters clusters) {
        for (String p : PROCLITICS) {
            if (word.length() >= p.length() + MIN_LETTERS && word.startsWith(p)) {
                String rest = word.substring(p.length());
                String name = names.contains(rest) ? rest
                        : p.endsWith("ل") && names.contains("ا" + rest) ? "ا" + rest // للأسد = ل + الأسد
                        : null;
                if (name != null && clusters.count(word) <= clusters.count(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
