package io.khabar.entities;

import java.util.List;
import java.util.Map;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Corrections of the extent of a person's name: it takes in آل and the family name, the word after a joining word
 * (بن, عبد, أبو) and the kunya before it (أبو هريرة), and leaves out a title at its start (والشاعر عبدالرحمن).
 */
final class PersonNames {

    private static final long AL_FAMILY = Hashing.ofFolded("آل");
    private static final long BU = Hashing.ofFolded("بو");

    /** Words that join a person's name to the word after it (حاتم بن عرفة, أسماء بنت قادة, معين عبد الملك). */
    private static final LongIntMap NAME_JOINERS = LongIntMap.ofWords(List.of("بن", "ابن", "بنت", "أبو", "بو", "عبد"));
    private static final LongIntMap BIN = LongIntMap.ofWords(List.of("بن", "ابن", "بنت"));
    private static final long ABI = Hashing.ofFolded("أبي");

    /** The kunya's first word: father of (أبو هريرة). */
    private static final LongIntMap KUNYA = LongIntMap.ofWords(List.of("أبو", "أبي", "أبا"));

    /** The preposition على ("on", "against"), which folds to the given name علي. */
    private static final String ALA = "على";

    private PersonNames() {
    }

    /**
     * A person's name that the model starts with على, written with ى, starts after it: on folded text the preposition
     * is the given name علي, and the model takes the word after it into a name (حكم على كريس, الحكم على بدوي, أوضح
     * على تويتر). Not when the name as written is a listed person's (على خامنئي, على عبد الله صالح: علي written the
     * Egyptian way; the gazetteer marks, on folded words, say so). What is left of the name stays for the rules after
     * this one to type (تويتر is listed as an organization).
     */
    static void trimLeadingPreposition(TokenSpans tokens, int[] gz, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != begin || !tokens.token(s).equals(ALA)) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (Gazetteer.isListedName(gz, s, e, NameType.PERS)) {
                continue;
            }
            labels[s] = Labels.O;
            if (s + 1 < e) {
                labels[s + 1] = begin;
            }
        }
    }

    /**
     * A person's name that the model starts with a definite word after ل (لل: "for the …") and a listed given name
     * starts after it: وسجل [للسد] عبد الله كوني ("scored for Al Sadd"), [للمنتخب] لويس أراغونيس, [للأورغوياني] لويس
     * سواريز. Not when the definite word is itself a given name, with ال or without (للحسن, للحسين), or the name as
     * written is listed.
     */
    static void trimLeadingLiDefinite(TokenSpans tokens, long[] words, int[] gz, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 0; s + 1 < labels.length; s++) {
            if (labels[s] != begin || labels[s + 1] != Labels.inside(NameType.PERS)) {
                continue;
            }
            String first = tokens.token(s);
            if (first.length() < 4 || !first.startsWith("لل")
                    || !SpeakerNames.isGivenNameAsWritten(tokens, words, s + 1, gazetteer)
                    || gazetteer.trigger(Hashing.ofFolded("ال" + first.substring(2))) == Gazetteer.FIRST_NAME
                    || gazetteer.trigger(Hashing.ofFolded(first.substring(2))) == Gazetteer.FIRST_NAME
                    || Gazetteer.isListedName(gz, s, NameRules.endOfName(labels, s), NameType.PERS)) {
                continue;
            }
            labels[s] = Labels.O;
            labels[s + 1] = begin;
        }
    }

    private static final long BI_ISM = Hashing.ofFolded("باسم");
    /** Words after which باسم is "in the name of" or "by the name": المتحدث باسم, المعروف باسم, يعرف باسم. */
    private static final LongIntMap BEFORE_BI_ISM = LongIntMap.ofWords(List.of("المتحدث", "متحدث", "المتحدثة",
            "متحدثة", "الناطق", "ناطق", "الناطقة", "ناطقة", "يعرف", "تعرف", "يعرفون", "المعروف", "المعروفة", "معروف",
            "معروفة", "أيضا", "الرسمي", "الرسمية", "مرة", "ومرة", "يسمى", "تسمى", "المسمى", "المسماة"));

    /**
     * A name that the model starts with باسم after a spokesman's title or a word of naming is no given name باسم:
     * the preposition is left out and the name begins after it (وقال المتحدث [باسم] كيتا, المعروف أيضا [باسم] كين).
     * In ANERcorp's training sentences باسم after these words is the preposition 43 times of 43; it is the given name
     * once, after وإخراج.
     */
    static void trimLeadingBiIsm(long[] words, int[] labels) {
        for (int s = 1; s < labels.length; s++) {
            if (!Labels.isBegin(labels[s]) || words[s] != BI_ISM || !BEFORE_BI_ISM.contains(words[s - 1])) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            labels[s] = Labels.O;
            if (s + 1 < e) {
                labels[s + 1] = Labels.begin(Labels.type(labels[s + 1]));
            }
        }
    }

    /**
     * Words for a place or building named after a person, as a noun in construct (مطار, بمطار; not الساحة), and the
     * type of the name after them, as ANERcorp tags it: an airport or stadium is a MISC name (مطار جون كنيدي), a
     * street, square, port, lake, river or mountain a place (شارع تيان تشنغ, ميناء حيفا, بحيرة فيكتوريا), a hospital or
     * university an organization (مستشفى الملك فيصل), and so is a company named after its founder (شركة توماس كوك, شركة
     * مايكل كورس; ANERcorp tags the name after شركة as an organization). Not مركز: also a player's position (مركز ميسي)
     * and a storm's centre (مركز مايكل).
     */
    private static final LongIntMap FACILITIES = facilities(Map.of(
            NameType.MISC, List.of("مطار", "استاد", "ملعب"),
            NameType.LOC, List.of("شارع", "ميدان", "ساحة", "ميناء", "بحيرة", "نهر", "جبل"),
            NameType.ORG, List.of("مستشفى", "جامعة", "شركة")));

    /** Facility words that are part of the name after them, with their clitics: a university's. */
    private static final LongIntMap NAMED_WITH_HEAD = LongIntMap.ofWords(List.of("جامعة", "وجامعة", "بجامعة",
            "لجامعة", "وبجامعة", "ولجامعة", "فجامعة"));

    /** A city named after a ruler, only with the title (مدينة الملك عبدالله الاقتصادية; مدينة alone is often a place). */
    private static final LongIntMap TITLED_CITIES = LongIntMap.ofWords(List.of("مدينة", "بمدينة", "لمدينة",
            "ومدينة"));

    /** Titles that may stand between the facility word and the name, and are part of it (مطار الملك خالد). */
    private static final LongIntMap FACILITY_TITLES = LongIntMap.ofWords(List.of(
            "الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الرئيس", "الإمام", "السلطان", "الشهيد"));

    /** Adjectives that end a facility's name but not the person's (مطار الملك خالد الدولي, مستشفى الملك فيصل التخصصي). */
    private static final LongIntMap FACILITY_ADJECTIVES = LongIntMap.ofWords(List.of("الدولي", "الدولية", "التخصصي"));

    private static LongIntMap facilities(Map<NameType, List<String>> byType) {
        LongIntMap map = new LongIntMap(64);
        byType.forEach((type, nouns) -> {
            for (String noun : nouns) {
                for (String clitic : List.of("", "و", "ف", "ب", "ل", "وب", "ول", "فب")) {
                    map.put(Hashing.ofFolded(clitic + noun), 1 + type.ordinal());
                }
            }
        });
        return map;
    }

    /**
     * A person's name right after a facility word, with or without a title between them, names the facility: مطار
     * الملك [خالد الدولي] → MISC الملك خالد, شارع [الحبيب بورقيبة] → LOC, مستشفى [عبد العزيز الرنتيسي] → ORG; a
     * university's name takes its head word in, as ANERcorp's gold does 25 times in 32 (→ ORG [جامعة الأمير سطام بن
     * عبدالعزيز]). The title joins the name, and الدولي or a country's adjective after it is left out of it (ميناء
     * [جيهان التركي] → LOC جيهان).
     */
    static void retypeFacilities(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] != begin) {
                continue;
            }
            int start = FACILITY_TITLES.contains(words[s - 1]) && labels[s - 1] == Labels.O ? s - 1 : s;
            int facility = start > 0 ? FACILITIES.get(words[start - 1], 0) : 0;
            boolean titled = FACILITY_TITLES.contains(words[start]);
            if (facility == 0 && titled && start > 0 && TITLED_CITIES.contains(words[start - 1])) {
                facility = Gazetteer.triggerCode(NameType.LOC);
            }
            if (facility == 0 || labels[start - 1] != Labels.O) {
                continue;
            }
            NameType type = NameType.values()[facility - 1];
            if (NAMED_WITH_HEAD.contains(words[start - 1])) {
                start--; // جامعة الملك سعود: ANERcorp takes the university's word in, not the hospital's
            }
            int end = NameRules.endOfName(labels, s);
            if (end - s > 1 && (FACILITY_ADJECTIVES.contains(words[end - 1])
                    || gazetteer.isNationality(tokens.token(end - 1)))) {
                labels[end - 1] = Labels.O;
                end--;
            }
            NameRules.labelName(labels, start, end, type);
            s = end - 1;
        }
    }

    /**
     * Endings of family names of the Caucasus, Russia and the Balkans (غاسباريان, بوغوسيان, حسنوف, علييفا,
     * شفيلي, بيتشينوفيتش) that no word for a place or an organization ends in.
     */
    private static final List<String> SURNAME_ENDINGS = List.of("يان", "وف", "ييف", "وفا", "ييفا", "يفيتش",
            "وفيتش", "شفيلي");

    /** Foreign articles and saints' titles that begin names of things: ذي غارديان, سان سابستيان, لو باريزيان. */
    private static final List<String> ARTICLES = List.of("ذي", "ذا", "سان", "سانت", "لو", "لا", "دي", "دو", "إل");

    /**
     * Article mode: a name of two or three words that no list knows, which the model took for an organization, a place
     * or another name, or left untagged between quotes, is a person's when its last word ends like an Armenian,
     * Azerbaijani or Russian family name, no word of it is a trigger but a given name first, it does not begin with
     * a foreign article, and the word before it (past a quote) is no word for a thing (صحيفة "ذا أستراليان", مهرجان
     * سان سابستيان): رئيس أركان الجيش الأرميني "[أونيك غاسباريان]", taken for an organization after the head of
     * one; المتحدثة باسم الخارجية الأرمينية "[آنا نغداليان]", left untagged.
     */
    static void retypeBySurnameEnding(TokenSpans tokens, int[] triggers, int[] gz, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            boolean name = Labels.isBegin(labels[s]);
            // untagged, no word of it may be definite or a function word (مؤشر "الخوف", "في ضوء الظروف")
            int e = name ? NameRules.endOfName(labels, s) : quotedWordsEnd(tokens, labels, s);
            if (!name && e > s && !allIndefiniteNames(tokens, s, e)) {
                continue;
            }
            if (e > s && (!name || Labels.type(labels[s]) != NameType.PERS)
                    && looksLikeAPerson(tokens, triggers, gz, s, e)) {
                NameRules.labelName(labels, s, e, NameType.PERS);
            }
            if (name) {
                s = e - 1;
            }
        }
    }

    /**
     * Whether tokens [s, e) are two or three words that no list knows, ending like a family name of the Caucasus,
     * Russia or the Balkans, after no word for a thing and without a trigger but a given name first.
     */
    private static boolean looksLikeAPerson(TokenSpans tokens, int[] triggers, int[] gz, int s, int e) {
        if (e - s < 2 || e - s > 3 || !unlisted(gz, s, e) || ARTICLES.contains(tokens.token(s))
                || !endsLikeSurname(tokens.token(e - 1))) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (triggers[k] != 0 && !(k == s && triggers[k] == Gazetteer.FIRST_NAME)) {
                return false;
            }
        }
        int before = s > 0 && !NameRules.isWord(tokens, s - 1) ? s - 2 : s - 1; // past an opening quote
        return before < 0 || triggers[before] == 0 || triggers[before] == Gazetteer.FIRST_NAME
                || triggers[before] == Gazetteer.triggerCode(NameType.PERS);
    }

    /** Words that begin no person's name: prepositions, and بنو of a tribe (بنو معروف). */
    private static final List<String> NOT_FIRST_WORDS = List.of("في", "عن", "من", "على", "إلى", "بنو", "بني", "لديه",
            "لدى", "غير", "بعض");

    private static boolean allIndefiniteNames(TokenSpans tokens, int s, int e) {
        for (int k = s; k < e; k++) {
            String w = ArabicNormalizer.normalize(tokens.token(k));
            if (w.startsWith("ال") || w.startsWith("وال") || w.startsWith("بال") || w.startsWith("لل")) {
                return false;
            }
        }
        return !NOT_FIRST_WORDS.contains(tokens.token(s));
    }

    /** The closing quote's token when untagged words stand between an opening quote at s - 1 and it, else -1. */
    private static int quotedWordsEnd(TokenSpans tokens, int[] labels, int s) {
        if (s == 0 || !QuotedNames.isOpeningQuote(tokens, s - 1)) {
            return -1;
        }
        for (int e = s; e < labels.length && e - s <= 3; e++) {
            if (!NameRules.isWord(tokens, e)) {
                return e > s && QuotedNames.isQuote(tokens, e) ? e : -1;
            }
            if (labels[e] != Labels.O) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean unlisted(int[] gz, int s, int e) {
        for (int k = s; k < e; k++) {
            if (gz[k] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsLikeSurname(String word) {
        String w = ArabicNormalizer.normalize(word);
        return w.length() >= 5 && SURNAME_ENDINGS.stream().anyMatch(w::endsWith);
    }

    /** Shiite clerical titles of two words (آية الله, حجة الإسلام), and the word that may end the second. */
    private static final long AYAT = Hashing.ofFolded("آية");
    static final long ALLAH = Hashing.ofFolded("الله");
    private static final long HUJJAT = Hashing.ofFolded("حجة");
    private static final long AL_ISLAM = Hashing.ofFolded("الإسلام");
    private static final long WAL_MUSLIMIN = Hashing.ofFolded("والمسلمين");

    /**
     * A clerical title of two words at the start of a person's name is left out of it, and is no name on its own:
     * [آية الله] [علي خامنئي] → علي خامنئي; حجة [الإسلام] والمسلمين حسن روحاني → حسن روحاني. For article mode.
     */
    static void trimClericalTitles(long[] words, int[] labels) {
        for (int s = 0; s + 1 < labels.length; s++) {
            if (!isClericalTitle(words, s)
                    || labels[s] != Labels.begin(NameType.PERS) && !Labels.isBegin(labels[s + 1])) {
                continue;
            }
            int end = s + 2 < labels.length && words[s + 2] == WAL_MUSLIMIN ? s + 3 : s + 2;
            for (int k = s; k < end; k++) {
                labels[k] = Labels.O;
            }
            if (end < labels.length && Labels.isInside(labels[end])) {
                labels[end] = Labels.begin(Labels.type(labels[end]));
            }
        }
    }

    /**
     * A clerical title right before a person's name starts the name, as ANERcorp tags it (آية الله الطبسي), also
     * when the model tagged the title as a name of its own or الله as one. For CoNLL mode.
     */
    static void includeClericalTitles(long[] words, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        for (int s = 0; s + 2 < labels.length; s++) {
            if (!isClericalTitle(words, s) || labels[s + 2] != begin) {
                continue;
            }
            boolean loneGod = labels[s] == Labels.O && labels[s + 1] == Labels.begin(NameType.MISC);
            boolean titleAlone = labels[s] == begin && labels[s + 1] == inside;
            if (labels[s] == Labels.O && labels[s + 1] == Labels.O || loneGod || titleAlone) {
                labels[s] = begin;
                labels[s + 1] = inside;
                labels[s + 2] = inside;
            }
        }
    }

    private static boolean isClericalTitle(long[] words, int s) {
        return words[s] == AYAT && words[s + 1] == ALLAH || words[s] == HUJJAT && words[s + 1] == AL_ISLAM;
    }

    /**
     * Titles and honorifics that the trigger list, which the model was trained with, does not have: the rules leave
     * them out of a name like the listed titles.
     */
    private static final LongIntMap HONORIFICS = LongIntMap.ofWords(List.of("القديس", "القديسة", "البروفيسور",
            "البروفسور", "البارون", "البارونة", "الميجور", "الإمبراطورة", "الرفيق", "الرفيقة", "السيناتور",
            "الكولونيل", "اللورد", "الدوق", "الدوقة"));

    /**
     * A person's title that the model put at the start of the name is left out of it (والشاعر عبدالرحمن →
     * عبدالرحمن, as ANERcorp does; الرفيق لولا → لولا), unless a listed name starts there (الأميرة ديانا).
     */
    static void trimLeadingTitles(long[] words, int[] triggers, int[] gz, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        int listedPerson = Gazetteer.beginBit(NameType.PERS);
        for (int s = 0; s + 1 < labels.length; s++) {
            while (s + 1 < labels.length && labels[s] == begin && labels[s + 1] == inside
                    && (triggers[s] == personTitle || HONORIFICS.contains(words[s])) && (gz[s] & listedPerson) == 0) {
                labels[s] = Labels.O;
                labels[++s] = begin;
            }
        }
    }

    /**
     * A person's name of three words or more that the model started with و and a definite word right after a title
     * and its field begins after that word, the title's second field: وزير النقل [واللوجستيك] عبد الصمد قيوح, وزيرة
     * الثقافة [والفنون] …. The word after وال has four letters or more, which no name that begins so has (والتر,
     * والاس). Not a listed name.
     */
    static void trimLeadingTitleFields(TokenSpans tokens, int[] triggers, int[] gz, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        int listedPerson = Gazetteer.beginBit(NameType.PERS);
        for (int s = 2; s + 2 < labels.length; s++) {
            if (labels[s] != begin || labels[s + 1] != inside || labels[s + 2] != inside
                    || (gz[s] & listedPerson) != 0 || labels[s - 1] != Labels.O || triggers[s - 2] != personTitle) {
                continue;
            }
            String word = ArabicNormalizer.normalize(tokens.token(s));
            String field = ArabicNormalizer.normalize(tokens.token(s - 1));
            if (word.startsWith("وال") && word.length() >= 7 && field.startsWith("ال")) {
                labels[s] = Labels.O;
                labels[s + 1] = begin;
            }
        }
    }

    /**
     * Titles without ال that stand after a name and before what the person is (أحمد توفيق عضو مجلس الإدارة, محمد بنيس
     * شاعر مغربي, هاشمي سماري موفد الرئيس): a name the model ran on into one ends before it.
     */
    private static final LongIntMap TRAILING_TITLES = LongIntMap.ofWords(List.of("عضو", "رئيس", "وزير", "نائب",
            "سفير", "مبعوث", "مندوب", "مدير", "مستشار", "شاعر", "كاتب", "موفد", "مفاوض", "أخو", "ممثل",
            "مساعد", "قائد", "مراسل", "محافظ", "جناح", "مهاجم", "مدافع", "لاعب", "حارس", "مدرب", "لاعبة"));

    /**
     * A person's name that the model ran on into a title without ال after it ends before the title, when a word
     * follows the title: أحمد توفيق [عضو] مجلس الإدارة, هاشمي سماري [موفد] الرئيس, رمضان صبحي [جناح هادرسفيلد]. Not in
     * a listed name.
     */
    static void trimTrailingTitles(TokenSpans tokens, long[] words, int[] gz, int[] labels) {
        int listedPerson = Gazetteer.beginBit(NameType.PERS) | Gazetteer.insideBit(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        for (int k = 1; k + 1 < labels.length; k++) {
            if (labels[k] == inside && TRAILING_TITLES.contains(words[k]) && (gz[k] & listedPerson) == 0
                    && NameRules.isWord(tokens, k + 1)) {
                for (int e = k; e < labels.length && labels[e] == inside; e++) {
                    labels[e] = Labels.O; // the title and what the model ran on into after it
                }
            }
        }
    }

    /** The pronouns هو and هي, which news puts between a name and what is said of it (جمال هو مواطن سعودي). */
    private static final LongIntMap PRONOUNS = LongIntMap.ofWords(List.of("هو", "هي"));

    /**
     * A person's name that the model ran on into the pronoun after it ends before the pronoun: [جمال] هو مواطن
     * سعودي, لرونالدو هي "محض تلفيق". Not in a listed name (يانغ هي, a Chinese name, would be listed).
     */
    static void trimTrailingPronouns(long[] words, int[] gz, int[] labels) {
        int listedPerson = Gazetteer.beginBit(NameType.PERS) | Gazetteer.insideBit(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        for (int k = 1; k < labels.length; k++) {
            if (labels[k] == inside && PRONOUNS.contains(words[k]) && (gz[k] & listedPerson) == 0
                    && NameRules.noNameContinuesAt(labels, k + 1)) {
                labels[k] = Labels.O;
            }
        }
    }

    /**
     * A person's name that runs over و and a person's title (إبراهيم عبد المجيد والشاعر أحمد حجازي) is two names: the
     * first ends before the title and the second starts after it. A name that ends at و and a title ends before it
     * (الملك سلمان بن عبدالعزيز وولي العهد). Not a listed name (a title inside it is its own).
     */
    static void splitAtJoinedTitles(TokenSpans tokens, int[] triggers, int[] gz, int[] labels) {
        int inside = Labels.inside(NameType.PERS);
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        int listedPerson = Gazetteer.beginBit(NameType.PERS) | Gazetteer.insideBit(NameType.PERS);
        for (int k = 1; k < labels.length; k++) {
            if (labels[k] == inside && triggers[k] == personTitle
                    && (gz[k] & listedPerson) == 0 && tokens.text()[tokens.starts()[k]] == 'و'
                    && NameRules.isWord(tokens, k - 1)) {
                labels[k] = Labels.O;
                if (k + 1 < labels.length && labels[k + 1] == inside) {
                    labels[k + 1] = Labels.begin(NameType.PERS);
                }
            }
        }
    }

    /** Words that begin what follows a dash after a name rather than the name's next part (- هو من, - كما أشرنا -). */
    private static final LongIntMap AFTER_DASH_WORDS = LongIntMap.ofWords(List.of("هو", "هي", "كما", "ثم", "أي", "إذ",
            "لكن", "بل", "أو", "من", "في", "على", "عن", "مع", "إلى", "الذي", "التي", "ابن", "بن", "بنت", "قوله"));

    /**
     * A person's name that the model ends before a dash and one more word, a hyphenated given or family name (كيم
     * جونغ-[نام], مون جاي-[إن], كريستينا كارلين-[كرافت]; in ANERcorp's text, where every dash stands apart, كيم جونغ -
     * [ايل], ميشال اليو - [ماري]), takes in the word: when it is untagged or a one-word name of a person or of another
     * kind that no list knows, not definite, without و, no function word, and not the start of an aside closed by
     * another dash (سعد ابن أبي وقاص - كما أشرنا -), nor after a one-word name that a list gives alone (ميسي-سواريز,
     * قمة ترامب-بوتين: a pair). In running text ({@code spacedDashes} false) the dash must touch
     * the name or the word: a dash with a space on each side opens an aside (هوغو تشافيز - تعود لنحو 25 عاما). Out of
     * fold on ANERcorp's training sentences 7 of the 12 names before a dash and a word go on after it, and this rule
     * takes those 7 and none of the 5 others.
     */
    static void growOverDashes(TokenSpans tokens, long[] words, int[] gz, int[] labels, boolean spacedDashes) {
        int inside = Labels.inside(NameType.PERS);
        for (int d = 1; d + 1 < labels.length; d++) {
            int w = d + 1;
            boolean endsPerson = labels[d - 1] != Labels.O && Labels.type(labels[d - 1]) == NameType.PERS;
            if (!endsPerson || labels[d] != Labels.O || !isDash(tokens, d) || !NameRules.isWord(tokens, w)) {
                continue;
            }
            boolean touches = tokens.ends()[d - 1] == tokens.starts()[d] || tokens.ends()[d] == tokens.starts()[w];
            // two persons paired by a dash: ميسي-سواريز, قمة ترامب-بوتين (a one-word name that a list gives alone)
            boolean pair = Labels.isBegin(labels[d - 1]) && gz[d - 1] == Gazetteer.beginBit(NameType.PERS);
            boolean unknownName = NameRules.isLoneName(labels, w) && gz[w] == 0
                    && Labels.type(labels[w]) != NameType.ORG && Labels.type(labels[w]) != NameType.LOC;
            char first = tokens.text()[tokens.starts()[w]];
            boolean aside = w + 1 < labels.length && isDash(tokens, w + 1);
            if ((spacedDashes || touches) && !pair && (labels[w] == Labels.O || unknownName) && first != 'و'
                    && !NameRules.isDefinite(tokens, w) && !AFTER_DASH_WORDS.contains(words[w]) && !aside) {
                labels[d] = inside;
                labels[w] = inside;
            }
        }
    }

    private static final long WALAD = Hashing.ofFolded("ولد");
    /** Words after ولد when it is the verb "was born" (ولد عام 1606, ولد في, ولد سنة). */
    private static final LongIntMap AFTER_BORN = LongIntMap.ofWords(List.of("عام", "سنة", "في", "يوم", "من", "عن",
            "على", "مع", "ونشأ", "وترعرع", "لأب", "لأسرة", "لعائلة", "ميتا", "قبل", "بعد", "حوالي", "نحو"));

    /**
     * A person's name that the model ends before ولد ("son of", in Mauritanian names) takes in ولد and the next word,
     * and again for a chain: [محمد لمين ولد سلامة ولد النفاع], [حمودي ولد المصطفى ولد الوالي]. Not when ولد is the
     * verb "was born", before a year, a time or a preposition (فينسنزو ولد عام 1606), nor before a name of another
     * kind. Out of fold on ANERcorp's training sentences all 7 names that the model ends before ولد and a name go
     * on after it.
     */
    static void growOverWalad(TokenSpans tokens, long[] words, int[] labels) {
        int inside = Labels.inside(NameType.PERS);
        for (int d = 1; d + 1 < labels.length; d++) {
            int w = d + 1;
            boolean endsPerson = labels[d - 1] != Labels.O && Labels.type(labels[d - 1]) == NameType.PERS;
            if (!endsPerson || labels[d] != Labels.O || words[d] != WALAD || !NameRules.isWord(tokens, w)
                    || AFTER_BORN.contains(words[w]) || "بلف".indexOf(tokens.text()[tokens.starts()[w]]) >= 0) {
                continue;
            }
            boolean free = labels[w] == Labels.O
                    || Labels.isBegin(labels[w]) && Labels.type(labels[w]) == NameType.PERS;
            if (free) {
                labels[d] = inside;
                labels[w] = inside; // a name the model began at the word goes on inside this one
            }
        }
    }

    private static boolean isDash(TokenSpans tokens, int i) {
        return tokens.ends()[i] - tokens.starts()[i] == 1 && tokens.text()[tokens.starts()[i]] == '-';
    }

    /**
     * A person's name ending in آل, or followed by آل and a word, takes in the family name (آل سعود, آل نهيان); a
     * name the model starts just after آل starts at آل (دعم آل سعود). So does a name that the model ends at a word
     * that joins it to the next (بن, ابن, بنت, أبو, بو, عبد; أبي only after بن, since alone it folds to آبي, Abe):
     * حاتم بن عرفة, أسماء بنت قادة, معين عبد الملك, إلياس بو صعب, علي بن أبي طالب.
     */
    static void extendFamilyNames(TokenSpans tokens, long[] words, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        for (int e = 1; e < labels.length; e++) {
            boolean nameEndsBefore = (labels[e - 1] == begin || labels[e - 1] == inside) && labels[e] != inside;
            if (!nameEndsBefore) {
                continue;
            }
            // آل and بو only inside a name: بو alone is a name of its own (بو شي لاي) or no name
            // أبي only after بن inside a name (علي بن أبي [طالب]): alone it may be Abe (شينزو آبي)
            boolean kunyaAfterBin = words[e - 1] == ABI && labels[e - 1] == inside && e >= 2
                    && BIN.contains(words[e - 2]);
            boolean joinsNext = words[e - 1] == AL_FAMILY || words[e - 1] == BU ? labels[e - 1] == inside
                    : NAME_JOINERS.contains(words[e - 1]) || kunyaAfterBin;
            if (joinsNext && NameRules.isWord(tokens, e)
                    && (labels[e] == Labels.O || labels[e] == begin)) {
                labels[e] = inside;
            } else if (words[e] == AL_FAMILY && labels[e] == Labels.O && e + 1 < labels.length
                    && NameRules.isWord(tokens, e + 1)
                    && (labels[e + 1] == Labels.O || labels[e + 1] == begin)) {
                labels[e] = inside;
                labels[e + 1] = inside;
            }
        }
        for (int a = 0; a + 1 < labels.length; a++) {
            if (words[a] == AL_FAMILY && labels[a] == Labels.O && labels[a + 1] == begin) {
                labels[a] = begin;
                labels[a + 1] = inside;
            }
        }
    }

    /** Titles of sovereigns and popes, with their proclitics: the ordinal after their name is part of it. */
    private static final LongIntMap REGNAL_TITLES = LongIntMap.ofWords(List.of("الملك", "للملك", "والملك",
            "بالملك", "الملكة", "للملكة", "والملكة", "البابا", "للبابا", "والبابا", "السلطان", "للسلطان", "والسلطان",
            "الإمبراطور", "للإمبراطور", "والإمبراطور", "الإمبراطورة", "القيصر", "الشاه", "الخليفة"));
    /** Ordinals of the first ten, masculine and feminine, and the الحادي of الحادي عشر. */
    private static final LongIntMap ORDINALS = LongIntMap.ofWords(List.of("الأول", "الثاني", "الثالث", "الرابع",
            "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "الأولى", "الثانية", "الثالثة",
            "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"));
    private static final LongIntMap TEENS = LongIntMap.ofWords(List.of("عشر", "عشرة"));

    /**
     * A sovereign's or a pope's name takes in the ordinal after it (للملك تشارلز التاسع, البابا بنديكت السادس عشر,
     * فرناندو الثالث), as ANERcorp's gold does: after a title of a sovereign or a pope, or when the name is one given
     * name. Not after any name: حل هاميلتون الثاني is second place.
     */
    static void growRegnalOrdinals(long[] words, int[] triggers, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != begin) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e >= labels.length || labels[e] != Labels.O || !ORDINALS.contains(words[e])) {
                s = e - 1;
                continue;
            }
            boolean titled = s > 0 && REGNAL_TITLES.contains(words[s - 1]) || REGNAL_TITLES.contains(words[s]);
            boolean givenName = e - s == 1 && triggers[s] == Gazetteer.FIRST_NAME;
            if (titled || givenName) {
                labels[e] = inside;
                if (e + 1 < labels.length && labels[e + 1] == Labels.O && TEENS.contains(words[e + 1])) {
                    labels[++e] = inside;
                }
            }
            s = e;
        }
    }

    /**
     * A person's name right after أبو / أبي / أبا takes that word in: it is the name's first word, the kunya
     * (استخلف عليها أبا هريرة, the model having tagged هريرة alone). Not أم, which is also "mother of" (دور أم بينيت).
     */
    static void growToKunya(TokenSpans tokens, long[] words, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] == begin && labels[s - 1] == Labels.O && KUNYA.contains(words[s - 1])) {
                labels[s - 1] = begin;
                labels[s] = Labels.inside(NameType.PERS);
            }
        }
    }

    /**
     * A person's name takes in the definite word of the nisba form right after it that the news knows only as a
     * family name ([وسلطان سيف مفتاح حمد النيادي], [رضوى السويفي], [هلال مشبب الخالدي]): rare in the news (fewer
     * than {@value SpeakerNames#RARE_COUNT} times), never written there without ال, with the feminine ة or in the
     * plural, as adjectives are (الروائي: روائي, الروائية; اليساري), nor with ة for its ي (الأسطوري: الأسطورة); not a
     * participle (المنتمي, المختفي) and no nationality, listed name or trigger word. The name before it is not a listed
     * one (باراك أوباما المنتمي), and a name of one word is a listed given name. Over the ANT articles: 8 names grown, all
     * rightly. Both modes, last of the document-level corrections ({@link EntityTagger#correctDocument}).
     */
    static void growToNisbaFamilyNames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                       Gazetteer gazetteer, WordClusters clusters) {
        int inside = Labels.inside(NameType.PERS);
        for (int f = 1; f < labels.length; f++) {
            boolean afterPerson = labels[f - 1] == Labels.begin(NameType.PERS) || labels[f - 1] == inside;
            if (!afterPerson || labels[f] != Labels.O || x.gazetteer()[f] != 0 || x.triggers()[f] != 0
                    || !NameRules.noNameContinuesAt(labels, f + 1)) {
                continue;
            }
            boolean oneWord = labels[f - 1] == Labels.begin(NameType.PERS);
            if (x.gazetteer()[f - 1] != 0
                    || oneWord && !SpeakerNames.isGivenNameAsWritten(tokens, x.words(), f - 1, gazetteer)) {
                continue;
            }
            String word = ArabicNormalizer.normalize(tokens.token(f));
            if (SpeakerNames.isUnknownFamilyName(tokens.token(f), clusters) && !word.startsWith("الم")
                    && clusters.count(word + "ه") == 0 && clusters.count(word + "ين") == 0
                    && clusters.count(word + "ون") == 0 && clusters.count(word.substring(0, word.length() - 1) + "ه") == 0
                    && !gazetteer.isNationality(tokens.token(f))) {
                labels[f] = inside;
            }
        }
    }
}
