package io.khabar.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A word the model left untagged right after a word for a town (مدينة, جزيرة, بلدة, قرية, محافظة, مخيم, بلدية, مديرية,
 * with و, ب or ل; ولاية or ملك before an indefinite word) is the town's name: جزيرة لومبوك, مدينة بالو, مدينة الفحيص,
 * ولاية كيرالا; and the same word standing alone elsewhere in the document is that place too (وتبلغ مساحة لومبوك).
 * Over the 5,000 ANT articles the model left 591 words untagged after these words, against 2,264 it tagged as
 * places: mostly towns it had never seen.
 *
 * <p>Not a word that may be something else: not a listed name other than a one-word place, nor a trigger word
 * (مدينة الملك عبدالله), not a word the news writes 100 times or more (شمال, جديدة, تقع, and the larger places
 * that the model tags anyway), not an indefinite word ending in ة or ى (مدينة صغيرة, بلدة أخرى: an adjective), nor
 * one after ولاية that begins with ال (ولاية الرجل: guardianship). A word after the town word is tagged only where
 * the town word itself is no name's part (مدينة الملك فهد الطبية is tagged by the model or not at all).
 */
final class TownNames {

    /** Words for a town, before its name (جزيرة سولاويسي, مدينة جنوى); also read by {@link ClubNames}. */
    static final LongIntMap CITY_WORDS = LongIntMap.ofWords(List.of("مدينة", "بمدينة", "لمدينة", "ومدينة",
            "جزيرة", "بجزيرة", "لجزيرة", "وجزيرة", "بلدة", "ببلدة", "لبلدة", "وبلدة", "قرية", "بقرية", "لقرية", "وقرية",
            "محافظة", "بمحافظة", "لمحافظة", "ومحافظة", "مخيم", "بمخيم", "لمخيم", "ومخيم", "بلدية", "ببلدية", "لبلدية",
            "وبلدية"));

    /**
     * Words after which a place the gazetteer lists is that place, whatever the model said (ريف حماة, قاعدة حميميم,
     * مطار معيتيقة: ANERcorp tags the place after مطار).
     */
    private static final LongIntMap LISTED_PLACE_WORDS = LongIntMap.ofWords(List.of("ريف", "بريف", "لريف", "وريف",
            "قاعدة", "بقاعدة", "لقاعدة", "وقاعدة", "مطار", "بمطار", "لمطار", "ومطار"));

    /**
     * A state, or a term of office (ولاية ثانية) and guardianship (ولاية الرجل); a king's realm (ملك أراجون: 17 of the
     * 22 words after ملك in ANERcorp's training sentences are places; not ملك البلاد): only before an indefinite word.
     */
    private static final LongIntMap STATE_WORDS = LongIntMap.ofWords(List.of("ولاية", "بولاية", "لولاية",
            "وولاية", "ملك", "لملك", "وملك", "بملك"));
    /**
     * A district of a governorate (مديرية الدريهمي, بمديرية التحيتا), as the Yemeni news names them; not in the town
     * words of {@link #CITY_WORDS}, since a directorate (مديرية الأمن, مديرية التربية) is no place: after these words a
     * definite word must be rare in the news.
     */
    private static final LongIntMap DISTRICT_WORDS = LongIntMap.ofWords(List.of("مديرية", "بمديرية", "لمديرية",
            "ومديرية"));
    /** First words of two-word town names (نورث كارولينا, سانت يورينك, عين عطا, كفر نبل). */
    private static final LongIntMap PLACE_PREFIXES = LongIntMap.ofWords(List.of("نورث", "ساوث", "ويست", "إيست",
            "سانت", "سان", "سانتا", "نيو", "بورت", "فورت", "غراند", "لاس", "لوس", "ماونت", "بالم", "عين", "كفر",
            "دير", "بيت", "تل", "رأس", "بني", "خان", "حصن", "أم", "جسر", "سوق", "قلعة", "باب", "برج"));
    /** News count from which a word is too common to be taken for an unknown town. */
    static final int COMMON_COUNT = 100;
    /** News count from which a definite word after مديرية is taken for a directorate's field (التربية: 28). */
    private static final int DIRECTORATE_COUNT = 20;
    /** Colours and elatives of the pattern أفعل, normalized: adjectives, not towns (رئيس بلدية أسود, مدينة أقدم). */
    private static final Set<String> AF3AL_ADJECTIVES = Set.of("اسود", "ابيض", "احمر", "اخضر", "ازرق", "اصفر",
            "اكبر", "اصغر", "اقدم", "احدث", "اجمل");
    /** News count from which a word beginning with ت, ي or ن is taken for a verb (تمتد, تستمر). */
    private static final int VERB_COUNT = 20;
    /** Proclitics a repeat may carry. */
    private static final List<String> PROCLITICS = List.of("و", "ب", "ل", "وب", "ول", "ف");

