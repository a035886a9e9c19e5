package io.khabar.entities;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Corrections that tell clubs from the places they are named after: a place with a masculine nationality after it
 * (ليون الفرنسي), in a line of results, or after a club's first word (سسكا موسكو) is a club; a name after a word for
 * a place (مدينة, سد) is a place.
 */
final class ClubNames {

    /** Words for a place that the trigger list lacks, before a place that is no club (سد دربندخان العراقي). */
    private static final LongIntMap PLACE_HEADS = LongIntMap.ofWords(List.of("سد", "جيب", "مينائي", "ميناءي", "مطاري",
            "قاعدة", "سجن"));

    /**
     * First words of club names (سسكا موسكو, إنتر ميلانو, دينامو كييف), as written and with و before them (الجيش الملكي
     * وأولمبيك خريبكة); ريال only as written (وريال is also "and a riyal").
     */
    private static final LongIntMap CLUB_PREFIXES = LongIntMap.ofWords(Stream.concat(Stream.of("ريال"),
            LongIntMap.withClitics(List.of("أتلتيكو", "أتليتكو", "أتلتيك", "إنتر", "دينامو", "سسكا", "سبارتاك",
                    "لوكوموتيف", "بوروسيا", "سبورتنغ", "سبورتينغ", "أولمبيك", "أولمبياكوس", "فيردر", "ستاندار",
                    "شاختار", "زينيت", "غلطة", "فنربخشة"), "", "و").stream()).toList());

    private ClubNames() {
    }

