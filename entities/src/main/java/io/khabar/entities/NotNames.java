package io.khabar.entities;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;
import io.khabar.arabic.FutureVerbs;

/**
 * Words the model tags that are no names: a unit of money after an amount (مليار دولار), a letter name inside an
 * acronym (جيه.بي.مورغان), a word with tanween al-fath (أيضاً), a future verb after a name (ستزور), the name of God
 * tagged alone, a lone trigger word (منظمة, الرئيس); and a storm's name after إعصار, MISC not a person.
 */
final class NotNames {

    private static final long LI = Hashing.ofFolded("لي");

    /** Units of money, as written after an amount (2.1 مليار دولار). */
    private static final LongIntMap CURRENCY_UNITS = LongIntMap.ofWords(List.of("دولار", "دولارا", "دولارات", "يورو",
            "جنيه", "جنيها", "جنيهات", "درهم", "دراهم", "دينار", "دينارا", "دنانير", "ريال", "ريالا", "ريالات", "ليرة",
            "ليرات", "روبل", "روبية", "ين", "يوان", "فرنك", "وون", "بيزو", "بيتكوين", "كرون", "كرونة", "كرونات",
            "راند", "زلوتي", "شيكل", "شيقل", "روبيه", "رينغيت", "بنس"));

    /** Words that announce the name of a storm (الإعصار مايكل, العاصفة الاستوائية جيبي). */
    private static final LongIntMap STORM_HEADS = LongIntMap.ofWords(List.of("إعصار", "الإعصار", "عاصفة",
            "العاصفة"));

    /** Adjectives between a storm word and the storm's name. */
    private static final LongIntMap STORM_KINDS = LongIntMap.ofWords(List.of("المدارية", "الاستوائية", "مدارية",
            "استوائية"));

    /** Arabic names of Latin letters, as acronyms and model numbers spell them (إس-400, جيه.بي.مورغان, فيتامين دي). */
    static final LongIntMap LETTER_NAMES = LongIntMap.ofWords(List.of("إس", "اس", "أس", "سي", "تي", "بي",
            "دي", "جي", "جيه", "إف", "اف", "إم", "ام", "إل", "كيه", "واي", "زد", "يو", "أو", "آي", "إيه", "إن", "ان",
            "إتش", "جاي", "آر", "آيه", "إكس", "اكس", "كيو", "دبليو", "إي", "زي"));

    private static final LongIntMap VITAMIN = LongIntMap.ofWords(List.of("فيتامين", "بفيتامين", "وفيتامين",
            "الفيتامين"));

    /** The name of God with its clitics, as formulas and compound names write it. */
    private static final LongIntMap GOD = LongIntMap.ofWords(List.of("الله", "لله", "والله", "بالله", "فالله", "ولله",
            "تالله", "وبالله"));

    /** A minister, with the clitics before the word (ووزير, لوزيرة): the words after it name the portfolio. */
    private static final LongIntMap MINISTER = LongIntMap.ofWords(List.of("وزير", "وزيرة", "ووزير", "ووزيرة", "لوزير",
            "لوزيرة", "ولوزير", "ولوزيرة", "بوزير", "بوزيرة", "فوزير"));

    /** النيل, the verbal noun of نال من (to harm), with its clitics; and من with its pronouns after it. */
    private static final LongIntMap NAYL = LongIntMap.ofWords(List.of("النيل", "للنيل", "والنيل", "بالنيل",
            "وللنيل", "فالنيل"));
    private static final LongIntMap MIN = LongIntMap.ofWords(List.of("من", "منه", "منها", "منهم", "منهما", "منا",
            "منك", "منكم", "مني"));
    /** Words before النيل that make it the river even before من (مياه النيل من إثيوبيا). */
    private static final LongIntMap NILE_HEADS = LongIntMap.ofWords(List.of("مياه", "نهر", "حوض", "دلتا", "ضفاف",
            "ضفة", "وادي", "مجرى", "منابع", "دول", "فيضان", "كورنيش"));

    /** Verbs in the future (ستزور, سيعقد): {@link FutureVerbs}. */
    private static final LongIntMap FUTURE_VERBS = LongIntMap.ofWords(FutureVerbs.FORMS);

    /** Number words that stand for or scale an amount (مليون, مليار, آلاف). */
    private static final LongIntMap NUMBER_WORDS = LongIntMap.ofWords(List.of("ألف", "آلاف", "ألفي", "ألفا", "مليون",
            "ملايين", "مليوني", "مليونا", "مليار", "مليارا", "مليارات", "ملياري", "تريليون", "تريليونات", "ترليون",
            "ترليونات", "بليون", "بلايين"));

    private NotNames() {
    }

    /** The Pope, a title that names one person when it stands alone (تصريحات البابا). */
    private static final LongIntMap POPE = LongIntMap.ofWords(List.of("البابا", "للبابا", "والبابا", "بالبابا"));