    private TownNames() {
    }

    /**
     * Tags the towns in the labels of a document's sentences (changed in place); {@code window} = sentences on each
     * side whose towns count for the repeats (the whole article in article mode).
     */
    static void tag(List<TokenSpans> sentences, List<FeatureExtractor.Extracted> xs, List<int[]> labels,
                    WordClusters clusters, int window) {
        int ns = sentences.size();
        DocumentWindow.Evidence<String> found = DocumentWindow.Evidence.collect(ns,
                k -> tagAfterTownWords(sentences.get(k), xs.get(k), labels.get(k), clusters));
        if (found.isEmpty()) {
            return;
        }
        for (int k = 0; k < ns; k++) {
            Set<String> near = found.around(k, window);
            if (!near.isEmpty()) {
                tagRepeats(sentences.get(k), labels.get(k), near);
            }
        }
    }

    /** Tags the unknown towns after town words in one sentence; returns them, normalized. */
    private static Set<String> tagAfterTownWords(TokenSpans tokens, FeatureExtractor.Extracted x, int[] l,
                                                 WordClusters clusters) {
        Set<String> towns = Set.of();
        for (int i = 1; i < tokens.size(); i++) {
            boolean district = DISTRICT_WORDS.contains(x.words()[i - 1]);
            boolean town = district || CITY_WORDS.contains(x.words()[i - 1]);
            boolean state = !town && STATE_WORDS.contains(x.words()[i - 1]);
            boolean listedPlace = isListedOneWordPlace(x.gazetteer(), i);
            boolean free = l[i - 1] == Labels.O && l[i] == Labels.O && x.triggers()[i] == 0
                    && (x.gazetteer()[i] == 0 || listedPlace);
            if (!(town || state)) {
                if (listedPlace && free && LISTED_PLACE_WORDS.contains(x.words()[i - 1])) {
                    l[i] = Labels.begin(NameType.LOC);
                }
                continue;
            }
            boolean prefix = PLACE_PREFIXES.contains(x.words()[i]);
            boolean directorate = district && !listedPlace && isCommonDefinite(tokens.token(i), clusters);
            // an unknown town, or a place the gazetteer lists and nothing else after a word for a town (مدينة حماة)
            boolean unknownTown = !directorate && (isUnknownTown(tokens.token(i), state, clusters)
                    || (town && listedPlace));
            if (!free || !(prefix || unknownTown)) {
                continue;
            }
            if (prefix) {
                // a first word such as نورث, سانت, عين is a name only with the next: ولاية نورث كارولينا
                if (i + 1 < tokens.size() && l[i + 1] == Labels.O && x.triggers()[i + 1] == 0
                        && isSecondWord(tokens.token(i + 1), clusters)) {
                    l[i] = Labels.begin(NameType.LOC);
                    l[i + 1] = Labels.inside(NameType.LOC);
                }
                continue;
            }
            l[i] = Labels.begin(NameType.LOC);
            if (towns.isEmpty()) {
                towns = new HashSet<>();
            }
            towns.add(ArabicNormalizer.normalize(tokens.token(i)));
        }
        return towns;
    }

