package io.khabar.entities;

import java.util.List;

/**
 * Corrections that read the gazetteer: a predicted name grows to the listed name it lies in (قره → قره باغ) and takes
 * its type, and listed names of two words or more and listed one-word organizations are tagged whole (article mode);
 * two names joined by و, or a person and a listed place joined by ب/ل, are split, and a contextual spelling (سورية) is
 * a place only where the context says so (both modes).
 */
final class ListedNames {

    /** Words for towns in the plural, before a list of them (مدن فضولي وجبرائيل). */
    private static final LongIntMap TOWN_PLURALS = LongIntMap.ofWords(List.of("مدن", "ومدن", "بمدن", "لمدن", "بلدات",
            "وبلدات", "ببلدات", "قرى", "وقرى", "بقرى"));

    /** Prepositions and particles after which a contextual place spelling is the place (في سورية, أن سورية). */
    static final LongIntMap PREPOSITIONS = LongIntMap.ofWords(List.of("في", "من", "إلى", "الى", "عن", "على",
            "علي", "مع", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "حول",
            "نحو", "ضد", "بين", "وبين", "تجاه", "أن", "ان", "إن", "وفي", "ومن", "وإلى", "وعلى"));

    private ListedNames() {
    }

    /**
     * A predicted name with an inner word و + the start of a gazetteer name (يوفنتوس وبرشلونة, طالبان والقاعدة) is two
     * names, unless that word is inside a gazetteer name begun before it (البوسنة والهرسك, ترينيداد وتوباغو); so is a
     * person's name with an inner word و + a given name (وطارق السعيد وحسن مصطفى, هادي وكريم), unless the word is a given
     * name itself (وليد, وسام), or و + a listed person's family name given alone (بوتين وزيلينسكي).
     */
    static void splitJoinedNames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer) {
        char[] c = tokens.text();
        int[] gz = x.gazetteer();
        for (int k = 1; k < labels.length; k++) {
            int start = tokens.starts()[k];
            if (!Labels.isInside(labels[k]) || c[start] != 'و' || tokens.ends()[k] - start < 4) {
                continue;
            }
            boolean listedNameStarts = (gz[k] & Gazetteer.STRIPPED_BIT) != 0 && (gz[k] & Gazetteer.BEGIN_BITS) != 0
                    && (gz[k] & Gazetteer.INSIDE_BITS) == 0;
            boolean givenNameStarts = Labels.type(labels[k]) == NameType.PERS
                    && x.triggers()[k] == Gazetteer.FIRST_NAME && gazetteer.trigger(x.words()[k]) != Gazetteer.FIRST_NAME;
            if (listedNameStarts || givenNameStarts || isListedSurnameAfterWa(x, labels, k, gazetteer)) {
                labels[k] = Labels.begin(Labels.type(labels[k]));
            }
        }
    }

    /**
     * Whether the person's name word at {@code k} is و and a family name that the gazetteer gives alone for a listed
     * person (=زيلينسكي): لقاء بين [بوتين] [وزيلينسكي].
     */
    private static boolean isListedSurnameAfterWa(FeatureExtractor.Extracted x, int[] labels, int k,
                                                  Gazetteer gazetteer) {
        if (Labels.type(labels[k]) != NameType.PERS || x.stripped()[k] == x.words()[k]) {
            return false;
        }
        Gazetteer.Contextual surname = gazetteer.contextual(x.stripped()[k]);
        return surname != null && surname.name().type() == NameType.PERS;
    }

    /**
     * Article mode: a person's name that ends with a listed person's full name and starts one word before it, a
     * definite word that is neither a title nor part of a listed name, is the listed name: المبعوث الأمريكي [للمناخ]
     * جون كيري, where the model took the word before the name in. Not an indefinite word, which may be a given name
     * that the list writes otherwise (باجي قايد السبسي).
     */
    static void trimToListedPersons(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int listedBegin = Gazetteer.beginBit(NameType.PERS);
        int listedAny = listedBegin | Gazetteer.insideBit(NameType.PERS);
        int[] gz = x.gazetteer();
        for (int s = 0; s + 2 < labels.length; s++) {
            if (labels[s] != begin || (gz[s] & listedAny) != 0 || x.triggers()[s] != 0
                    || !NameRules.startsDefinite(tokens, s) || (gz[s + 1] & listedBegin) == 0) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e - s >= 3 && Gazetteer.nameEnd(gz, s + 1, NameType.PERS) == e) {
                labels[s] = Labels.O;
                labels[s + 1] = begin;
            }
            s = e - 1;
        }
    }

    /**
     * Article mode: a person's name that is a listed person's full name and one more word with a proclitic (ب ل ك و ف)
     * ends before that word: الملك [سلمان بن عبدالعزيز] بالزي العسكري, where the model ran the name on into what
     * follows. The word less the proclitic is no name when the news knows it as a word mostly outside names (الزي,
     * إيداع), else the word is a name of its own (وصف [دونالد ترامب] [برانسون]: رانسون is no word). Not before a word
     * that joins names (بن, ولد), nor when the listed name goes on.
     */
    static void trimAfterListedPersons(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                       WordClusters clusters) {
        int begin = Labels.begin(NameType.PERS);
        int[] gz = x.gazetteer();
        for (int s = 0; s + 2 < labels.length; s++) {
            if (labels[s] != begin || (gz[s] & Gazetteer.beginBit(NameType.PERS)) == 0) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            int listedEnd = Gazetteer.nameEnd(gz, s, NameType.PERS);
            if (listedEnd - s >= 2 && e == listedEnd + 1 && x.stripped()[listedEnd] != x.words()[listedEnd]
                    && "بلكوف".indexOf(tokens.text()[tokens.starts()[listedEnd]]) >= 0
                    && SurnameRepeats.JOINERS.get(x.words()[listedEnd], 0) == 0) {
                labels[listedEnd] = clusters.prior(x.stripped()[listedEnd]) == NewsPriors.MOSTLY_OUTSIDE ? Labels.O
                        : begin;
            }
            s = e - 1;
        }
    }

    /**
     * Article mode: a person's name that begins with a listed person's family name and goes on with two words or more
     * is two persons, the subject and the object of a verb: وعين [ستارمر] [راشيل ريفز] وزيرة للمالية. The family name
     * is listed alone for its person (=ستارمر) and is no given name, and no listed name goes on over the next word.
     * The ANT articles have no such name; an article written for the project had one.
     */
    static void splitAfterListedSurnames(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels,
                                         Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        for (int s = 0; s + 2 < labels.length; s++) {
            if (labels[s] != begin) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            Gazetteer.Contextual surname = gazetteer.contextual(x.words()[s]);
            if (e - s >= 3 && surname != null && surname.name().type() == NameType.PERS
                    && x.triggers()[s] != Gazetteer.FIRST_NAME && (x.gazetteer()[s + 1] & Gazetteer.INSIDE_BITS) == 0) {
                labels[s + 1] = begin;
            }
            s = e - 1;
        }
    }

    /**
     * A person's name whose inner word is ب or ل + a listed place or organization that ends the name is the person and
     * that place or organization: نيمار لباريس (Neymar to Paris), عباس لواشنطن, رابيو لبرشلونة, سليماني لليستر سيتي.
     * Not for a listed name of under five letters after the proclitic (سيرغي برين is not ب + رين, برينو not ب + رينو).
     */
    static void splitListedNamesFromPersons(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels) {
        char[] c = tokens.text();
        int[] gz = x.gazetteer();
        int inside = Labels.inside(NameType.PERS);
        for (int k = 1; k < labels.length; k++) {
            int start = tokens.starts()[k];
            if (labels[k] != inside || (c[start] != 'ب' && c[start] != 'ل') || tokens.ends()[k] - start < 6
                    || (gz[k] & Gazetteer.STRIPPED_BIT) == 0 || (gz[k] & Gazetteer.INSIDE_BITS) != 0) {
                continue;
            }
            int end = k + 1;
            while (end < labels.length && labels[end] == inside) {
                end++;
            }
            for (NameType t : List.of(NameType.LOC, NameType.ORG)) {
                if (Gazetteer.isListedName(gz, k, end, t)) {
                    NameRules.labelName(labels, k, end, t);
                    break;
                }
            }
        }
    }

    /**
     * A predicted name made of two listed names back to back, the first of the name's own type, is those two names:
     * مصر السيسي (the place and the person), إيران للحوثي, الأمم المتحدة بجنيف; so is a listed person's name followed
     * by another listed person's family name alone (هنأ فلاديمير بوتين باشينيان). Only when no longer listed name covers the
     * pair, the second one's listing has a single type, which it takes, and the second is not one definite adjective
     * (اللجنة الرباعية العربية, جدة السعودية, جامعة لوفان الكاثوليكية: the adjective of the first).
     */
    static void splitAdjacentListedNames(TokenSpans tokens, int[] gz, int[] labels, Gazetteer gazetteer) {
        for (int s = 0; s < labels.length; s++) {
            if (!Labels.isBegin(labels[s])) {
                continue;
            }
            NameType type = Labels.type(labels[s]);
            int e = NameRules.endOfName(labels, s);
            int m = (gz[s] & Gazetteer.beginBit(type)) != 0 ? Gazetteer.nameEnd(gz, s, type) : e;
            int second = m < e ? gz[m] & Gazetteer.BEGIN_BITS : 0;
            if (type == NameType.PERS && e - m == 1 && second == 0 && isListedFamilyName(tokens.token(m), gazetteer)) {
                labels[m] = Labels.begin(NameType.PERS);
                s = e - 1;
                continue;
            }
            boolean adjective = e - m == 1 && NameRules.isDefinite(tokens, m) && NisbaAdjectives.isNisba(tokens, m);
            if (Integer.bitCount(second) == 1 && (gz[m] & Gazetteer.INSIDE_BITS) == 0 && !adjective) {
                NameType secondType = Gazetteer.typeOfBeginBit(second);
                if (Gazetteer.nameEnd(gz, m, secondType) == e) {
                    NameRules.labelName(labels, m, e, secondType);
                }
            }
            s = e - 1;
        }
    }

    /** Whether a word is the family name alone of a listed person (=بوتين in the gazetteer: named, never marked). */
    private static boolean isListedFamilyName(String word, Gazetteer gazetteer) {
        Gazetteer.Name known = gazetteer.lookup(word);
        return known != null && known.type() == NameType.PERS && known.canonical().indexOf(' ') > 0
                && !known.canonical().equals(word);
    }

    /**
     * A predicted name that lies inside a listed name grows to it: when the predicted parts have the listed type
     * (or the model starts a name of that type at its first word), when the predicted name is exactly the listed one,
     * or when a one-word name is the listed name's first word and the rest is untagged (إس of إس-300, tagged as an
     * organization, is the missile system). The last two take the listed type, when the listing has only one.
     */
    static void growToGazetteerNames(int[] gz, int[] labels) {
        int n = labels.length;
        for (int s = 0; s < n; s++) {
            for (NameType t : NameType.values()) {
                if ((gz[s] & Gazetteer.beginBit(t)) == 0) {
                    continue;
                }
                int e = Gazetteer.nameEnd(gz, s, t);
                boolean onlyType = Integer.bitCount(gz[s] & Gazetteer.BEGIN_BITS) == 1;
                if ((e - s > 1 && coversPartOfNameOnlyInside(labels, s, e, t))
                        || (onlyType && (NameRules.isOneName(labels, s, e) || isFirstWordAlone(labels, s, e)))) {
                    NameRules.labelName(labels, s, e, t);
                }
            }
        }
    }

    /**
     * CoNLL mode: an organization's name that the model ends inside a listed organization's name that begins where it
     * does, with the rest untagged, grows to the listed name: [المنظمة العالمية للملكية] الفكرية, [البنك الآسيوي]
     * للتنمية, [حلف] شمال الأطلسي, [كايزر] تشيفس. Not over a country's adjective alone, which ANERcorp leaves out of
     * a club's name (فالنسيا الإسباني, listed so for article mode). The narrow form of {@link #growToGazetteerNames},
     * which out of fold costs CoNLL mode 1.7 points; this one gains on every training seed.
     */
    static void growToListedOrganizations(TokenSpans tokens, int[] gz, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.ORG);
        for (int s = 0; s < labels.length; s++) {
            if ((gz[s] & Gazetteer.beginBit(NameType.ORG)) == 0 || labels[s] != begin) {
                continue;
            }
            int e = Gazetteer.nameEnd(gz, s, NameType.ORG);
            int predictedEnd = NameRules.endOfName(labels, s);
            if (predictedEnd >= e || e - predictedEnd == 1 && gazetteer.isNationality(tokens.token(predictedEnd))) {
                continue;
            }
            if (NameRules.isUntagged(labels, predictedEnd, e) && NameRules.noNameContinuesAt(labels, e)) {
                NameRules.labelName(labels, s, e, NameType.ORG);
                s = e - 1;
            }
        }
    }

    /**
     * Article mode: an organization's name that the model ends inside a listed organization's name begun within it
     * takes in the rest of the listed name: [لمنظمة الخوذ] البيضاء → [لمنظمة الخوذ البيضاء], the model having read
     * the head word and the first word of the listed name (الخوذ البيضاء) but not the adjective after them; [نادي
     * موناكو] الفرنسي → [نادي موناكو الفرنسي], a club listed with its country's adjective. The rest must be untagged.
     * ANT: 21 names grown, all right as read.
     */
    static void growIntoListedOrganizations(int[] gz, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != Labels.begin(NameType.ORG)) {
                continue;
            }
            int end = NameRules.endOfName(labels, s);
            for (int j = s + 1; j < end; j++) {
                if ((gz[j] & Gazetteer.beginBit(NameType.ORG)) == 0) {
                    continue;
                }
                int e = Gazetteer.nameEnd(gz, j, NameType.ORG);
                if (e > end && NameRules.isUntagged(labels, end, e) && NameRules.noNameContinuesAt(labels, e)) {
                    NameRules.labelName(labels, s, e, NameType.ORG);
                    end = e;
                    break;
                }
            }
            s = end - 1;
        }
    }

    /**
     * CoNLL mode: a listed name of one type with و inside (البوسنة والهرسك, ترينيداد وتوباغو) that the model begins
     * with its type and cuts short or splits at the و (البوسنة [والهرسك], البوسنة [والهرسك] as an organization) is
     * one name: no predicted name crosses its end. Out of fold +2 to +3 names on each of seeds 7-10; the one loss is
     * صربيا والجبل الأسود, listed for the state of 1992-2006, which ANERcorp tags as two places.
     */
    static void joinListedNamesWithWa(TokenSpans tokens, int[] gz, int[] labels) {
        for (int s = 0; s < labels.length; s++) {
            int begins = gz[s] & Gazetteer.BEGIN_BITS;
            if (Integer.bitCount(begins) != 1) {
                continue;
            }
            NameType type = Gazetteer.typeOfBeginBit(begins);
            int e = Gazetteer.nameEnd(gz, s, type);
            if (e - s < 2 || labels[s] != Labels.begin(type) || NameRules.isOneName(labels, s, e)
                    || !NameRules.noNameContinuesAt(labels, e) || !hasConjunctionInside(tokens, s, e)) {
                continue;
            }
            NameRules.labelName(labels, s, e, type);
            s = e - 1;
        }
    }

    /**
     * CoNLL mode: a listed person's name of two words or more is tagged whole where the model left it untagged, began
     * it and cut it short, or tagged it as two persons side by side: [سعيد] صيام → [سعيد صيام], [زين الدين] [زيدان] →
     * [زين الدين زيدان] (the family name's other mentions, tagged alone, made the second pass begin a name at it),
     * فيما سارع الدكتور [علي جمعة]. Only where the listing is a person's alone, no name of another type lies inside,
     * no predicted name crosses its end, and it does not begin with a title (الملك عبد الله الثاني, listed whole,
     * which ANERcorp tags without الملك). Out of fold on seed 7, all 8 names changed were right.
     */
    static void tagListedPersonsWhole(int[] gz, int[] triggers, int[] labels) {
        int begin = Labels.begin(NameType.PERS);
        int title = Gazetteer.triggerCode(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            if ((gz[s] & Gazetteer.BEGIN_BITS) != Gazetteer.beginBit(NameType.PERS) || triggers[s] == title) {
                continue;
            }
            int e = Gazetteer.nameEnd(gz, s, NameType.PERS);
            boolean untagged = NameRules.isUntagged(labels, s, e);
            if (e - s < 2 || !(untagged || labels[s] == begin && personsOrNothing(labels, s, e))
                    || NameRules.isOneName(labels, s, e) || !NameRules.noNameContinuesAt(labels, e)) {
                continue;
            }
            NameRules.labelName(labels, s, e, NameType.PERS);
            s = e - 1;
        }
    }

    /** Whether every token of [s, e) is untagged or in a person's name. */
    private static boolean personsOrNothing(int[] labels, int s, int e) {
        for (int k = s; k < e; k++) {
            if (labels[k] != Labels.O && Labels.type(labels[k]) != NameType.PERS) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasConjunctionInside(TokenSpans tokens, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (tokens.token(k).charAt(0) == 'و') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a one-word name stands at {@code s} and the rest of [s, e) is untagged or holds names wholly inside it
     * (أوروبا in دوري أبطال أوروبا, after ودوري tagged as a person), with no name running on past {@code e}.
     */
    private static boolean isFirstWordAlone(int[] labels, int s, int e) {
        return e - s >= 2 && NameRules.isLoneName(labels, s) && NameRules.noNameContinuesAt(labels, e);
    }

    /**
     * A listed name of two words or more, of one type and not MISC, is tagged as a whole when no predicted name
     * crosses its edges: المرصد السوري لحقوق الإنسان, صندوق النقد الدولي, وكالة الأنباء السورية (long names of the news
     * that ANERcorp's text rarely has, which the model misses), and موانئ دبي العالمية over the place the model found
     * inside it. MISC names are left to the model: ANERcorp leaves most cups, leagues and feasts untagged.
     */
    static void tagListedNamesWhole(int[] gz, int[] labels) {
        int n = labels.length;
        for (int s = 0; s < n; s++) {
            int begins = gz[s] & Gazetteer.BEGIN_BITS;
            if (Integer.bitCount(begins) != 1) {
                continue;
            }
            NameType t = Gazetteer.typeOfBeginBit(begins);
            if (t == NameType.MISC) {
                continue;
            }
            int e = Gazetteer.nameEnd(gz, s, t);
            // no predicted name may cross the listed name's edges; names wholly inside it give way (دبي in موانئ دبي
            // العالمية, سوريا in قوات سوريا الديمقراطية)
            boolean fits = e - s >= 2 && !Labels.isInside(labels[s]) && NameRules.noNameContinuesAt(labels, e);
            if (fits) {
                NameRules.labelName(labels, s, e, t);
                s = e - 1;
            }
        }
    }

    /**
     * A listed one-word organization name that the model left untagged is tagged, unless the training
     * sentences use the word as a common word ({@link CommonWords}) or it is shorter than
     * {@link CommonWords#MIN_LENGTH}: الحوثيين, which the model never tags alone (no training sentence has it, and
     * the news priors learned from the model's own labels say it is no name), تويتر, الكنيست. Only words listed
     * exactly as written, or after و / ف when the listed word is definite (والحوثيون): a clitic taken off the front
     * of another word often leaves another word (وفيات is deaths, not فيات; بدر is not ب + در), but و or ف before ال
     * is the conjunction; and after و when an organization's name ends right before it (فيسبوك وتويتر, سامسونغ وأبل
     * وهواوي: ANT 37 names, all right as read). A listed acronym in Latin capitals is tagged whatever its length and
     * clitics (CNN, لـCNN).
     */
    static void tagListedWords(TokenSpans tokens, int[] gz, long[] words, long[] stripped, int[] labels,
                               CommonWords common) {
        for (int s = 0; s < labels.length; s++) {
            boolean free = labels[s] == Labels.O && NameRules.noNameContinuesAt(labels, s + 1);
            if (free && isLatinAcronym(tokens, s) && CommonWords.isLoneListedOrganization(gz, s)
                    && !common.contains(stripped[s])) {
                labels[s] = Labels.begin(NameType.ORG); // CNN, لـCNN: no Arabic word is written so
                continue;
            }
            if (!free || tokens.ends()[s] - tokens.starts()[s] < CommonWords.MIN_LENGTH) {
                continue;
            }
            boolean listed = CommonWords.listedWord(gz, s) && !common.contains(words[s]);
            boolean afterConjunction = isConjunctionBeforeDefinite(tokens, s) && CommonWords.listedAfterClitic(gz, s)
                    && !common.contains(stripped[s]);
            // و joining it to an organization just named: فيسبوك وتويتر, سامسونغ وأبل وهواوي
            boolean joinedToOrganization = s > 0 && tokens.token(s).charAt(0) == 'و' && labels[s - 1] != Labels.O
                    && Labels.type(labels[s - 1]) == NameType.ORG && CommonWords.listedAfterClitic(gz, s)
                    && !common.contains(stripped[s]);
            if (listed || afterConjunction || joinedToOrganization) {
                labels[s] = Labels.begin(NameType.ORG);
            }
        }
    }

    /**
     * A word in Latin capitals (CNN, BBC), after at most two Arabic proclitics and a tatweel (لـCNN, وبـBBC): the
     * acronym of a name, which the listed organizations may hold however short it is.
     */
    private static boolean isLatinAcronym(TokenSpans t, int i) {
        char[] c = t.text();
        int s = t.starts()[i];
        int e = t.ends()[i];
        int arabic = 0;
        while (s < e && "وفبلك".indexOf(c[s]) >= 0 && arabic < 2) {
            s++;
            arabic++;
        }
        if (s < e && c[s] == '\u0640') {
            s++;
        }
        if (e - s < 2) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (c[k] < 'A' || c[k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** و or ف, then ال: والحوثيون, فالكرملين. */
    private static boolean isConjunctionBeforeDefinite(TokenSpans t, int i) {
        char[] c = t.text();
        int s = t.starts()[i];
        return t.ends()[i] - s >= 6 && (c[s] == 'و' || c[s] == 'ف') && c[s + 1] == 'ا' && c[s + 2] == 'ل';
    }

    /**
     * A listed MISC name of two words or more whose first word the model left untagged, around a name the model found
     * inside it (دوري أبطال أوروبا, كأس آسيا, بطولة أمريكا المفتوحة, with the place tagged), is the competition or
     * the event, MISC as a whole; not when a predicted name crosses its edges or the listing is ambiguous.
     */
    static void growToListedEvents(int[] gz, int[] labels) {
        int misc = Gazetteer.beginBit(NameType.MISC);
        for (int s = 0; s < labels.length; s++) {
            if ((gz[s] & Gazetteer.BEGIN_BITS) != misc || labels[s] != Labels.O) {
                continue;
            }
            int e = Gazetteer.nameEnd(gz, s, NameType.MISC);
            boolean inside = !NameRules.isUntagged(labels, s + 1, e);
            if (e - s > 1 && inside && NameRules.noNameContinuesAt(labels, e)) {
                NameRules.labelName(labels, s, e, NameType.MISC);
                s = e - 1;
            }
        }
    }

    /**
     * Article mode: a listed MISC name of two words or more that the model read as a person's name, in part or whole,
     * is the MISC name: [جائحة كوفيد]-19 → [جائحة كوفيد-19], [فيروس كوفيد]-19 → [فيروس كوفيد-19] (a disease with a
     * foreign-looking name after a word the model takes for a title). Only where the listing is MISC alone, every
     * name inside it is a person's, and none crosses its edges.
     */
    static void retypePersonsInListedEvents(int[] gz, int[] labels) {
        int misc = Gazetteer.beginBit(NameType.MISC);
        for (int s = 0; s < labels.length; s++) {
            if ((gz[s] & Gazetteer.BEGIN_BITS) != misc || Labels.isInside(labels[s])) {
                continue;
            }
            int e = Gazetteer.nameEnd(gz, s, NameType.MISC);
            if (e - s > 1 && onlyPersonsInside(labels, s, e) && NameRules.noNameContinuesAt(labels, e)) {
                NameRules.labelName(labels, s, e, NameType.MISC);
                s = e - 1;
            }
        }
    }

    /** Whether [s, e) holds some name and every name there is a person's. */
    private static boolean onlyPersonsInside(int[] labels, int s, int e) {
        boolean any = false;
        for (int k = s; k < e; k++) {
            if (labels[k] != Labels.O) {
                if (Labels.type(labels[k]) != NameType.PERS) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * True when some token of [s, e) is in a name of type t and no name crosses the span's edges. Names of other
     * types inside the span count against it, unless the model starts a name of type t at the span's first token
     * (لمنظمة الأمن والتعاون في أوروبا, with أوروبا tagged as a place, is one organization).
     */
    private static boolean coversPartOfNameOnlyInside(int[] labels, int s, int e, NameType t) {
        boolean any = false;
        boolean startsAsType = labels[s] == Labels.begin(t);
        for (int k = s; k < e; k++) {
            if (labels[k] != Labels.O) {
                if (Labels.type(labels[k]) != t && !startsAsType) {
                    return false;
                }
                any = true;
            }
        }
        boolean startsInside = labels[s] == Labels.O || Labels.isBegin(labels[s]);
        boolean endsInside = NameRules.noNameContinuesAt(labels, e);
        return any && startsInside && endsInside;
    }

    /**
     * Listed one-word places that are also common words after a preposition: في مشهد ("in a scene"), في الحمامات
     * ("in the bathrooms"), في البندقية ("in the rifle"), من المهرة ("of the skilled").
     */
    private static final LongIntMap HOMOGRAPH_PLACES = LongIntMap.ofWords(List.of("مشهد", "الحمامات", "البندقية",
            "المهرة"));

    /**
     * Nouns whose complement is a place, with their clitics: سوق ضحيان, جبهة الملاحيظ (a war's front), مجزرة ضحيان,
     * and events named by their place: قضية سالزبري, اعتداء سالزبري, حادثة الفحيص, أحداث شارلوتسفيل. Not تحقيق, which
     * takes an adjective as often (تحقيق مالي, a financial inquiry).
     */
    private static final LongIntMap PLACE_HEADS = LongIntMap.ofWords(List.of("سوق", "بسوق", "لسوق", "وسوق",
            "جبهة", "بجبهة", "لجبهة", "وجبهة", "جبهات", "بجبهات", "وجبهات", "مجزرة", "بمجزرة", "لمجزرة",
            "أحداث", "بأحداث", "لأحداث", "وأحداث", "قضية", "بقضية", "لقضية", "وقضية", "هجوم", "بهجوم", "لهجوم",
            "وهجوم", "هجمات", "تفجير", "تفجيرات", "اعتداء", "اعتداءات", "حادثة", "حادث", "مذبحة", "زلزال", "بزلزال",
            "فيضانات", "تسميم", "بتسميم"));

    /** "Own", after a noun with a possessive: من مالي الخاص, "from my own money", not from Mali. */
    private static final LongIntMap OWN = LongIntMap.ofWords(List.of("الخاص", "الخاصة"));

    /**
     * A listed one-word place that the model left untagged right after a preposition is the place: في تنزانيا, في
     * سالزبري, في نيوم, في التحيتا, على صرواح; so is one after a noun whose complement is a place ({@link
     * #PLACE_HEADS}: سوق ضحيان, جبهة الملاحيظ). The model misses such names where the news it learned its priors from
     * rarely tagged them, whatever the context. Only a word listed as written (no clitic taken off), as a place alone
     * (no other type, no longer name through it), not a listed common word ({@link #HOMOGRAPH_PLACES}), not before a
     * country's adjective (من ليون الفرنسي, the club), رأس (في مسقط رأسه, "in his birthplace") or الخاص (من مالي
     * الخاص, "from my own money"), nor النيل of النيل من, "harming". Article mode: over the 5,000 ANT articles 42
     * places found, 41 right as read.
     */
    static void tagListedPlacesAfterPrepositions(TokenSpans tokens, long[] words, int[] gz, int[] labels,
                                                 Gazetteer gazetteer) {
        int place = Gazetteer.beginBit(NameType.LOC);
        for (int i = 1; i < labels.length; i++) {
            boolean lonePlace = (gz[i] & (Gazetteer.BEGIN_BITS | Gazetteer.INSIDE_BITS | Gazetteer.STRIPPED_BIT))
                    == place && (i + 1 == labels.length || (gz[i + 1] & Gazetteer.INSIDE_BITS) == 0);
            if (!lonePlace || labels[i] != Labels.O || labels[i - 1] != Labels.O
                    || !NameRules.noNameContinuesAt(labels, i + 1)
                    || !(PREPOSITIONS.contains(words[i - 1]) || PLACE_HEADS.contains(words[i - 1]))
                    || HOMOGRAPH_PLACES.contains(words[i]) || NotNames.isNaylMin(words, i)) {
                continue;
            }
            boolean beforeAdjective = i + 1 < labels.length && (gazetteer.isNationality(tokens.token(i + 1))
                    || HEAD_COMPLEMENTS.contains(words[i + 1]) || OWN.contains(words[i + 1]));
            if (!beforeAdjective) {
                labels[i] = Labels.begin(NameType.LOC);
            }
        }
    }

    /** العاصمة with its clitics. */
    private static final LongIntMap CAPITAL = LongIntMap.ofWords(List.of("العاصمة", "بالعاصمة", "للعاصمة",
            "والعاصمة", "فالعاصمة"));

    /** Words after which a contextual spelling is the noun it is spelled like: مسقط رأسه, his birthplace. */
    private static final LongIntMap HEAD_COMPLEMENTS = LongIntMap.ofWords(List.of("رأس", "رأسه", "رأسها", "رأسي",
            "رأسهم", "رأسك"));

    /** Whether token {@code i} follows العاصمة, or العاصمة and a country's adjective (العاصمة العمانية مسقط). */
    private static boolean afterCapitalWord(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer,
                                            int i) {
        if (i > 0 && labels[i - 1] == Labels.O && CAPITAL.contains(words[i - 1])) {
            return true;
        }
        return i > 1 && labels[i - 1] == Labels.O && labels[i - 2] == Labels.O && CAPITAL.contains(words[i - 2])
                && NisbaAdjectives.isCountryAdjectiveFeminine(tokens, i - 1, gazetteer);
    }

    /**
     * A place whose name is also a common adjective, listed as a contextual spelling (سورية, the country and
     * "Syrian"), is the place where the context says so: with ب or ل (بسورية, لسورية), after a preposition or أن (في
     * سورية, من سورية, أن سورية), after a word for a town (مدينة العقبة, مدن فضولي وجبرائيل), or joined by و to a
     * place just named (لبنان وسورية). ANERcorp's training sentences
     * tag 7 of 8 such سورية as places; in the ANT news the bare word is as often the adjective (طائرات سورية), which
     * the model tags as a place too: elsewhere the word is no name. Where the model took the word alone for an
     * organization, the same context makes it the place (في سول, من سول إلى بكين: Seoul, =سول), and elsewhere it stays
     * the organization (أعلنت سول). A spelling that the file also lists plainly (مسقط|=مسقط, a place whose name the
     * model mostly reads as a noun) keeps the model's place outside those contexts; after العاصمة it is the place, and
     * before رأس, "head", it is the noun (في مسقط رأسه, "in his birthplace").
     */
    static void tagContextualPlaces(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer) {
        for (int i = 0; i < labels.length; i++) {
            boolean lonePlace = labels[i] == Labels.begin(NameType.LOC) && NameRules.isLoneName(labels, i);
            boolean loneOrganization = labels[i] == Labels.begin(NameType.ORG) && NameRules.isLoneName(labels, i);
            Gazetteer.Contextual spelling = labels[i] == Labels.O || lonePlace || loneOrganization
                    ? gazetteer.contextual(words[i]) : null;
            if (spelling == null || spelling.name().type() != NameType.LOC) {
                continue;
            }
            boolean afterPreposition = i > 0 && labels[i - 1] == Labels.O && PREPOSITIONS.contains(words[i - 1]);
            boolean afterPlace = spelling.conjunction() && i > 0 && labels[i - 1] != Labels.O
                    && Labels.type(labels[i - 1]) == NameType.LOC;
            boolean afterTownWord = i > 0 && labels[i - 1] == Labels.O
                    && (TownNames.CITY_WORDS.contains(words[i - 1]) || TOWN_PLURALS.contains(words[i - 1]));
            // a noun's complement is no place, whatever comes before it (في مسقط رأسه, "in his birthplace")
            boolean complement = i + 1 < labels.length && HEAD_COMPLEMENTS.contains(words[i + 1]);
            // the place where the context says so; else the adjective, whatever the model said (عائلة سورية), or the
            // organization the model took it for, a government named by its capital (أعلنت سول)
            boolean place = !complement && (spelling.preposition() || afterPreposition || afterPlace || afterTownWord
                    || afterCapitalWord(tokens, words, labels, gazetteer, i));
            if (place) {
                labels[i] = Labels.begin(NameType.LOC);
            } else if (!loneOrganization && !spelling.alsoPlain()) {
                labels[i] = Labels.O;
            }
        }
    }
}