    /**
     * A person's name that the model ran on into البابا ends before it, and البابا is the Pope: اتهم الأسقف كارلو
     * ماريا فيغانو [البابا] بأنه (the Pope's title begins a name, never ends one).
     */
    static void splitPope(long[] words, int[] labels) {
        int inside = Labels.inside(NameType.PERS);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] == inside && POPE.contains(words[s]) && NameRules.noNameContinuesAt(labels, s + 1)) {
                labels[s] = Labels.begin(NameType.PERS);
            }
        }
    }

    /**
     * A one-word name that is a trigger word itself (منظمة, البنك, الرئيس): the word that announces a name is no name.
     * Given names, also in the trigger list, stay, and so do listed names (الجزيرة: the island, and the channel), and
     * a definite word alone in quotes, which the quotes make a name (صحيفة "الجمهورية"); not a word between two quoted
     * names, which straight quotes do not tell apart from one in quotes (الإذاعة "ان بي ار" ومعهد "ماريست بول"), nor
     * البابا that the model took for a person: alone it is the Pope, as ANERcorp tags it (3 of 3 in the training
     * sentences).
     */
    static void dropLoneTriggerWords(TokenSpans tokens, long[] words, int[] triggers, int[] gz, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            boolean lone = Labels.isBegin(labels[s]) && (s + 1 == labels.length || labels[s + 1] != labels[s] + 1);
            boolean listed = (gz[s] & Gazetteer.BEGIN_BITS) != 0;
            // البابا alone, not before his name (البابا فرانسيس, which a list or the model names)
            boolean pope = labels[s] == Labels.begin(NameType.PERS) && POPE.contains(words[s])
                    && (s + 1 == labels.length || triggers[s + 1] != Gazetteer.FIRST_NAME
                    && (gz[s + 1] & Gazetteer.BEGIN_BITS) == 0);
            if (lone && triggers[s] != 0 && triggers[s] != Gazetteer.FIRST_NAME && !listed && !pope
                    && !isDefiniteWordInQuotes(tokens, s)) {
                labels[s] = Labels.O;
            }
        }
    }

    /** Whether token {@code s} is a definite word alone in quotes (صحيفة "الجمهورية"). */
    private static boolean isDefiniteWordInQuotes(TokenSpans tokens, int s) {
        return s > 0 && s + 1 < tokens.size() && QuotedNames.isOpeningQuote(tokens, s - 1)
                && QuotedNames.isQuote(tokens, s + 1) && tokens.token(s).startsWith("ال");
    }

    /**
     * A unit of money right after an amount is no name, alone or with its adjective: 2.1 مليار دولار, 500 جنيه,
     * (مليونا يورو), مليون ريال سعودي, 26 مليون جنيه إسترليني. ANERcorp tags every
     * دولار as MISC, so CoNLL mode keeps them; in an article's entity list they would crowd out the names. A named
     * currency (الليرة التركية, الدولار) stays. Whatever type the model gave it: after an amount, ريال is the riyal,
     * not Real Madrid.
     */
    static void dropAmountUnits(TokenSpans tokens, long[] words, int[] labels) {
        for (int s = 1; s < labels.length; s++) {
            if (!Labels.isBegin(labels[s]) || !CURRENCY_UNITS.contains(words[s])) {
                continue;
            }
            // the unit alone, or with its country's adjective (500 مليون جنيه إسترليني, مليون ريال سعودي)
            int e = NameRules.endOfName(labels, s);
            if (e - s <= 2 && isAmount(tokens, words, s - 1)) {
                for (int k = s; k < e; k++) {
                    labels[k] = Labels.O;
                }
            }
            s = e - 1;
        }
    }

    /** Whether token {@code i} is an amount: digits (after an optional و), or a number word (مليون, ألف). */
    static boolean isAmount(TokenSpans tokens, long[] words, int i) {
        char[] c = tokens.text();
        int s = tokens.starts()[i];
        return Character.isDigit(c[s]) || (c[s] == 'و' && s + 1 < tokens.ends()[i] && Character.isDigit(c[s + 1]))
                || NUMBER_WORDS.contains(words[i]);
    }

    /**
     * A name right after a storm word is the storm's (الإعصار مايكل, إعصار فلورنس, العاصفة المدارية هيلين), a MISC
     * name as the gazetteer lists storms; the model takes مايكل for a person and فلورنسا for the city.
     */
    static void retypeStorms(long[] words, long[] stripped, int[] labels) {
        int begin = Labels.begin(NameType.MISC);
        for (int i = 0; i + 1 < labels.length; i++) {
            int s = afterStormWord(words, stripped, labels, i);
            if (s < 0 || !Labels.isBegin(labels[s]) || labels[s] == begin) {
                continue;
            }
            NameRules.retypeName(labels, s, NameType.MISC);
        }
    }

    /**
     * Where a storm's name would begin after an untagged storm word at {@code i} (and its kind: العاصفة المدارية), or
     * -1 if token {@code i} is no storm word. Needs {@code i + 1 < labels.length}.
     */
    private static int afterStormWord(long[] words, long[] stripped, int[] labels, int i) {
        if (labels[i] != Labels.O || !(STORM_HEADS.contains(words[i]) || STORM_HEADS.contains(stripped[i]))) {
            return -1;
        }
        int s = i + 1;
        if (s + 1 < labels.length && labels[s] == Labels.O && STORM_KINDS.contains(words[s])) {
            s++;
        }
        return s;
    }

    /**
     * A storm named after a storm word in the document (الإعصار مايكل) is that storm where its name stands alone later
     * and the model took it for a person or a place: وتسبب "مايكل" …, ضرب مايكل بلدة أبالاتشيكولا, ومايكل هو حاليا
     * إعصار. Only one-word names, compared without و or ف; {@code window} = sentences on each side that count.
     */
    static void retypeStormRepeats(List<FeatureExtractor.Extracted> xs, List<int[]> labels, int window) {
        int ns = labels.size();
        DocumentWindow.Evidence<Long> named = DocumentWindow.Evidence.collect(ns, k -> storms(xs.get(k), labels.get(k)));
        if (named.isEmpty()) {
            return;
        }
        for (int k = 0; k < ns; k++) {
            Set<Long> near = named.around(k, window);
            int[] l = labels.get(k);
            long[] words = xs.get(k).words();
            long[] stripped = xs.get(k).stripped();
            for (int s = 0; s < l.length; s++) {
                NameType t = Labels.isBegin(l[s]) ? Labels.type(l[s]) : null;
                if ((t == NameType.PERS || t == NameType.LOC) && NameRules.isLoneName(l, s)
                        && (near.contains(words[s]) || near.contains(stripped[s]))) {
                    l[s] = Labels.begin(NameType.MISC);
                }
            }
        }
    }

    /** The one-word MISC names right after a storm word (and its kind) in one sentence. */
    private static Set<Long> storms(FeatureExtractor.Extracted x, int[] l) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + 1 < l.length; i++) {
            int s = afterStormWord(x.words(), x.stripped(), l, i);
            if (s >= 0 && l[s] == Labels.begin(NameType.MISC) && NameRules.isLoneName(l, s)) {
                out.add(x.words()[s]);
            }
        }
        return out;
    }

    /**
     * A letter's name alone as a name is a piece of something longer: an acronym or a model number it is written
     * into (إس-400, إس.إن.سي-لافالين, جيه.بي.مورغان) or a vitamin (فيتامين دي). Unless a listed name starts there,
     * or the letter ends the text before its full stop: there ANERcorp's sentences cut an acronym in two (وقدمت « سي .)
     * and its gold tags the letter.
     */
    static void dropLetterNames(TokenSpans tokens, long[] words, int[] gz, int[] labels) {
        char[] c = tokens.text();
        for (int s = 0; s < labels.length; s++) {
            if (!NameRules.isLoneName(labels, s) || !LETTER_NAMES.contains(words[s])
                    || (gz[s] & Gazetteer.BEGIN_BITS) != 0) {
                continue;
            }
            int before = tokens.starts()[s] - 1;
            while (before >= 0 && c[before] == ' ') {
                before--;
            }
            int after = tokens.ends()[s];
            while (after < c.length && c[after] == ' ') {
                after++;
            }
            // a full stop that ends the text ends the sentence (شركة "سي." of a name cut there), not an acronym
            int next = after + 1;
            while (next < c.length && c[next] == ' ') {
                next++;
            }
            boolean inAcronym = before >= 0 && (c[before] == '.' || c[before] == '-')
                    || after < c.length && (c[after] == '-' || c[after] == '.' && next < c.length);
            int previous = s > 1 && !NameRules.isWord(tokens, s - 1) ? s - 2 : s - 1; // over a quote: فيتامين "دي"
            if (inAcronym || previous >= 0 && VITAMIN.contains(words[previous])) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * A word written with tanween al-fath (ً: درعاً, أيضاً) is a common noun or adverb in the accusative, never part of
     * a name: it leaves the end of a name (عباس أيضاً → عباس), and a name of such words alone is none (درعاً بشرياً is a
     * human shield, not Daraa). The other two tanween are left alone: in names they are typos for a short vowel
     * (أسوشيتد برٍس, سلطنة عٌمان).
     */
    static void trimTanween(TokenSpans tokens, int[] labels) {
        for (int e = labels.length - 1; e >= 0; e--) {
            boolean lastOfName = labels[e] != Labels.O && NameRules.noNameContinuesAt(labels, e + 1);
            if (lastOfName && hasTanween(tokens, e)) {
                labels[e] = Labels.O;
            }
        }
    }

    private static boolean hasTanween(TokenSpans tokens, int i) {
        char[] c = tokens.text();
        for (int k = tokens.starts()[i]; k < tokens.ends()[i]; k++) {
            if (c[k] == '\u064B') {
                return true;
            }
        }
        return false;
    }

    /**
     * A name the model ran on into the verb after it ends before the verb when the verb is in the future (بيلوسي
     * ستزور → بيلوسي), and a name run on from the verb before it begins after it (وسيترأس ميناوي → ميناوي): the
     * closed list of {@link FutureVerbs}, not a pattern, since many transliterated names begin with سي or ست.
     */
    static void trimFutureVerbs(long[] words, int[] labels) {
        for (int e = 1; e < labels.length; e++) {
            if (Labels.isInside(labels[e]) && NameRules.noNameContinuesAt(labels, e + 1)
                    && FUTURE_VERBS.contains(words[e])) {
                labels[e] = Labels.O;
            }
        }
        // and begins after a verb it ran on from (وسيترأس ميناوي → ميناوي)
        for (int s = 0; s + 1 < labels.length; s++) {
            if (Labels.isBegin(labels[s]) && Labels.isInside(labels[s + 1]) && FUTURE_VERBS.contains(words[s])) {
                labels[s + 1] = labels[s];
                labels[s] = Labels.O;
            }
        }
    }

    /** مشهد, the Iranian city and the noun "scene", with its clitics. */
    private static final LongIntMap SCENE = LongIntMap.ofWords(List.of("مشهد", "ومشهد", "بمشهد", "لمشهد", "فمشهد"));

    /** حماة, the Syrian city and "protectors" (حماة البيئة, حماة الوطن), with و. */
    private static final LongIntMap PROTECTORS = LongIntMap.ofWords(List.of("حماة", "وحماة"));

    /** Words after which مشهد is still the city: its adjective, a relative adverb, a compass word. */
    private static final LongIntMap AFTER_CITY = LongIntMap.ofWords(List.of("الإيرانية", "الايرانية", "حيث", "شمال",
            "شرق", "شرقي", "جنوب", "غرب", "التي", "الذي"));

    /**
     * Article mode: مشهد taken for the city is the noun "scene" when a word follows it that is no place's and does
     * not belong to the city (مشهد النهاية, في مشهد نادر, مشهد يثير التساؤلات), unless a word for a city comes
     * before it (مدينة مشهد). Over the ANT articles about two thirds of the مشهد the model tagged were scenes. So is
     * حماة before a definite noun that is no adjective: من حماة البيئة, "protectors of the environment".
     */
    static void dropScenes(TokenSpans tokens, long[] words, int[] gz, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int s = 0; s + 1 < labels.length; s++) {
            if (labels[s] != place || !NameRules.isLoneName(labels, s) || !NameRules.isWord(tokens, s + 1)
                    || gz[s + 1] != 0 || AFTER_CITY.contains(words[s + 1])
                    || s > 0 && TownNames.CITY_WORDS.contains(words[s - 1])) {
                continue;
            }
            // حماة before a definite noun is "protectors of": حماة البيئة; not before an adjective (حماة الشمالي)
            boolean protectors = PROTECTORS.contains(words[s]) && NameRules.startsDefinite(tokens, s + 1)
                    && !NisbaAdjectives.isNisba(tokens, s + 1) && !tokens.token(s + 1).endsWith("ية");
            if (SCENE.contains(words[s]) || protectors) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * Nouns and verbs with the pronoun ه that fold into a place written with ة: جده "his grandfather" (Jeddah, جدة),
     * وجده "he found him", بريده "his mail" (Buraidah, بريدة), زواره "its visitors" (Zuwara), رأوه "they saw it".
     */
    private static final List<String> PRONOUN_FORMS = List.of("جده", "وجده", "لجده", "بجده", "بريده", "وبريده",
            "ببريده", "لبريده", "زواره", "رأوه");

    /**
     * A place the model found in a word of {@link #PRONOUN_FORMS}, as written with ه, is that noun or verb, not the
     * place written with ة: over the 5,000 ANT articles all 9 places in جده were the grandfather, and the 5 in بريده,
     * زواره, رأوه were the pronoun forms (وجده, "he found him", was a place in the dev sentences: حيث وجده يلقي الضوء).
     */
    static void dropPronounForms(TokenSpans tokens, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] == Labels.begin(NameType.LOC) && NameRules.isLoneName(labels, s)
                    && PRONOUN_FORMS.contains(tokens.token(s))) {
                labels[s] = Labels.O;
            }
        }
    }

    /** دوما, the Syrian town and the adverb "always", with و. */
    private static final LongIntMap ALWAYS = LongIntMap.ofWords(List.of("دوما", "ودوما"));
    private static final long AND_DUMA = Hashing.ofFolded("ودوما");

    /** Prepositions after which دوما is the town: في دوما, من دوما. */
    private static final LongIntMap PLACE_PREPOSITIONS = LongIntMap.ofWords(List.of("في", "من", "إلى", "الى", "عن",
            "قرب", "حول", "داخل", "ضد"));

    /**
     * دوما is the adverb "always" (سيبقى دوما في المقدمة, نسعى دوما إلى), not the town near Damascus, unless a
     * preposition or a word for a town comes before it (في دوما, مدينة دوما), or a place before و (درعا ودوما).
     * Over the 5,000 ANT articles the model tagged it a place 43 times, 36 of them the adverb.
     */
    static void dropAdverbDuma(long[] words, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != Labels.begin(NameType.LOC) || !NameRules.isLoneName(labels, s)
                    || !ALWAYS.contains(words[s])) {
                continue;
            }
            boolean townContext = s > 0 && (PLACE_PREPOSITIONS.contains(words[s - 1])
                    || TownNames.CITY_WORDS.contains(words[s - 1])
                    || words[s] == AND_DUMA && labels[s - 1] != Labels.O
                    && Labels.type(labels[s - 1]) == NameType.LOC);
            if (!townContext) {
                labels[s] = Labels.O;
            }
        }
    }

    /** Epithets of a ruler (أمير البلاد المفدى, السلطان المعظم), written with ى or ي, or cut short (المفد). */
    private static final LongIntMap HONORIFICS = LongIntMap.ofWords(List.of("المفدى", "المفد", "المعظم"));

    /**
     * A ruler's epithet is no name, nor the end of one: سمو الأمير [المفدى] (ANERcorp's training sentences have 9
     * المفدى and المفد, all untagged; out of fold the model took 6 of them for persons).
     */
    static void dropHonorifics(long[] words, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != Labels.O && HONORIFICS.contains(words[s]) && NameRules.noNameContinuesAt(labels, s + 1)) {
                labels[s] = Labels.O;
            }
        }
    }

    /** The epithet of Mecca, المكرمة ("the honoured"), with its clitics. */
    private static final LongIntMap PLACE_EPITHETS = LongIntMap.ofWords(List.of("المكرمة", "والمكرمة"));

    /**
     * ANERcorp leaves the epithet of a holy city outside its name: [مكة] المكرمة (36 times of 36 in the training
     * sentences; the gazetteer lists مكة المكرمة whole for article mode, and out of fold the model took المكرمة in a
     * quarter of the time). CoNLL mode only. Out of fold +0.0012 to +0.0016 on seeds 7-10.
     */
    static void trimPlaceEpithets(long[] words, int[] labels) {
        for (int s = 1; s < labels.length; s++) {
            if (PLACE_EPITHETS.contains(words[s]) && labels[s] == Labels.inside(NameType.LOC)
                    && NameRules.noNameContinuesAt(labels, s + 1)) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * Common nouns that the model takes for a person's name alone: the radio, a hat-trick, the nightly (حظر التجوال
     * الليلي), the reins (أطلق العنان), satisfaction (عدم الرضا), the sun (شروق شمس), an entity (وكيان الدولة), the
     * authors of a study (معدو الدراسة).
     */
    private static final LongIntMap COMMON_NOUNS = LongIntMap.ofWords(List.of("راديو", "لراديو", "وراديو", "الراديو",
            "هاتريك", "الهاتريك", "بهاتريك", "الليلي", "العنان", "الرضا", "شمس", "كيان", "وكيان", "معدو", "ومعدو"));
    /** ليلي, Lily and "night", after a word for a club: ملهى ليلي, نادٍ ليلي, نادي ليلي, a nightclub. */
    private static final long LAYLI = Hashing.ofFolded("ليلي");
    private static final LongIntMap NIGHTCLUBS = LongIntMap.ofWords(List.of("ملهى", "بملهى", "لملهى", "وملهى",
            "نادٍ", "بنادٍ", "ناد", "بناد", "نادي", "لنادي", "ونادي", "بنادي"));
    /** جيني, Jenny and "genetic", after a noun it qualifies: فحص جيني, تعديل جيني, خلل جيني. */
    private static final long JINI = Hashing.ofFolded("جيني");
    private static final LongIntMap GENETIC_NOUNS = LongIntMap.ofWords(List.of("فحص", "اختبار", "تعديل", "خلل",
            "مرض", "علاج", "تحليل", "اضطراب", "تسلسل", "عامل", "تشخيص", "تحور", "تغير", "طفرة"));
    /** أشرف, Ashraf and "he supervised", before على: أشرف على, أشرف عليه. */
    private static final long ASHRAF = Hashing.ofFolded("أشرف");
    private static final LongIntMap ON = LongIntMap.ofWords(List.of("على", "عليه", "عليها", "عليهم", "عليهما"));
    /** The imam before الرضا, which then names the eighth imam (الإمام الرضا, as ANERcorp tags him). */
    private static final LongIntMap IMAMS = LongIntMap.ofWords(List.of("الإمام", "للإمام", "والإمام", "بالإمام"));
    /** جاري, the given name Gary and the participle "ongoing" (جاري العمل, وجاري تنفيذ). */
    private static final long JARI = Hashing.ofFolded("جاري");
    private static final long WA_JARI = Hashing.ofFolded("وجاري");
    /** كروز, the family name Cruz and the cruise of صواريخ كروز. */
    private static final long CRUISE = Hashing.ofFolded("كروز");
    private static final LongIntMap MISSILES = LongIntMap.ofWords(List.of("صاروخ", "وصاروخ", "بصاروخ", "لصاروخ",
            "صواريخ", "وصواريخ", "بصواريخ", "لصواريخ"));

    /**
     * A lone person's name that is a common noun (لراديو "أوندا سيرو", ثلاثية "هاتريك", عدم الرضا; not الإمام
     * الرضا) is no name; nor is جاري where
     * it means "ongoing": before a definite word (جاري العمل على دراستها), or with و before an untagged word (وجاري
     * استكمال التحقيقات), as news writes it; nor كروز after a word for missiles (وصواريخ كروز, cruise missiles), nor
     * the adjectives ليلي and جيني after a noun they qualify (ملهى ليلي, فحص جيني), nor the verb أشرف before على.
     */
    static void dropCommonNouns(TokenSpans tokens, long[] words, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != begin || !NameRules.isLoneName(labels, s)) {
                continue;
            }
            boolean ongoing = s + 1 < labels.length
                    && ((words[s] == JARI && NameRules.startsDefinite(tokens, s + 1))
                    || (words[s] == WA_JARI && labels[s + 1] == Labels.O));
            boolean cruise = s > 0 && words[s] == CRUISE && MISSILES.contains(words[s - 1]);
            boolean imam = s > 0 && IMAMS.contains(words[s - 1]);
            boolean adjective = isNightclubAdjective(words, s)
                    || (s > 0 && words[s] == JINI && GENETIC_NOUNS.contains(words[s - 1]));
            boolean verb = words[s] == ASHRAF && s + 1 < labels.length && ON.contains(words[s + 1]);
            if ((COMMON_NOUNS.contains(words[s]) && !imam) || ongoing || cruise || adjective || verb) {
                labels[s] = Labels.O;
            }
        }
    }

    /** Whether token {@code s} is ليلي after a word for a club, the adjective of a nightclub (ملهى ليلي, نادي ليلي). */
    static boolean isNightclubAdjective(long[] words, int s) {
        return s > 0 && words[s] == LAYLI && NIGHTCLUBS.contains(words[s - 1]);
    }

    /** الريف, the Rif of Morocco and "the countryside", with the clitics it takes. */
    private static final LongIntMap COUNTRYSIDE = LongIntMap.ofWords(List.of("الريف", "والريف", "بالريف",
            "للريف"));
    /** The compass adjectives, masculine, that follow the countryside of a province: الريف الغربي. */
    private static final LongIntMap COMPASS_ADJECTIVES = LongIntMap.ofWords(List.of("الجنوبي", "الشمالي", "الغربي",
            "الشرقي"));

    /**
     * Article mode: الريف before a compass adjective is a province's countryside, no name: تنتشر قوات النظام في
     * [الريف] الجنوبي الشرقي, أقصى [الريف] الغربي للعاصمة (over ANT 16 such places, none the Rif). The Rif stays
     * elsewhere (جبال الريف المغربية, منطقة الريف مركزها الحسيمة), as ANERcorp tags it.
     */
    static void dropCountryside(long[] words, int[] labels) {
        for (int s = 0; s + 1 < labels.length; s++) {
            if (labels[s] == Labels.begin(NameType.LOC) && NameRules.isLoneName(labels, s)
                    && COUNTRYSIDE.contains(words[s]) && labels[s + 1] == Labels.O
                    && COMPASS_ADJECTIVES.contains(words[s + 1])) {
                labels[s] = Labels.O;
            }
        }
    }

    /** Places written like an elative adjective: الأقصر, Luxor and "the shortest". */
    private static final LongIntMap ELATIVE_PLACES = LongIntMap.ofWords(List.of("الأقصر"));

    /** Pronouns after which a definite word is the predicate: هي الأقصر. */
    private static final LongIntMap PRONOUNS = LongIntMap.ofWords(List.of("هي", "هو", "وهي", "وهو", "هما", "هم"));

    /**
     * Article mode: الأقصر after a pronoun or after a definite word that is no name is the adjective "the shortest"
     * (هي الأقصر لكل من البلدين, في الرحلات الأقصر), not Luxor (في الأقصر, بمدينة الأقصر, مهرجان الأقصر).
     */
    static void dropElativeAdjectives(TokenSpans tokens, long[] words, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] == place && NameRules.isLoneName(labels, s) && ELATIVE_PLACES.contains(words[s])
                    && labels[s - 1] == Labels.O && NameRules.isWord(tokens, s - 1)
                    && (PRONOUNS.contains(words[s - 1]) || NameRules.startsDefinite(tokens, s - 1))) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * A lone person's name that is a participle's sound masculine plural (م…ون: متمردون, معلقون, مصرفيون, مسلحون), with
     * ال or not, is a group of people, no name: وقال متمردون إن, ويرى معلقون أن, وقال عنها المحكمون. Not a listed word
     * (=ماكرون) or a trigger, nor a foreign family name in -سون or -تون (ماديسون, ميلتون).
     */
    static void dropPluralParticiples(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                      Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != begin || !NameRules.isLoneName(labels, s) || x.triggers()[s] != 0
                    || x.gazetteer()[s] != 0 || gazetteer.contextual(x.words()[s]) != null) {
                continue;
            }
            String w = ArabicNormalizer.normalize(tokens.token(s));
            if (w.startsWith("و") || w.startsWith("ف")) {
                w = w.substring(1);
            }
            if (w.startsWith("ال")) {
                w = w.substring(2);
            }
            if (w.length() >= 6 && w.startsWith("م") && w.endsWith("ون") && !w.endsWith("سون")
                    && !w.endsWith("تون")) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * The name of God tagged alone is no entity of the article: it stands in formulas (رحمه الله, إن شاء الله, الحمد
     * لله) or in a compound name the model split (آية الله, ذبيح الله). Names that contain it stay (حزب الله).
     */
    static void dropLoneGod(long[] words, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            if (NameRules.isLoneName(labels, s) && GOD.contains(words[s])) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * لي alone after a word is "to me" (قال لي, بالنسبة لي, أصدقاء لي), not the Korean or Chinese family name Lee, which
     * the model takes it for: in the news the pronoun is far more frequent. Lee stays in a longer name (لي كوان يو) and
     * in quotes (وفقا لـ"لي").
     */
    static void dropPronounLi(TokenSpans tokens, long[] words, int[] labels) {
        for (int s = 1; s < labels.length; s++) {
            if (NameRules.isLoneName(labels, s) && words[s] == LI && labels[s - 1] == Labels.O
                    && NameRules.isWord(tokens, s - 1)) {
                labels[s] = Labels.O;
            }
        }
    }

    /** Whether a word is وزير or وزيرة, with or without clitics. */
    static boolean isMinister(long word) {
        return MINISTER.contains(word);
    }

    /**
     * An organization right after وزير is the minister's portfolio, part of a title: وزير [النفط العراقي] (not the
     * club), وزيرة [الخارجية الكندية] (not the ministry), وزير [الحرس الثوري].
     */
    static void dropMinistersPortfolios(long[] words, int[] labels) {
        int begin = Labels.begin(NameType.ORG);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] == begin && labels[s - 1] == Labels.O && isMinister(words[s - 1])) {
                int e = NameRules.endOfName(labels, s);
                for (int k = s; k < e; k++) {
                    labels[k] = Labels.O;
                }
            }
        }
    }

    /** مجلس with its clitics. */
    private static final LongIntMap COUNCIL = LongIntMap.ofWords(List.of("مجلس", "ومجلس", "لمجلس", "بمجلس", "فمجلس"));

    /**
     * What a council of one body is named for: the board of a company, a club, a party or a school, not a name (not
     * الجامعة: مجلس الجامعة is the Arab League's).
     */
    private static final LongIntMap GENERIC_BODIES = LongIntMap.ofWords(List.of("الإدارة", "الأمناء", "الفريق",
            "النادي", "الحزب", "الآباء", "الشركة", "المدراء", "المديرين", "الأعضاء", "البلدية", "المدينة",
            "الكلية", "المدرسة"));

    /**
     * A council named for the body it runs is a board, not a name: [مجلس الإدارة], رئيس [لمجلس الفريق], [ومجلس
     * الأمناء]. ANERcorp's training sentences leave مجلس الإدارة untagged all 18 times; the model tagged it 21 times
     * over the 5,000 ANT articles. Only the two words alone, not a longer name (مجلس الإدارة الانتقالي).
     */
    static void dropGenericCouncils(long[] words, int[] labels) {
        for (int s = 0; s + 1 < labels.length; s++) {
            if (labels[s] == Labels.begin(NameType.ORG) && labels[s + 1] == Labels.inside(NameType.ORG)
                    && NameRules.noNameContinuesAt(labels, s + 2) && COUNCIL.contains(words[s])
                    && GENERIC_BODIES.contains(words[s + 1])) {
                labels[s] = Labels.O;
                labels[s + 1] = Labels.O;
            }
        }
    }

    /**
     * النيل before من is the verbal noun "harming" (للنيل من سمعة المملكة, والنيل منها), not the Nile: over the
     * 5,000 ANT articles all 44 such mentions were the idiom. Not after a word that makes it the river (مياه النيل).
     */
    static void dropNaylMin(long[] words, int[] labels) {
        for (int s = 0; s + 1 < labels.length; s++) {
            if (NameRules.isLoneName(labels, s) && Labels.type(labels[s]) == NameType.LOC && isNaylMin(words, s)) {
                labels[s] = Labels.O;
            }
        }
    }

    /** Whether token {@code s} is النيل of the idiom النيل من, "harming" ({@link #dropNaylMin}). */
    static boolean isNaylMin(long[] words, int s) {
        return s + 1 < words.length && NAYL.contains(words[s]) && MIN.contains(words[s + 1])
                && (s == 0 || !NILE_HEADS.contains(words[s - 1]));
    }

    /** بطولة, "championship" and also "the lead role", with its clitics. */
    private static final LongIntMap BUTULA = LongIntMap.ofWords(List.of("بطولة", "ببطولة", "وبطولة", "لبطولة",
            "وببطولة"));

    /** Words after بطولة that make it the lead role: a film or a series, or the actor playing it. */
    private static final LongIntMap ROLE_WORDS = LongIntMap.ofWords(List.of("فيلم", "الفيلم", "مسلسل", "المسلسل",
            "مسرحية", "المسرحية", "العمل", "الفنان", "الفنانة", "النجم", "النجمة", "الممثل", "الممثلة"));

    /**
     * بطولة before a film, a series or an actor is the lead role, not a championship: من [بطولة الفنان السوري] تيم
     * حسن, [بطولة فيلم] واحد. A MISC name that begins so is no name; one that goes on with a listed given name after
     * من, a quote or a word for a film is the actor: فيلم "فوريست غامب" من بطولة [توم هانكس], المسلسل بطولة [نور
     * الشريف] (not a tournament named after a person: في [بطولة رولان جاروس]). In ANERcorp's training sentences no
     * name begins so; over the 5,000 ANT articles the 4 such names were all roles.
     */
    static void dropLeadRoles(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer) {
        for (int s = 0; s + 1 < labels.length; s++) {
            if (labels[s] != Labels.begin(NameType.MISC) || labels[s + 1] != Labels.inside(NameType.MISC)
                    || !BUTULA.contains(words[s])) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (ROLE_WORDS.contains(words[s + 1])) {
                Arrays.fill(labels, s, e, Labels.O);
            } else if (e - s > 2 && gazetteer.trigger(words[s + 1]) == Gazetteer.FIRST_NAME
                    && afterCreditWord(tokens, words, s)) {
                labels[s] = Labels.O;
                NameRules.labelName(labels, s + 1, e, NameType.PERS);
            }
            s = e - 1;
        }
    }

    /** Words before بطولة that credit a film's cast: من ("starring"), a word for a film or a series. */
    private static final LongIntMap CREDIT_WORDS = LongIntMap.ofWords(List.of("من", "فيلم", "الفيلم", "مسلسل",
            "المسلسل", "والفيلم", "والمسلسل"));

    private static boolean afterCreditWord(TokenSpans tokens, long[] words, int s) {
        return s > 0 && (CREDIT_WORDS.contains(words[s - 1]) || NameRules.isMark(tokens, s - 1, "\"»”"));
    }

    /** كرة, "ball", with its clitics: the first word of a ball game's name. */
    private static final LongIntMap KURA = LongIntMap.ofWords(List.of("كرة", "لكرة", "بكرة", "وكرة"));

    /** The second word of a ball game's name: كرة القدم, السلة, اليد, الطائرة, المضرب. */
    private static final LongIntMap BALL_GAMES = LongIntMap.ofWords(List.of("القدم", "السلة", "اليد", "الطائرة",
            "المضرب"));

    /**
     * CoNLL mode: a MISC name that begins with a ball game's name is none: بكأس العالم [لكرة القدم], where the model
     * began a name after the cup that ANERcorp leaves untagged. In the training sentences لكرة القدم is inside a
     * longer name (بطولة كأس العالم لكرة القدم) or untagged, never a name's first words.
     */
    static void dropBallGames(long[] words, int[] labels) {
        for (int s = 0; s + 1 < labels.length; s++) {
            if (labels[s] == Labels.begin(NameType.MISC) && labels[s + 1] == Labels.inside(NameType.MISC)
                    && KURA.contains(words[s]) && BALL_GAMES.contains(words[s + 1])) {
                int e = NameRules.endOfName(labels, s);
                Arrays.fill(labels, s, e, Labels.O);
                s = e - 1;
            }
        }
    }

    /** أودى, "claimed", with و or ف (folded, so أودي, the car maker, too). */
    private static final LongIntMap AWDA = LongIntMap.ofWords(List.of("أودى", "وأودى", "فأودى"));

    /** The object of أودى: بحياة, "the life of", with its pronouns. */
    private static final LongIntMap BI_HAYAT = LongIntMap.ofWords(List.of("بحياة", "بحياته", "بحياتها",
            "بحياتهم", "بحياتهما", "بحياتي"));

    /**
     * أودى, "claimed (lives)", is no name: the model takes it for أودي, the car maker the lists give, which the letters
     * fold into (هجوم في منطقة باهالغام أودى بحياة 26 سائحا). A one-word name written with ى, or before بحياة. Over
     * the 5,000 ANT articles, 4 of the 4 أودى the model tagged were the verb.
     */
    static void dropVerbAwda(TokenSpans tokens, long[] words, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            if (NameRules.isLoneName(labels, s) && AWDA.contains(words[s])
                    && (tokens.text()[tokens.ends()[s] - 1] == 'ى'
                    || s + 1 < labels.length && BI_HAYAT.contains(words[s + 1]))) {
                labels[s] = Labels.O;
            }
        }
    }
}
