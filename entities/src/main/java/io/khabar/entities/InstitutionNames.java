package io.khabar.entities;

import java.util.List;

import io.khabar.arabic.ArabicNormalizer;

/**
 * A named institution written as a body, its reach and its field: [المنتدى المصري للدراسات الاقتصادية], [الاتحاد
 * القطري للجمباز], [المركز الوطني للأعاصير], [الهيئة العربية للتصنيع], [المجلس الأعلى لتنظيم الإعلام], [الوكالة
 * الروسية لمكافحة المنشطات]. The words: a definite body word (المركز, الاتحاد, الهيئة, …; with و, ب, ف or ل), a
 * country's adjective or an adjective of reach (الوطني, العربي, الدولي, العامة: [الهيئة العامة للإحصاء], …), then a
 * field: a word with لل (للدراسات), or a word with ل before a definite word (لحقوق الإنسان, لإدارة الكوارث; not after
 * الشركة, where it tells what the company does: الشركة الأميركية لخفض الوظائف), a definite adjective of the field if
 * one follows (الاقتصادية) and a second field with و, with its own adjective (للبحث والإنقاذ, للبيانات والذكاء
 * الاصطناعي). The model misses most such names: each one is rare, and none is listed. Not where any of the words is
 * tagged already (الجمعية العمومية [للأمم المتحدة]), not an adjective of rank or role (المركز المالي للبلاد, اللجنة
 * الفنية للحكام).
 * Article mode only: ANERcorp tags such names in some sentences and not in others (المركز القومي للدراسات القضائية is
 * left untagged), and out of fold the rule gained 3 names and cost 8.
 */
final class InstitutionNames {

    /** Body words, definite, as written and with و, ف, ب or ل (للهيئة) before them, as folded hashes. */
    private static final LongIntMap BODIES = LongIntMap.ofWords(LongIntMap.withDefiniteClitics(List.of("المنتدى",
            "المركز", "المعهد", "الجمعية", "المجلس", "الهيئة", "الاتحاد", "المنظمة", "الرابطة", "المؤسسة", "المرصد",
            "الشبكة", "اللجنة", "الصندوق", "البنك", "المصرف", "الجبهة", "الحركة", "التجمع", "الائتلاف", "المكتب",
            "الأكاديمية", "الجامعة", "الشركة", "الوكالة", "النقابة", "الديوان")));

    /** الشركة with its clitics: a company's field is not written with ل before a definite word. */
    private static final LongIntMap COMPANY = LongIntMap.ofWords(LongIntMap.withDefiniteClitics(List.of("الشركة")));

    /** Adjectives of reach, masculine and feminine, as folded hashes. */
    private static final LongIntMap REACH = LongIntMap.ofWords(List.of("الوطني", "الوطنية", "العربي", "العربية",
            "الدولي", "الدولية", "العالمي", "العالمية", "الأوروبي", "الأوروبية", "الإسلامي", "الإسلامية", "الأفريقي",
            "الأفريقية", "الإفريقي", "الإفريقية", "الخليجي", "الخليجية", "الآسيوي", "الآسيوية", "الإقليمي",
            "الإقليمية", "القومي", "القومية", "الاتحادي", "الاتحادية", "الفدرالي", "الفدرالية", "الفيدرالي",
            "الفيدرالية", "العالي", "الأعلى", "العليا", "العام", "العامة"));

    private InstitutionNames() {
    }

    /** جامعة, "university", with و, ب, ل or ف before it. */
    private static final LongIntMap UNIVERSITY = LongIntMap.ofWords(LongIntMap.withClitics(List.of("جامعة"), "", "و",
            "ب", "ل", "ف"));

