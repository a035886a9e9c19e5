package io.khabar.entities;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Corrections for names in quotes: the word before the quote says what the quoted name is (صحيفة "الرياض" a
 * medium, شركة "كريم" a company, برنامج « مع نور » a title, تطبيق "أسعفني" a product, تنظيم "الدولة الإسلامية" an
 * organization); a quote that reads as a sentence is what someone said and is left alone.
 */
final class QuotedNames {

    /** Words for a company, an organization or a journal, before its quoted name (شركة "كريم", دورية "نيتشر"). */
    private static final LongIntMap COMPANY_HEADS = LongIntMap.ofWords(List.of("شركة", "الشركة", "شركته",
            "شركتها", "مطاعم", "مطعم", "مجموعة", "سلسلة", "علامة", "ماركة", "فندق", "منتجع", "جمعية", "مؤسسة",
            "حزب", "حركة", "منظمة", "مدرسة", "مستشفى", "دورية"));

    /** Words for a work, a product, a weapon, a game, a campaign, a race or a storm, before its quoted name (MISC). */
    private static final LongIntMap THING_HEADS = LongIntMap.ofWords(List.of("لعبة", "حملة", "سباق", "بطولة",
            "منتج", "منتجات", "مشروب", "حلقات", "وسم", "هاشتاغ", "هاشتاج", "إعصار", "الإعصار", "العاصفة", "عاصفة",
            "تطبيق", "مبادرة", "عملية", "مشروع", "مهرجان", "معرض", "جائزة", "صاروخ", "طائرة", "مركبة", "سيارة",
            "هاتف", "هواتف", "مسلسل", "فيلم", "كتاب", "أغنية", "بأغنية", "برنامج", "رواية", "عرض", "شطائر",
            "مسرحية", "ألبوم", "قصيدة", "لوحة", "منظومة", "منظومات", "صواريخ", "طائرات", "مقاتلات", "دبابات",
            "مدرعات", "طراز"));

    /** Words for a newspaper, a channel, a site or an agency, before the quoted name of one (صحيفة "الرياض"). */
    private static final LongIntMap MEDIA_HEADS = LongIntMap.ofWords(List.of("صحيفة", "جريدة", "مجلة", "موقع", "قناة",
            "شبكة", "إذاعة", "وكالة", "أنباء", "تلفزيون", "منصة", "دورية", "نشرة"));

    /** Words for a work or a venue, before its name in quotes (برنامج « مع نور », استاد " سلتيك بارك "). */
    private static final LongIntMap TITLE_HEADS = LongIntMap.ofWords(List.of("برنامج", "البرنامج", "برنامجا",
            "ببرنامج", "برنامجه", "برنامجها", "فيلم", "الفيلم", "فيلمه", "مسلسل", "المسلسل", "مسلسله", "بعنوان",
            "كتاب", "كتابه", "رواية", "روايته", "أغنية", "ألبوم", "مسرحية", "استاد", "ملعب", "سيارة", "السيارة", "طراز"));

    /** Words for works in the plural or with a pronoun, before a list of their quoted titles (أفلامه "باب الشمس"). */
    private static final LongIntMap LIST_HEADS = LongIntMap.ofWords(List.of("أفلام", "أفلامه", "أفلامها",
            "مسلسلات", "مسلسلاته", "مسلسلاتها", "روايات", "رواياته", "رواياتها", "كتبه", "كتبها",
            "مؤلفاته", "مؤلفاتها", "أغاني", "أغانيه", "أغانيها", "أغنيات", "ألبومات", "ألبوماته", "مسرحيات",
            "مسرحياته", "برامج", "دواوين", "دواوينه", "قصائد", "قصائده"));

    /** Words for a product, an app, a fair or an initiative, before its name in quotes (تطبيق "أسعفني"). */
    private static final LongIntMap PRODUCT_HEADS = LongIntMap.ofWords(List.of("تطبيق", "بتطبيق", "صاروخ", "صواريخ",
            "معرض", "بمعرض", "مبادرة", "لعبة", "هاتف"));