    /**
     * A place's name followed by the masculine nationality adjective of a country is a club: ليون الفرنسي, هامبورغ
     * الألماني, مرسيليا الفرنسي, برشلونة الإسباني (the city takes the feminine: مدينة ليون الفرنسية). In ANERcorp's
     * training sentences a name so followed is an organization 46 times and a place 9 times, 5 of them clubs by the
     * text. Not after a word for a place (منتجع سوتشي الروسي, ميناء سيت الفرنسي, إقليم شينجيانغ الصيني), nor for a
     * definite name (الجولان السوري, الريف المغربي).
     */
    static void retypeClubsByNationality(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
            Gazetteer gazetteer) {
        int place = Labels.begin(NameType.LOC);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != place || isPlaceWord(x, s) || (s > 0 && isPlaceWord(x, s - 1))
                    || NameRules.startsDefinite(tokens, s)) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            // a second place after the first one's adjective: مينائي يوكوهاما الياباني وروتردام الهولندي
            boolean afterPlace = s > 1 && gazetteer.isNationality(tokens.token(s - 1))
                    && labels[s - 2] != Labels.O && Labels.type(labels[s - 2]) == NameType.LOC;
            if (!afterPlace && e < labels.length && labels[e] == Labels.O
                    && gazetteer.isNationality(tokens.token(e))) {
                NameRules.labelName(labels, s, e, NameType.ORG);
            }
            s = e - 1;
        }
    }

    /** Whether token {@code i} is a word for a place: a place trigger (مدينة, منتجع, إقليم) or سد, جيب, مينائي. */
    private static boolean isPlaceWord(FeatureExtractor.Extracted x, int i) {
        return x.triggers()[i] == Gazetteer.triggerCode(NameType.LOC) || PLACE_HEADS.contains(x.stripped()[i]);
    }

    /** جزر, "islands", with و, ب or ل: جزر أوتر بانكس, which the model took for a person. */
    private static final LongIntMap ISLANDS = LongIntMap.ofWords(List.of("جزر", "وجزر", "بجزر", "لجزر"));

    /**
     * A name right after a word for a town (مدينة, جزيرة, بلدة, قرية, محافظة, مخيم, بلدية, with a preposition or و,
     * not with ال: المدينة is also Medina, and "the city's" mayor) is a place, whatever type the model gave it: جزيرة
     * سولاويسي had been a person, مدينة جنوى the club (the bridge that fell in Genoa), رئيس بلدية سانتيورينك a
     * person. In ANERcorp's training sentences a name
     * after these words is a place 146 times and a person 3 times (مدينة أولم, محافظة صلاح الدين: places too). So
     * after جزر, "islands" (جزر أوتر بانكس).
     * Not after ولاية (also a term of office: ولاية صالح) or العاصمة (فريق العاصمة, a club), nor for a name that
     * begins with a word that announces its own kind (مخيم لتنظيم القاعدة: the camp of an organization).
     */
    static void retypeAfterPlaceWords(long[] words, int[] triggers, int[] labels) {
        for (int s = 1; s < labels.length; s++) {
            if (!Labels.isBegin(labels[s]) || labels[s - 1] != Labels.O || NameRules.beginsWithTrigger(triggers, s)) {
                continue;
            }
            NameType type = Labels.type(labels[s]);
            boolean town = TownNames.CITY_WORDS.contains(words[s - 1]) || ISLANDS.contains(words[s - 1]);
            boolean area = AREAS.contains(words[s - 1]) && (type == NameType.PERS || type == NameType.ORG);
            if (type != NameType.LOC && (town || area)) {
                NameRules.retypeName(labels, s, NameType.LOC);
            }
        }
    }

    /**
     * منطقة, "area", and حي, "quarter", with و, ب or ل: a person's or an organization's name after them is a place
     * (منطقة [صلاح الدين] in Tripoli); in ANERcorp's training sentences a name after them is a place 57 times of 58,
     * the other منطقة اليورو, MISC, which stays.
     */
    private static final LongIntMap AREAS = LongIntMap.ofWords(List.of("منطقة", "بمنطقة", "لمنطقة", "ومنطقة",
            "حي", "بحي", "لحي", "وحي"));

    /** Words for a club or a team before its name, with و, ب or ل (نادي موناكو, لفريق برشلونة). */
    private static final LongIntMap CLUB_WORDS = LongIntMap.ofWords(List.of("نادي", "لنادي", "ونادي", "بنادي",
            "فريق", "لفريق", "وفريق", "بفريق"));

    /** Adjectives after a team's place that make it a national team, a place by ANERcorp's conventions. */
    private static final LongIntMap NATIONAL = LongIntMap.ofWords(List.of("الوطني", "الأولمبي"));

    /**
     * A place's name right after نادي or فريق (with و, ب, ل) is the club's, an organization: نادي موناكو, نادي بروج,
     * فريق إشبيلية, لفريق برشلونة. In ANERcorp's training sentences a name after these words is an organization 59
     * times and a place once. Not before الوطني or الأولمبي (فريق كرواتيا الوطني: the national team, a place as after
     * منتخب).
     */
    static void retypeAfterClubWords(long[] words, int[] labels) {
        retypeAsOrganizationsAfter(PLACES, CLUB_WORDS, NATIONAL, words, labels);
    }

    /** نادي, "club", with or without ال, and with و, ب, ل or ف (للنادي, والنادي). */
    private static final LongIntMap CLUB_HEADS = LongIntMap.ofWords(Stream.concat(
            LongIntMap.withClitics(List.of("نادي"), "", "و", "ب", "ل", "ف").stream(),
            LongIntMap.withDefiniteClitics(List.of("النادي")).stream()).toList());

    /**
     * A club's name stands after نادي, which ANERcorp leaves outside it: النادي [الأهلي], بنادي [الزمالك], نادي
     * [النصر]. The gazetteer lists some of these names with نادي (for article mode's canonical names), and the model,
     * led by it, takes the word in. In the training sentences a club's name after نادي or النادي leaves the word
     * outside 24 times of 33; the 9 others are one article's five foreign clubs with their country's adjective (نادي
     * أندرليخت البلجيكي), which the model tags without the word anyway, and النادي المكناسي four times, a club named by
     * its city's adjective, which keeps it (so does any name that is a listed place's adjective: النادي المصري). What
     * is left is the club, an organization, whatever the model took it for (نادي [الجزيرة], not the island). CoNLL
     * mode. Out of fold +0.0016 to +0.0018 on seeds 7-10.
     */
    static void trimClubHeads(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer) {
        for (int i = 0; i + 1 < labels.length; i++) {
            if (Labels.isBegin(labels[i]) && CLUB_HEADS.contains(words[i])
                    && !gazetteer.isNationality(tokens.token(i + 1)) && NameRules.leaveHeadOutside(labels, i)) {
                NameRules.retypeName(labels, i + 1, NameType.ORG); // نادي [الجزيرة], which the model took for the island
            }
        }
    }

    /**
     * Retypes a name of one of {@code types} right after one of {@code heads} as an organization, unless one of
     * {@code notBefore} follows the name.
     */
    private static void retypeAsOrganizationsAfter(Set<NameType> types, LongIntMap heads, LongIntMap notBefore,
                                                   long[] words, int[] labels) {
        for (int s = 1; s < labels.length; s++) {
            if (!Labels.isBegin(labels[s]) || !types.contains(Labels.type(labels[s])) || labels[s - 1] != Labels.O
                    || !heads.contains(words[s - 1])) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e == labels.length || !notBefore.contains(words[e])) {
                NameRules.retypeName(labels, s, NameType.ORG);
            }
        }
    }

    private static final LongIntMap NO_WORDS = LongIntMap.ofWords(List.of());
    private static final Set<NameType> PLACES = EnumSet.of(NameType.LOC);

    /** Words for a newspaper, a magazine, a radio or a channel before its name, with و, ب or ل (جريدة القدس). */
    private static final LongIntMap MEDIA_WORDS = LongIntMap.ofWords(List.of("صحيفة", "لصحيفة", "وصحيفة", "بصحيفة",
            "جريدة", "لجريدة", "وجريدة", "بجريدة", "مجلة", "لمجلة", "ومجلة", "بمجلة", "إذاعة", "لإذاعة", "وإذاعة",
            "بإذاعة", "قناة", "لقناة", "وقناة", "بقناة"));

    /**
     * A place's name right after a word for a newspaper, a magazine, a radio or a channel is the medium's name, an
     * organization: جريدة القدس, جريدة الرياض, لإذاعة إسرائيل, قناة السعودية. In ANERcorp's training sentences a name
     * after these words is an organization 35 times and never a place (تلفزيون دبي is tagged as the place twice, so
     * تلفزيون is not among the words).
     */
    static void retypeAfterMediaWords(long[] words, int[] labels) {
        retypeAsOrganizationsAfter(PLACES, MEDIA_WORDS, NO_WORDS, words, labels);
    }

    /** Words for a mosque or a school before its name, with و, ب or ل (مسجد هوبان, بمدرسة بوداي). */
    private static final LongIntMap INSTITUTION_WORDS = LongIntMap.ofWords(LongIntMap.withClitics(List.of("مسجد",
            "مدرسة"), "", "ل", "و", "ب"));

    /**
     * A person's or a MISC name right after مسجد or مدرسة is the mosque's or the school's, an organization, as
     * ANERcorp tags them: مسجد [الحسن الثاني], مدرسة [بوداي]. In the training sentences a name after these words is an
     * organization 29 times, a place 4 times (a town's mosque: مسجد الكوفة, so places stay), a person's 3 times and a
     * MISC name once. Not سجن, which names a prison (سجن بيل مارش, an organization 5 times) but is also "jailing" (قضت
     * المحكمة بسجن صفوت الشريف). Both modes. Out of fold +0.0003 to +0.0011 on seeds 7-10.
     */
    static void retypeAfterInstitutionWords(long[] words, int[] labels) {
        retypeAsOrganizationsAfter(PERSONS_AND_MISC, INSTITUTION_WORDS, NO_WORDS, words, labels);
    }

    private static final Set<NameType> PERSONS_AND_MISC = EnumSet.of(NameType.PERS, NameType.MISC);

    /** Words for a company, a group or a club before its name, with و, ب or ل (شركة فورد, لنادي ميل رايد). */
    private static final LongIntMap COMPANY_WORDS = LongIntMap.ofWords(List.of("شركة", "لشركة", "وشركة", "بشركة",
            "مجموعة", "لمجموعة", "ومجموعة", "بمجموعة", "نادي", "لنادي", "ونادي", "بنادي"));

    /**
     * A person's name right after شركة, مجموعة or نادي (with و, ب, ل) is the company's, the group's or the club's, an
     * organization: نادي ميل رايد للغولف, عضوية نادي كوستا كوفي, شركة العليان للتمويل, ومجموعة طلعت مصطفى القابضة;
     * and so is a person's name before القابضة, "holding", which the name then takes in: أسهم [طلعت مصطفى القابضة].
     * This runs after the document's rules, which may have made it a person. In article mode a one-word name that is
     * the family name of a person named in full in the same article (رئيس شركة فورد beside بيل فورد) is that person
     * again when the names are resolved ({@link EntityCanonicalizer}). ليلي there is the adjective of a nightclub (نادي
     * ليلي), no name.
     */
    static void retypePersonsAfterCompanyWords(long[] words, int[] labels) {
        int person = Labels.begin(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != person) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            boolean holding = e < labels.length && labels[e] == Labels.O && HOLDING.contains(words[e]);
            boolean afterCompanyWord = s > 0 && labels[s - 1] == Labels.O && COMPANY_WORDS.contains(words[s - 1]);
            if (holding) {
                NameRules.labelName(labels, s, e + 1, NameType.ORG); // وطلعت مصطفى القابضة: the holding company
            } else if (afterCompanyWord && NotNames.isNightclubAdjective(words, s)) {
                Arrays.fill(labels, s, e, Labels.O);
            } else if (afterCompanyWord) {
                NameRules.retypeName(labels, s, NameType.ORG);
            }
        }
    }

    /** القابضة, "holding", after a company's name (طلعت مصطفى القابضة), with its ة folded. */
    private static final LongIntMap HOLDING = LongIntMap.ofWords(List.of("القابضة"));

    /** Words for a club's players, staff, fans and goal, and for its host or guest in a match. */
    private static final LongIntMap PLAYER_WORDS = LongIntMap.ofWords(List.of("لاعب", "لاعبي", "لاعبو", "مهاجم",
            "مدافع", "حارس", "نجم", "مدرب", "جماهير", "جمهور", "صفوف", "شباك", "مرمى", "قميص", "مضيفه", "ضيفه",
            "ولاعب", "ومهاجم", "ومدافع", "وحارس", "ونجم", "ومدرب", "لصفوف", "بقميص"));

    /** Nationalities after which the gazetteer lists a city's club (نابولي الإيطالي, فالنسيا الإسباني). */
    private static final List<String> CLUB_NATIONALITIES = List.of("الإيطالي", "الإسباني", "الإنجليزي",
            "الفرنسي", "الألماني", "البرتغالي", "الهولندي", "التركي");

    /**
     * A city whose club the gazetteer lists (نادي روما, نابولي الإيطالي) is the club after a word for its players, its
     * goal or its host in a match: نجم [روما], حارس [نابولي], مهاجم [فالنسيا], بتعادله مع مضيفه [فالنسيا]. Not after
     * قادما من, which the news writes of players (قادما من برشلونة) and of travellers alike (قادما من باريس). A country
     * there is its national team, a place by ANERcorp's conventions, and has no club listed. Not before الوطني or
     * الأولمبي.
     */
    static void retypeClubCities(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer) {
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] != Labels.begin(NameType.LOC) || !NameRules.isLoneName(labels, s)
                    || labels[s - 1] != Labels.O || !PLAYER_WORDS.contains(words[s - 1])
                    || s + 1 < labels.length && NATIONAL.contains(words[s + 1])) {
                continue;
            }
            if (hasListedClub(tokens.token(s), gazetteer)) {
                NameRules.retypeName(labels, s, NameType.ORG);
            }
        }
    }

    /** Words of {@link #PLAYER_WORDS} that stand as often before an army or a people (صفوف الجيش, صفوف الشعب). */
    private static final LongIntMap RANKS = LongIntMap.ofWords(List.of("صفوف", "لصفوف"));

    /**
     * Article mode: a club's name that is also a common word, which the model leaves untagged (الهلال, "the crescent";
     * الفتح; الحزم; العين), is the club right after a word for its players, fans or goal, or its host or guest in a
     * match: جماهير [الهلال], لاعبو [الاتحاد], أمام مضيفه [الفتح], ضيفه [الحزم], حارس [الترسانة]. Only a word that
     * the gazetteer lists as a club after نادي (نادي الهلال); not after صفوف (صفوف الجيش, صفوف الشعب), nor in a
     * quoted title ("حارس الحرية", an operation). ANT: 21 mentions, all the club as read.
     */
    static void tagClubsAfterPlayerWords(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer) {
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] != Labels.O || labels[s - 1] != Labels.O || !PLAYER_WORDS.contains(words[s - 1])
                    || RANKS.contains(words[s - 1]) || !NameRules.noNameContinuesAt(labels, s + 1)
                    || !NameRules.isWord(tokens, s) || s > 1 && NameRules.isMark(tokens, s - 2, "\"«“")) {
                continue;
            }
            if (isClub(gazetteer.lookup("نادي " + tokens.token(s)))) {
                labels[s] = Labels.begin(NameType.ORG);
            }
        }
    }

    private static boolean hasListedClub(String city, Gazetteer gazetteer) {
        List<String> forms = city.length() > 3 && "ولب".indexOf(city.charAt(0)) >= 0
                ? List.of(city, city.substring(1)) : List.of(city);
        for (String form : forms) {
            if (isClub(gazetteer.lookup("نادي " + form))) {
                return true;
            }
            for (String nationality : CLUB_NATIONALITIES) {
                if (isClub(gazetteer.lookup(form + " " + nationality))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isClub(Gazetteer.Name name) {
        return name != null && name.type() == NameType.ORG;
    }

    /**
     * A word that begins club names (ريال, أتلتيكو, إنتر, دينامو, سسكا, لوكوموتيف, بوروسيا, سبورتنغ, أولمبيك) followed
     * by a place's or an organization's name is one club with it: سسكا موسكو had been the place موسكو; a name that
     * begins with such a word is an organization (دينامو كييف had been a person). Not after an amount (60 مليون ريال
     * سعودي is the riyal), nor across و (ريال وبرشلونة: two clubs); with و before the word, a club of its own
     * (الجيش الملكي [وأولمبيك خريبكة]: out of fold 2 more names right on each of seeds 7-10), except ريال. In
     * ANERcorp's training sentences such a word before a name is inside one organization's name 17 times of 19 (the
     * two others: ريال / مدريد and سبورتينغ / لشبونة tagged apart).
     */
    static void growClubPrefixes(TokenSpans tokens, long[] words, int[] labels) {
        for (int s = 0; s + 1 < labels.length; s++) {
            if (!CLUB_PREFIXES.contains(words[s]) || (s > 0 && NotNames.isAmount(tokens, words, s - 1))) {
                continue; // 60 مليون ريال سعودي: the riyal
            }
            NameType next = Labels.isBegin(labels[s + 1]) && tokens.text()[tokens.starts()[s + 1]] != 'و'
                    ? Labels.type(labels[s + 1]) : null;
            boolean alone = labels[s] == Labels.O || (labels[s] == Labels.begin(NameType.ORG) && next != null);
            if (alone && (next == NameType.LOC || next == NameType.ORG)) {
                int e = NameRules.endOfName(labels, s + 1);
                NameRules.labelName(labels, s, e, NameType.ORG);
                s = e - 1;
            } else if (Labels.isBegin(labels[s]) && Labels.type(labels[s]) != NameType.ORG
                    && !NameRules.noNameContinuesAt(labels, s + 1)) {
                NameRules.retypeName(labels, s, NameType.ORG);
            }
        }
    }

    /**
     * A place's name in a line of results, after a dash, a colon or a closing bracket (or first in its sentence) and
     * followed by a country in brackets, is a club: - ليون ( فرنسا ), ( اسكتلندا ) - كوبنهاغن ( الدنمارك ). In
     * ANERcorp's training sentences a name between those marks is an organization 14 times of 14 (a place in brackets
     * after a name elsewhere is a place's country: في برشلونة ( إسبانيا )). Not a dateline, the place and its country
     * first in the sentence and a dash after them that no name follows: درنة (ليبيا) - (أ ف ب) -, as ANERcorp's one
     * such line tags it (ساو باولو ( البرازيل ) - أ ف ب).
     */
    static void retypeClubsInResults(TokenSpans tokens, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != place || (s > 0 && !NameRules.isMark(tokens, s - 1, "-–:)"))) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e + 2 < labels.length && NameRules.isMark(tokens, e, "(") && labels[e + 1] == place
                    && NameRules.isMark(tokens, e + 2, ")") && !Datelines.isPlaceAndCountry(tokens, labels, s, e)) {
                NameRules.labelName(labels, s, e, NameType.ORG);
            }
            s = e - 1;
        }
    }
}