    /**
     * A place's name right after جامعة names the university, which takes the word in: جامعة [زيورخ] → [جامعة زيورخ],
     * بجامعة [القاهرة] → [بجامعة القاهرة], as ANERcorp tags them (4 times of 4 in the training sentences where a
     * listed place follows جامعة). جامعة must be untagged, or tagged alone as an organization. Both modes: out of fold
     * 1 or 2 more names right on each of seeds 7-10; over ANT 11 universities (جامعة كارديف, بجامعة أوتاوا), all
     * right, where the city alone had been a place.
     */
    static void tagUniversitiesOfPlaces(long[] words, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int i = 0; i + 1 < labels.length; i++) {
            boolean head = labels[i] == Labels.O || labels[i] == Labels.begin(NameType.ORG);
            if (head && labels[i + 1] == place && UNIVERSITY.contains(words[i])) {
                NameRules.labelName(labels, i, NameRules.endOfName(labels, i + 1), NameType.ORG);
            }
        }
    }

    /** Tags the institutions' names in one sentence's labels (changed in place). */
    static void tag(TokenSpans tokens, long[] words, int[] triggers, int[] labels, Gazetteer gazetteer) {
        int n = labels.length;
        for (int i = 0; i + 2 < n; i++) {
            if (!BODIES.contains(words[i])
                    || !(REACH.contains(words[i + 1])
                    || NisbaAdjectives.isCountryAdjective(tokens, i + 1, gazetteer))) {
                continue;
            }
            int e;
            if (isField(tokens, i + 2)) {
                e = i + 3;
            } else if (i + 3 < n && !COMPANY.contains(words[i]) && isConstructField(tokens, i + 2)) {
                e = i + 4;
            } else {
                continue;
            }
            if (e < n && isFieldAdjective(tokens, e)) {
                e++;
            }
            if (e < n && isSecondField(tokens, triggers, e)) {
                e++;
                if (e < n && isFieldAdjective(tokens, e)) {
                    e++; // للبيانات والذكاء الاصطناعي
                }
            }
            if (NameRules.isUntagged(labels, i, e) && NameRules.noNameContinuesAt(labels, e)) {
                NameRules.labelName(labels, i, e, NameType.ORG);
                i = e - 1;
            }
        }
    }

    /** Heads of a named school, institute or centre, indefinite, as written and with و, ف, ب or ل before them. */
    private static final LongIntMap SCHOOLS = LongIntMap.ofWords(LongIntMap.withClitics(List.of("جامعة", "معهد",
            "مركز", "أكاديمية", "كلية"), "", "و", "ف", "ب", "ل"));

    /**
     * A school's, an institute's or a centre's name that the model ends before its field takes the field in: [معهد
     * إسطنبول للأبحاث السياسية], [جامعة السودان للعلوم والتكنولوجيا], [مركز إم دي أندرسون للسرطان], [معهد بيكر
     * للقلب والسكري]. The field as in {@link #tag}: a word with لل, a definite adjective of the field, a second field
     * with و. Not after a council, a fund or an organization, whose name is followed by what they do (مجلس الأمن
     * للتصدي, صندوق النقد الدولي للحصول على). Article mode: over the 5,000 ANT articles 14 names grown, all right as
     * read.
     */
    static void growToFields(TokenSpans tokens, long[] words, int[] triggers, int[] labels) {
        int n = labels.length;
        for (int s = 0; s < n; s++) {
            if (labels[s] != Labels.begin(NameType.ORG) || !SCHOOLS.contains(words[s])) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e == s + 1 || e >= n || labels[e] != Labels.O || !isField(tokens, e)) {
                s = e - 1;
                continue;
            }
            int end = e + 1;
            if (end < n && labels[end] == Labels.O && isFieldAdjective(tokens, end)) {
                end++;
            }
            if (end < n && labels[end] == Labels.O && isSecondField(tokens, triggers, end)) {
                end++;
                if (end < n && labels[end] == Labels.O && isFieldAdjective(tokens, end)) {
                    end++;
                }
            }
            if (NameRules.noNameContinuesAt(labels, end)) {
                NameRules.labelName(labels, s, end, NameType.ORG);
            }
            s = end - 1;
        }
    }

    /** لل and a word of three letters or more: للدراسات, للتصنيع. */
    private static boolean isField(TokenSpans tokens, int i) {
        String word = ArabicNormalizer.normalize(tokens.token(i));
        return word.startsWith("لل") && word.length() >= 5 && SpeakerNames.isArabicWord(word);
    }

    /** ل and a word of three letters or more, then a definite word: لحقوق الإنسان, لمكافحة المنشطات. */
    private static boolean isConstructField(TokenSpans tokens, int i) {
        String word = ArabicNormalizer.normalize(tokens.token(i));
        String next = ArabicNormalizer.normalize(tokens.token(i + 1));
        return word.startsWith("ل") && !word.startsWith("لل") && word.length() >= 4 && SpeakerNames.isArabicWord(word)
                && next.startsWith("ال") && next.length() >= 4 && SpeakerNames.isArabicWord(next);
    }

    /**
     * و and a definite word, a second field (للبحث والإنقاذ, للثقافة والإعلام), not a person's title (والمدير) or a
     * word for a place or a body.
     */
    private static boolean isSecondField(TokenSpans tokens, int[] triggers, int i) {
        String word = ArabicNormalizer.normalize(tokens.token(i));
        return word.startsWith("وال") && word.length() >= 6 && SpeakerNames.isArabicWord(word) && triggers[i] == 0;
    }

    /** A definite adjective of the field (الاقتصادية, الإلكتروني), not a participle (المدعومة) or a plural. */
    private static boolean isFieldAdjective(TokenSpans tokens, int i) {
        String word = ArabicNormalizer.normalize(tokens.token(i));
        return NisbaAdjectives.isDefiniteNisbaForm(word) && SpeakerNames.isArabicWord(word);
    }
}