    /**
     * Words for an organization, before the quoted name of one (شركة « غوغل », جماعة « انصار الشريعة », تنظيم
     * "الدولة الإسلامية", جامعة "كيلي"); indefinite, so that a quote after الشركة (what the company said) is not taken.
     */
    private static final LongIntMap ORGANIZATION_HEADS = LongIntMap.ofWords(List.of("شركة", "شركتي", "منظمة",
            "حركة", "حزب", "جماعة", "تنظيم", "مجموعة", "جمعية", "مؤسسة", "بنك", "مصرف", "ائتلاف", "تحالف", "ميليشيا",
            "ميليشيات", "كتائب", "فصيل", "رابطة", "حزبه", "حزبها", "حركته", "حركتها", "تحالفه", "شركته", "شركتها",
            "كتلة", "تكتل", "تيار", "جامعة", "معهد", "كلية"));

    /** Words of a sentence rather than of a name: a quote that holds one is what someone said. */
    private static final LongIntMap SPEECH_WORDS = LongIntMap.ofWords(List.of("في", "على", "إن", "أن", "التي",
            "الذي", "هو", "هي", "لا", "لم", "لن", "قد", "كان", "هذا", "هذه", "نحن", "إنه", "إنها"));

    private static final String OPENING_QUOTES = "\"«“";
    private static final String QUOTES = OPENING_QUOTES + "»”";

    private QuotedNames() {
    }

    /**
     * Words in quotes right after a word for a work or a venue (برنامج, فيلم, مسلسل, بعنوان, كتاب, أغنية, استاد,
     * سيارة) are its name, MISC, and after a word for a medium (صحيفة, مجلة, قناة) an organization's: برنامج « مع
     * نور », بعنوان « الناس وأنا », صحيفة " النهار ". Up to six words; not when a name the model found crosses a
     * quote, and not over two names or more (« روسيا بوتين »). The training sentences leave about half of such
     * titles untagged, but the model's out-of-fold predictions gain from the rule (see entities/MODEL.md).
     */
    static void tagQuotedTitles(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels) {
        for (int s = 1; s + 2 < labels.length; s++) {
            boolean title = TITLE_HEADS.contains(x.words()[s - 1]) && !isSubjectOfQuote(tokens, x.words(), s - 1);
            boolean medium = MEDIA_HEADS.contains(x.words()[s - 1]) || MEDIA_HEADS.contains(x.stripped()[s - 1]);
            int e = title || medium ? quotedNameEnd(tokens, labels, s, 6) : -1;
            if (e > 0) {
                NameRules.labelName(labels, s + 1, e, title ? NameType.MISC : NameType.ORG);
                s = e;
            }
        }
    }

    /** إن, أن and the like, after which a definite word is the subject of what follows. */
    private static final LongIntMap SUBJECT_PARTICLES = LongIntMap.ofWords(List.of("إن", "أن", "بأن", "لأن", "وإن",
            "فإن", "وأن"));

    /**
     * Whether the definite head at {@code h} is the subject after إن or أن, so that the quote after it says what
     * the work is, not its title: قال إن الفيلم "عمل فني يستحق الاحترام".
     */
    private static boolean isSubjectOfQuote(TokenSpans tokens, long[] words, int h) {
        return h > 0 && tokens.token(h).startsWith("ال") && SUBJECT_PARTICLES.contains(words[h - 1]);
    }

    /**
     * Article mode: words in quotes right after a word for a product, an app, a missile, a fair or an initiative are
     * its name, MISC (تطبيق "أسعفني", صاروخ "فاتح مبين", هاتف "بيكسل 3", معرض "سيتي سكيب جلوبال 2018"), as for
     * {@link #tagQuotedTitles}; not one indefinite adjective (لعبة "انتحارية"). Not in CoNLL mode: out of fold on
     * ANERcorp it takes one name off (0.8042 → 0.8041).
     */
    static void tagQuotedProducts(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels) {
        for (int s = 1; s + 2 < labels.length; s++) {
            int e = PRODUCT_HEADS.contains(x.words()[s - 1]) ? quotedNameEnd(tokens, labels, s, 6) : -1;
            if (e > 0 && !(e == s + 2 && isIndefiniteAdjective(tokens, s + 1))) {
                NameRules.labelName(labels, s + 1, e, NameType.MISC);
                s = e;
            }
        }
    }