    /** A listed place of one word and nothing else (مديرية الخوخة), which the model may still have left untagged. */
    private static boolean isListedOneWordPlace(int[] gz, int i) {
        return gz[i] == Gazetteer.beginBit(NameType.LOC)
                && (i + 1 == gz.length || (gz[i + 1] & Gazetteer.insideBit(NameType.LOC)) == 0);
    }

    /**
     * A definite word the news writes {@link #DIRECTORATE_COUNT} times or more: after مديرية, what the directorate
     * deals with (مديرية التربية, مديرية الجرائم) rather than a district's name (مديرية الظاهر).
     */
    private static boolean isCommonDefinite(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return word.startsWith("ال") && clusters.count(word) >= DIRECTORATE_COUNT;
    }

    private static boolean isUnknownTown(String token, boolean afterState, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        if (!isRare(word, clusters) || word.startsWith("لل") || word.endsWith("وا") || word.endsWith("ها")
                || word.endsWith("هم")) {
            return false; // للنازحين (for the displaced), verbs and nouns with a pronoun: ورفعوا, تسكنها
        }
        if (word.length() >= 5 && "وفبل".indexOf(word.charAt(0)) >= 0
                && clusters.count(word.substring(1)) >= COMMON_COUNT) {
            return false; // و, ف, ب, ل + a common word: والنازحين
        }
        if (afterState && word.charAt(0) == 'و' && clusters.count(word.substring(1)) > 0) {
            return false; // و + a word the news knows: ريغ ملك وتبعد (and it lies)
        }
        if (word.startsWith("ال")) {
            // not a plural noun: مخيم النازحين (the camp of the displaced)
            return !afterState && !word.endsWith("ين") && !word.endsWith("ون");
        }
        boolean feminine = word.endsWith("ه") || token.endsWith("ى"); // ة folds to ه
        String stem = word.substring(0, word.length() - 1);
        boolean nisba = word.endsWith("ي") && clusters.count(stem) > 0;
        boolean accusative = word.endsWith("ا") && clusters.count(stem) > 0;
        boolean verb = "تين".indexOf(word.charAt(0)) >= 0 && clusters.count(word) >= VERB_COUNT;
        // an adjective (مدينة صغيرة, بلدة أخرى, مخيم صيفي, رئيس بلدية أسود), an adverb (فعلا, خوفا), a verb (تعود)
        return !feminine && !nisba && !accusative && !verb && !AF3AL_ADJECTIVES.contains(word);
    }

    /** A second word of a town's name: rare, not after و, ب or ل, not an adjective that ends in ة or begins with ال. */
    private static boolean isSecondWord(String token, WordClusters clusters) {
        String word = ArabicNormalizer.normalize(token);
        return isRare(word, clusters) && !word.startsWith("ال") && !word.endsWith("ه")
                && "وبل".indexOf(word.charAt(0)) < 0;
    }

    /** Letters only, three or more, and fewer than {@link #COMMON_COUNT} times in the news. */
    private static boolean isRare(String word, WordClusters clusters) {
        return word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                && clusters.count(word) < COMMON_COUNT;
    }

    /** Tags the untagged words of a sentence that are one of {@code towns}, alone or after a proclitic. */
    private static void tagRepeats(TokenSpans tokens, int[] l, Set<String> towns) {
        for (int i = 0; i < tokens.size(); i++) {
            boolean alone = l[i] == Labels.O && (i == 0 || l[i - 1] == Labels.O)
                    && (i + 1 == tokens.size() || l[i + 1] == Labels.O);
            if (alone && isTown(ArabicNormalizer.normalize(tokens.token(i)), towns)) {
                l[i] = Labels.begin(NameType.LOC);
            }
        }
    }

    private static boolean isTown(String word, Set<String> towns) {
        if (towns.contains(word)) {
            return true;
        }
        for (String p : PROCLITICS) {
            if (word.length() > p.length() + 2 && word.startsWith(p) && towns.contains(word.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }
}
