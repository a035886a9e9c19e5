package io.khabar.entities;

import java.util.List;

/**
 * A person's name that the model starts after an untagged listed given name starts at that given name: آلان
 * [ديرشوفيتز] → آلان ديرشوفيتز, أمل [فتحي] → أمل فتحي, and so with و before the given name: وعلي [سعيد العالول] →
 * وعلي سعيد العالول, ويوليا [سكريبال], وكيفن [دي بروين]. The given name must be listed and written as it is listed
 * (not أن, إن or على, which fold into آن and علي), not a word that is more often something else before a name
 * ({@link PersonRepeats#NOT_FIRST_NAMES}: ابن, باسم, عمر, خليفة) nor a verb of the same letters (ورفعت بدوي قضية, وفتح
 * راموس النار, عادل هاميلتون الرقم); and the name must not begin with و itself (أماندا وستيف are two people). Both
 * modes, after the document-level corrections: over ANT 22 names grown, 21 rightly (not لارا [إريك ترامب]); out of
 * fold on ANERcorp 5 more names right (seed 7), none lost; on the dev sentences 2 more (وأشرف عبد الباقي, ألفريد
 * ديمورا).
 */
final class GivenNames {

    /** Listed given names that are also verbs, which stand before their subject: ورفعت بدوي, وحافظ نادال على. */
    private static final LongIntMap VERBS = LongIntMap.ofWords(List.of("رفعت", "نشأت", "حافظ", "فتح", "عزت", "عادل",
            "حلا", "صالح", "سامح", "شكري", "وجدي", "أمين", "كامل", "منير", "حسن"));

    private GivenNames() {
    }

    /** Grows the persons' names of one sentence's labels (changed in place) to the given name before them. */
    static void grow(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            int g = s - 1;
            if (labels[s] != begin || labels[g] != Labels.O || x.gazetteer()[g] != 0
                    || tokens.token(s).charAt(0) == 'و' || !isGivenName(tokens.token(g), x.words()[g], gazetteer)) {
                continue;
            }
            NameRules.labelName(labels, g, NameRules.endOfName(labels, s), NameType.PERS);
        }
    }

    /**
     * Whether a token ({@code folded}: its folded hash) is a listed given name as written (not a particle that folds
     * into one: أن, إن, على, أنا, الآن), alone or with و before it, and no verb or kinship word.
     */
    private static boolean isGivenName(String token, long folded, Gazetteer gazetteer) {
        boolean conjoined = token.length() > 2 && token.charAt(0) == 'و'
                && !SpeakerNames.isGivenNameAsWritten(token, folded, gazetteer);
        String name = conjoined ? token.substring(1) : token;
        long key = conjoined ? Hashing.ofFolded(name) : folded;
        return SpeakerNames.isGivenNameAsWritten(name, key, gazetteer) && !VERBS.contains(key)
                && !PersonRepeats.NOT_FIRST_NAMES.contains(key);
    }
}