    /**
     * Article mode: quoted titles after a word for works in the plural or with a pronoun (أفلامه, رواياته, مسلسلات;
     * not أعماله, also "his deeds"), or after a word for one work (فيلم, رواية: {@link #TITLE_HEADS}), are MISC names, and so is each
     * quoted title joined to them by و or a comma: أفلامه "باب الشمس" و"جنينة الأسماك" و"بعد الموقعة", فيلم "X"
     * و"Y". Up to six words each; not a quote that holds a word of a sentence (في, على, إن …).
     */
    static void tagQuotedTitleLists(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels) {
        tagQuotedList(tokens, x, labels, s -> LIST_HEADS.contains(x.words()[s - 1])
                || TITLE_HEADS.contains(x.words()[s - 1]) && !isSubjectOfQuote(tokens, x.words(), s - 1), 6,
                NameType.MISC, false);
    }

    /**
     * Tags as one name of {@code type} each quote of up to {@code words} words that opens at a token where
     * {@code opensList} holds, and each quote joined to the last one by و or a comma; not a quote that holds a word of
     * a sentence, and with {@code namesOnly} not one that holds other than words, nor one indefinite adjective.
     */
    private static void tagQuotedList(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                      IntPredicate opensList, int words, NameType type, boolean namesOnly) {
        int listEnd = -1; // the closing quote of the last name of the list being read, none yet
        for (int s = 1; s + 2 < labels.length; s++) {
            boolean nextInList = listEnd >= 0 && listEnd == s - 2 && NameRules.isMark(tokens, s - 1, "و،,");
            int e = nextInList || opensList.test(s) ? quotedNameEnd(tokens, labels, s, words) : -1;
            if (e > 0 && !containsAny(SPEECH_WORDS, x.words(), s + 1, e) && (!namesOnly
                    || allWords(tokens, s + 1, e) && !(e == s + 2 && isIndefiniteAdjective(tokens, s + 1)))) {
                NameRules.labelName(labels, s + 1, e, type);
                listEnd = e;
                s = e - 1;
            }
        }
    }

    /** Words for a town, a province or an island, before the quoted name of one (مدينة "شوشا", محافظتي "أردبيل"). */
    private static final LongIntMap PLACE_HEADS = LongIntMap.ofWords(LongIntMap.withClitics(List.of("مدينة",
            "مدينتي", "مدن", "بلدة", "بلدتي", "بلدات", "قرية", "قريتي", "قرى", "محافظة", "محافظتي", "محافظات", "إقليم",
            "إقليمي", "مقاطعة", "ولاية", "ولايتي", "جزيرة", "جزر", "بلدية"), "", "و", "ب", "ل", "وب", "ول"));

    /**
     * Article mode: a quoted name after a word for a town, a province or an island is a place, whatever the model made
     * of it (محافظة "فايوتس دزور", taken for a person; مدينة "يغيغنادزور", left untagged), and so is each quoted name
     * joined to it by و or a comma (مدينتي "ترتر" و"أغجبدي"). Up to three words each; not a quote that holds a word of a
     * sentence, nor one indefinite adjective.
     */
    static void tagQuotedPlaces(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels) {
        tagQuotedList(tokens, x, labels, s -> PLACE_HEADS.contains(x.words()[s - 1]) && !closesStraightQuote(tokens, s),
                3, NameType.LOC, true);
    }

    /**
     * The closing quote's token when token {@code s} opens a quote of one to {@code words} words that no name the
     * model found crosses and that holds at most one name; -1 otherwise.
     */
    private static int quotedNameEnd(TokenSpans tokens, int[] labels, int s, int words) {
        return quotedNameEnd(tokens, labels, s, words, 1);
    }

    /** As {@link #quotedNameEnd(TokenSpans, int[], int, int)}, with at most {@code names} names inside. */
    private static int quotedNameEnd(TokenSpans tokens, int[] labels, int s, int words, int names) {
        if (!isOpeningQuote(tokens, s)) {
            return -1;
        }
        int e = s + 1;
        while (e < labels.length && e - s <= words + 1 && !isQuote(tokens, e)) {
            e++;
        }
        if (e >= labels.length || e - s > words + 1 || e == s + 1 || Labels.isInside(labels[s + 1])
                || Labels.isInside(labels[e]) || NameRules.namesIn(labels, s + 1, e) > names) {
            return -1;
        }
        return e;
    }

    /**
     * Words in quotes right after a word for an organization (شركة, منظمة, حركة, حزب, جماعة, تنظيم, …, with و ب ل;
     * حزبه, his party) are its name, whatever the model made of them: تنظيم "الدولة الإسلامية" (left untagged 53
     * times over the ANT articles), شركة "تايوان سيميكوندكتور" (a place). ANERcorp's training sentences tag 17 of 19 such quoted names
     * as organizations, whole. Up to seven words, even where the model found up to three names in them; not a quote
     * that holds a word of a sentence (في, على, إن, التي …: what the organization said), nor one indefinite adjective
     * (جماعة "إرهابية"), nor words
     * that begin with لل (حزبه "للحنكة السياسية": what the party lacks).
     */
    static void tagQuotedOrganizations(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels) {
        for (int s = 1; s + 2 < labels.length; s++) {
            if (!isOpeningQuote(tokens, s)
                    || !(ORGANIZATION_HEADS.contains(x.words()[s - 1]) || ORGANIZATION_HEADS.contains(x.stripped()[s - 1]))
                    || closesStraightQuote(tokens, s)) {
                continue;
            }
            // a company's name may be long, and the model may have cut it into names of its own (شركة "داليان صن مون
            // ستار انترناشونال لوجستيكس تريدنغ", two persons)
            int e = quotedNameEnd(tokens, labels, s, 7, 3);
            if (e < 0 || containsAny(SPEECH_WORDS, x.words(), s + 1, e) || !allWords(tokens, s + 1, e)
                    || (e == s + 2 && isIndefiniteAdjective(tokens, s + 1)) || tokens.token(s + 1).startsWith("لل")) {
                continue;
            }
            NameRules.labelName(labels, s + 1, e, NameType.ORG);
            s = e;
        }
    }

    private static boolean containsAny(LongIntMap set, long[] words, int s, int e) {
        for (int k = s; k < e; k++) {
            if (set.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether tokens [s, e) are all words of two letters or more: no comma or lone و, as between the closing quote
     * of one name and the opening quote of the next ("دويتشه بنك" و"كومرتس بنك").
     */
    private static boolean allWords(TokenSpans tokens, int s, int e) {
        for (int k = s; k < e; k++) {
            int letters = 0;
            for (int c = tokens.starts()[k]; c < tokens.ends()[k]; c++) {
                if (Character.isLetterOrDigit(tokens.text()[c])) {
                    letters++;
                }
            }
            char first = tokens.text()[tokens.starts()[k]];
            if (!Character.isLetterOrDigit(first) || (letters < 2 && !Character.isDigit(first))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the straight quote at token {@code i} closes one opened earlier in the sentence (an odd number of
     * straight quotes before it): "دويتشه بنك" و… is no quote opening after بنك.
     */
    static boolean closesStraightQuote(TokenSpans tokens, int i) {
        if (tokens.text()[tokens.starts()[i]] != '"') {
            return false;
        }
        int before = 0;
        for (int k = 0; k < i; k++) {
            if (NameRules.isMark(tokens, k, "\"")) {
                before++;
            }
        }
        return before % 2 == 1;
    }

    /** An indefinite word ending in ية (إرهابية, دولية): an adjective, not a name. */
    private static boolean isIndefiniteAdjective(TokenSpans tokens, int i) {
        char[] c = tokens.text();
        int e = tokens.ends()[i];
        return e - tokens.starts()[i] > 4 && !NameRules.isDefinite(tokens, i)
                && c[e - 1] == 'ة' && c[e - 2] == 'ي';
    }

    /**
     * A name in quotes right after a word for a newspaper, a channel, a site or an agency is that medium's name, an
     * organization, whatever the model took it for: صحيفة "الرياض", صحيفة "الشرق الأوسط" (places), وكالة أنباء "فارس"
     * (MISC), صحيفة "كريستيان ساينس مونيتور" (a person); also after up to three definite words that follow وكالة
     * (وكالة الأنباء الإيرانية الرسمية "فارس", a person).
     */
    static void retypeQuotedMedia(TokenSpans tokens, long[] words, long[] stripped, int[] labels) {
        int begin = Labels.begin(NameType.ORG);
        for (int s = 2; s < labels.length; s++) {
            if (!Labels.isBegin(labels[s]) || labels[s] == begin || !isOpeningQuote(tokens, s - 1)
                    || !followsMediaHead(tokens, words, stripped, labels, s - 2)) {
                continue;
            }
            NameRules.retypeName(labels, s, NameType.ORG);
            growToClosingQuote(tokens, labels, s);
        }
    }

    /**
     * A place's name alone in quotes that the gazetteer also lists as a newspaper's (صحيفة الشرق الأوسط) is the
     * newspaper: تكتب "[الشرق الأوسط]"وتقول, وكشف لـ « [الشرق الأوسط] » ان, as reporters credit it; the region is not
     * quoted so. Article mode: ANERcorp's gold is split (its training sentences tag 6 of the 10 quoted الشرق الأوسط
     * as the newspaper, and دبي - “ الخليج ” as the Gulf), and out of fold over seeds 7-10 the rule gained 1 name and
     * lost 2; the dev sentences, whose errors showed the case, have 4 of 4.
     */
    static void retypeQuotedNewspapers(TokenSpans tokens, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.LOC);
        for (int s = 1; s + 1 < labels.length; s++) {
            if (labels[s] != begin || !isOpeningQuote(tokens, s - 1)) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e < labels.length && isQuote(tokens, e) && !NameRules.isMark(tokens, e, "«“")
                    && Datelines.isListedMedium(tokens, s, e, gazetteer)) {
                NameRules.retypeName(labels, s, NameType.ORG);
            }
            s = e - 1;
        }
    }

    /** وكالة, a news agency, which news names after words that describe it: وكالة الأنباء الإيرانية الرسمية "فارس". */
    private static final LongIntMap AGENCY = LongIntMap.ofWords(List.of("وكالة", "لوكالة", "بوكالة", "ووكالة"));

    /**
     * Whether token {@code h} is a word for a medium, or ends up to three untagged definite words after وكالة: وكالة
     * الأنباء الإيرانية الرسمية "فارس", لوكالة الأنباء "لوسا". Not after other media words, which describe what
     * follows (تلفزيون الواقع "أبرانتس", a programme; منصة الحماية الموثوقة "نوكس", a product).
     */
    private static boolean followsMediaHead(TokenSpans tokens, long[] words, long[] stripped, int[] labels, int h) {
        if (MEDIA_HEADS.contains(words[h]) || MEDIA_HEADS.contains(stripped[h])) {
            return true;
        }
        for (int k = h; k >= Math.max(0, h - 3); k--) {
            if (AGENCY.contains(words[k])) {
                return true;
            }
            if (labels[k] != Labels.O || !NameRules.isDefinite(tokens, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A person's name in quotes right after a word for a company or an organization is that organization's name, and
     * after a word for a work, a product, a game, a campaign, a race or a storm it is that thing's (MISC): شركة
     * "كريم", مطاعم "برغر كينغ", لعبة "كاونتر سترايك", حملة "مي تو", مشروب "إسبريسو", الإعصار "شانشان". Over the
     * 5,000 ANT articles the model had tagged 382 quoted names as persons, most of them such names.
     */
    static void retypeQuotedPersons(TokenSpans tokens, long[] words, long[] stripped, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 2; s < labels.length; s++) {
            if (labels[s] != begin || !isOpeningQuote(tokens, s - 1)) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e >= labels.length || !isQuote(tokens, e)) {
                continue;
            }
            long head = words[s - 2];
            long headStem = stripped[s - 2];
            if (COMPANY_HEADS.contains(head) || COMPANY_HEADS.contains(headStem)) {
                NameRules.retypeName(labels, s, NameType.ORG);
            } else if (THING_HEADS.contains(head) || THING_HEADS.contains(headStem)) {
                NameRules.retypeName(labels, s, NameType.MISC);
            }
        }
    }

    /**
     * A person's name in quotes that leaves one word of the quote untagged, first or last, takes it in: agencies quote
     * a person's name whole ("مرهف [أبو قصرة]", "[عبد السند] يمامة"), and the word left out is a given name or a
     * family name the model did not know. Only for a quote of two to four words holding that one name, and a word
     * that the news rarely writes (fewer than {@value NewsPriors#EVIDENCE} times: not "[ترامب] كاذب", what someone
     * said, nor "مؤيد [أردوغان]"), with no proclitic (not "[آشلي] للأثاث"), no trigger or function word, and not
     * definite before the name ("الساحر [ميسي]").
     */
    static void growPersonsToQuotes(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                    WordClusters clusters) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] != begin) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            boolean wordBefore = s >= 2 && isOpeningQuote(tokens, s - 2) && e < labels.length && isQuote(tokens, e);
            boolean wordAfter = isOpeningQuote(tokens, s - 1) && e + 1 < labels.length && isQuote(tokens, e + 1);
            int w = wordBefore ? s - 1 : wordAfter ? e : -1;
            if (w < 0 || e - s > 3 || labels[w] != Labels.O || !NameRules.isWord(tokens, w)
                    || closesStraightQuote(tokens, wordBefore ? s - 2 : s - 1)
                    || (x.triggers()[w] != 0 && x.triggers()[w] != Gazetteer.FIRST_NAME)
                    || SPEECH_WORDS.contains(x.words()[w]) || x.stripped()[w] != x.words()[w]
                    || clusters.count(x.words()[w]) >= NewsPriors.EVIDENCE
                    || (wordBefore && tokens.token(w).startsWith("ال"))) {
                continue;
            }
            if (wordBefore) {
                labels[w] = begin;
                labels[s] = Labels.inside(NameType.PERS);
            } else {
                labels[w] = Labels.inside(NameType.PERS);
            }
            s = e;
        }
    }

    /**
     * The name that begins at token {@code s} takes in the words left between its end and the closing quote, up to
     * three (شبكة "السويداء 24", إذاعة "أوروبا 1", صحيفة "أوتاوا سيتيزن" with only the place tagged).
     */
    private static void growToClosingQuote(TokenSpans tokens, int[] labels, int s) {
        int e = s + 1;
        while (e < labels.length && Labels.isInside(labels[e])) {
            e++;
        }
        int close = e;
        while (close < labels.length && close - e < 3 && labels[close] == Labels.O && !isQuote(tokens, close)
                && Character.isLetterOrDigit(tokens.text()[tokens.starts()[close]])) {
            close++;
        }
        if (close > e && close < labels.length && isQuote(tokens, close)) {
            for (int k = e; k < close; k++) {
                labels[k] = labels[s] + 1;
            }
        }
    }

    /**
     * Article mode: a name alone in quotes or brackets right after an organization's name is that organization's other
     * name, an organization whatever the model took it for: [الخطوط الجوية البريطانية] "[بريتش إيرويز]", [المنظمة
     * الدولية للتقييس] ([ايزو]), [لوكالة الأنباء الإيرانية] "[فارس]", [وزارة الدفاع الأمريكية] ([بنتاغون]). Only a
     * person's or a place's name is retyped (a product, MISC, may follow its maker: لينوفو "بي 2"), and only after an
     * organization's name of two words or more that is not itself in quotes (أبل "سافاري", a product; "إي آيه
     * سبورتس" لصلاح) nor after a person's title (رئيس حزب الوفد "عبد السند يمامة", its head).
     */
    static void retypeAlternativeNames(TokenSpans tokens, int[] triggers, int[] labels) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int s = 2; s < labels.length; s++) {
            boolean personOrPlace = labels[s] == Labels.begin(NameType.PERS) || labels[s] == Labels.begin(NameType.LOC);
            if (!personOrPlace || labels[s - 2] == Labels.O || Labels.type(labels[s - 2]) != NameType.ORG
                    || !(isOpeningQuote(tokens, s - 1) || NameRules.isMark(tokens, s - 1, "("))) {
                continue;
            }
            int o = s - 2;
            while (o > 0 && Labels.isInside(labels[o])) {
                o--;
            }
            // after a person's title the quoted name is the holder's: رئيس حزب الوفد "عبد السند يمامة"
            boolean quotedOrHeld = o > 0 && (isQuote(tokens, o - 1) || triggers[o - 1] == personTitle);
            int e = NameRules.endOfName(labels, s);
            if (s - 2 > o && !quotedOrHeld && e < labels.length
                    && (isQuote(tokens, e) || NameRules.isMark(tokens, e, ")"))) {
                NameRules.retypeName(labels, s, NameType.ORG);
            }
        }
    }

    /** الرسمية, الرسمي: "official", between an agency's name and its short name in quotes. */
    private static final LongIntMap OFFICIAL = LongIntMap.ofWords(List.of("الرسمية", "الرسمي"));

    /**
     * Article mode: an untagged word or two in brackets right after an organization's name of two words or more, or in
     * quotes after such a name and الرسمية, is that organization's short name: حلف شمال الأطلسي ([ناتو]), الاتحاد
     * الأفريقي لكرة القدم ([كاف]), وكالة الأنباء البحرينية الرسمية "[بنا]". Quotes alone are not enough: after a name
     * they more often hold a comment ("هزيمة أخرى") or close the name itself ("بي بي سي نيوز" و"ويكيبيديا"); and no
     * definite word. Over the ANT articles: 56 short names, all but one right (سناب شات ([SNAP]), a ticker).
     */
    static void tagShortNames(TokenSpans tokens, long[] words, int[] labels) {
        for (int q = 2; q + 2 < labels.length; q++) {
            boolean bracket = NameRules.isMark(tokens, q, "(");
            if (!(bracket || isOpeningQuote(tokens, q)) || labels[q] != Labels.O) {
                continue;
            }
            int before = q - 1;
            boolean official = OFFICIAL.contains(words[before]) && labels[before] == Labels.O;
            if (official) {
                before--;
            }
            if (!bracket && !official || before < 1 || labels[before] == Labels.O
                    || Labels.type(labels[before]) != NameType.ORG || !Labels.isInside(labels[before])) {
                continue;
            }
            int e = q + 1;
            while (e < labels.length && e - q <= 2 && labels[e] == Labels.O && NameRules.isWord(tokens, e)
                    && !NameRules.isDefinite(tokens, e)) {
                e++;
            }
            boolean closed = e < labels.length && (bracket ? NameRules.isMark(tokens, e, ")") : isQuote(tokens, e));
            if (e > q + 1 && closed) {
                NameRules.labelName(labels, q + 1, e, NameType.ORG);
            }
        }
    }

    /**
     * CoNLL mode: a name in Latin letters right after a name, in brackets or not, is that name as written in its own
     * language, of the same type: ألبرت أينشتاين ( [Albert Einstein] ), جامعة آستون " ( [Aston University] ),
     * تلفراف الريف [El Telegramma Del Rif]. A closing quote may stand between the name and the bracket. Out of fold
     * on seeds 7-10 it tags 67 glosses, 41 as the training sentences do (10 or 11 names right on each seed, 6 or 7
     * wrong): the others gloss a common word the model took for a name (فلكيا New moon), a part of the name (UNHRC
     * after الأمم المتحدة), or follow a name the model mistyped. Net +0.0004 to +0.0005.
     */
    static void tagLatinGlosses(TokenSpans tokens, int[] labels) {
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] != Labels.O || !isLatinWord(tokens, s) || isLatinWord(tokens, s - 1)) {
                continue;
            }
            int k = s;
            boolean bracket = NameRules.isMark(tokens, k - 1, "(");
            if (bracket) {
                k--;
            }
            if (k > 1 && isQuote(tokens, k - 1)) {
                k--;
            }
            if (k == 0 || labels[k - 1] == Labels.O) {
                continue; // a bracket that opens the sentence: ( Reuters )
            }
            int e = s;
            while (e < labels.length && labels[e] == Labels.O && isLatinWord(tokens, e)) {
                e++;
            }
            if (!bracket || e < labels.length && NameRules.isMark(tokens, e, ")")) {
                NameRules.labelName(labels, s, e, Labels.type(labels[k - 1]));
            }
            s = e;
        }
    }

    /** Whether a token begins with a Latin letter. */
    private static boolean isLatinWord(TokenSpans tokens, int i) {
        char c = tokens.text()[tokens.starts()[i]];
        return c < 128 && Character.isLetter(c);
    }

    static boolean isQuote(TokenSpans tokens, int i) {
        return NameRules.isMark(tokens, i, QUOTES);
    }

    static boolean isOpeningQuote(TokenSpans tokens, int i) {
        return NameRules.isMark(tokens, i, OPENING_QUOTES);
    }
}
