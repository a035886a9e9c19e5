package io.khabar.entities;

import java.util.List;
import java.util.stream.Stream;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Corrections for adjectives that the model takes for names: a place written as a nisba adjective after a definite
 * noun (القنصلية السعودية), مالي the adjective "financial", a nationality before a person's name or after a title;
 * and the names such adjectives make (وزارة الدفاع الأرمينية, البنك التجاري).
 */
final class NisbaAdjectives {

    private static final LongIntMap INSTITUTION_HEADS = LongIntMap.ofWords(List.of("وزارة", "مجلس"));

    /** A bank, before the adjective that names it (البنك التجاري), with its clitics. */
    private static final LongIntMap BANK_HEADS = LongIntMap.ofWords(List.of("بنك", "البنك", "للبنك", "والبنك",
            "بالبنك", "وبنك", "لبنك", "ببنك", "وللبنك", "وبالبنك", "فالبنك"));

    /**
     * Portfolio words that name a ministry with a country's adjective and no وزارة before them (أعلنت الخارجية
     * الأمريكية, المتحدث باسم الداخلية السعودية), with their clitics. Not الدفاع: ميزانية الدفاع الأمريكية, منظومة
     * الدفاع الروسية, قوات الدفاع الأسترالية are most of its uses in the news.
     */
    private static final LongIntMap BARE_MINISTRIES = LongIntMap.ofWords(List.of("الخارجية", "الداخلية",
            "والخارجية", "والداخلية", "للخارجية", "للداخلية", "بالخارجية", "بالداخلية", "وللخارجية", "وبالخارجية"));

    /** Words of the form ال…ي that are no adjectives of a name: relative pronouns, ordinals. */
    private static final LongIntMap NOT_ADJECTIVES = LongIntMap.ofWords(List.of("الذي", "التي", "الثاني",
            "الحالي", "الماضي"));

    /** Listed places that are also an indefinite adjective: مالي (Mali) is also "financial". */
    private static final LongIntMap ADJECTIVE_PLACES = LongIntMap.ofWords(List.of("مالي", "ومالي"));

    private NisbaAdjectives() {
    }

    /**
     * Whether a normalized word (ة as ه) has the form of a definite nisba adjective, ال…ي or ال…ية: an adjective of
     * nationality or origin (التركي, الفنزويلية), or a family name of that form.
     */
    static boolean isDefiniteNisbaForm(String word) {
        return word.length() >= 5 && word.startsWith("ال") && (word.endsWith("ي") || word.endsWith("يه"));
    }

    /**
     * A person's name that the model starts with a definite nisba adjective (الأرميني, والروسي) starts after it: the
     * adjective belongs to the title before the name (رئيس الوزراء الأرميني نيكول باشينيان, نظيريه ... والأرميني زغراب
     * مناتساكانيان), and so does one that starts with a country's feminine adjective (الرئيسة الجورجية سالومي
     * زورابيشفيلي); not a listed name that begins with such a word (الباجي قايد السبسي). A one-word "name" that is such
     * an adjective is no name when a person's title comes just before it or one word earlier (برئيس الوزراء الأرميني،);
     * alone elsewhere it may be a family name (البرادعي) and is kept. In ANERcorp's training sentences such an
     * adjective comes right before a person's name 256 times, and begins one never.
     */
    static void trimLeadingNationality(TokenSpans tokens, long[] stripped, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int s = 0; s < labels.length; s++) {
            boolean feminine = !isDefiniteNisba(tokens, s);
            if (labels[s] != begin || (feminine && !isCountryAdjectiveFeminine(tokens, s, gazetteer))) {
                continue;
            }
            if (s + 1 < labels.length && labels[s + 1] == inside) {
                if (isListed(tokens, s, NameRules.endOfName(labels, s), gazetteer)) {
                    continue; // a listed name that begins so: الباجي قايد السبسي
                }
                labels[s] = Labels.O;
                labels[s + 1] = begin;
            } else if (!feminine && ((s >= 1 && gazetteer.trigger(stripped[s - 1]) == personTitle)
                            || (s >= 2 && gazetteer.trigger(stripped[s - 2]) == personTitle))
                    && gazetteer.isNationality(tokens.token(s))) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * Article mode: a place's name of two words or more that ends in a country's adjective ends before it (إقليم
     * سيونيك الأرميني, جدة السعودية): the adjective says where the place is. Not after a definite word, with which
     * it makes the name (المملكة المغربية, شبه الجزيرة الكورية, الاتحاد الروسي), nor in a listed name (جمهورية مصر
     * العربية).
     */
    static void trimTrailingNationality(TokenSpans tokens, int[] labels, Gazetteer gazetteer) {
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != Labels.begin(NameType.LOC)) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            if (e - s >= 2 && isCountryAdjective(tokens, e - 1, gazetteer) && !NameRules.startsDefinite(tokens, e - 2)
                    && !isListed(tokens, s, e, gazetteer)) {
                labels[e - 1] = Labels.O;
            }
            s = e - 1;
        }
    }

    /** Proclitics that a listed name may carry in the text (والمملكة العربية السعودية). */
    private static final List<String> PROCLITICS = List.of("", "و", "ب", "ل", "وب", "ول", "ف");

    /** Whether tokens [s, e) are a listed name, after a proclitic or not. */
    private static boolean isListed(TokenSpans tokens, int s, int e, Gazetteer gazetteer) {
        String name = tokens.words(s, e);
        int firstLength = tokens.ends()[s] - tokens.starts()[s];
        for (String p : PROCLITICS) {
            if (firstLength > p.length() + 1 && name.startsWith(p)
                    && gazetteer.lookup(name.substring(p.length())) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name that runs on into و and a country's adjective (رضا سليم [والفلسطيني] وسام أبو علي) ends before
     * it: the adjective begins the next person's description. And a given name right after a country's adjective,
     * left out of the name the model starts after it (والفلسطيني [وسام] أبو علي), is the name's first word: after a
     * nationality a person's name follows. In ANERcorp's training sentences a country's adjective comes right before
     * a person's name 256 times.
     */
    static void splitAtNationality(TokenSpans tokens, long[] words, int[] labels, Gazetteer gazetteer) {
        int begin = Labels.begin(NameType.PERS);
        int inside = Labels.inside(NameType.PERS);
        for (int k = 1; k < labels.length; k++) {
            if (labels[k] == inside && tokens.text()[tokens.starts()[k]] == 'و'
                    && isCountryAdjective(tokens, k, gazetteer)) {
                labels[k] = Labels.O;
                if (k + 1 < labels.length && labels[k + 1] == inside) {
                    labels[k + 1] = begin;
                }
            }
            boolean givenNameLeftOut = k + 2 < labels.length && labels[k] == Labels.O && labels[k + 1] == Labels.O
                    && labels[k + 2] == begin && gazetteer.trigger(words[k + 1]) == Gazetteer.FIRST_NAME
                    && isGivenNameAsWritten(tokens.token(k + 1));
            if (givenNameLeftOut && isCountryAdjective(tokens, k, gazetteer)) {
                labels[k + 1] = begin;
                labels[k + 2] = inside;
            }
        }
    }

    /** Not أن / إن (folded, آن) nor على (folded, علي): a given name of three letters or more, as written. */
    private static boolean isGivenNameAsWritten(String token) {
        return token.length() >= 3 && !token.equals("على");
    }

    /**
     * A two-word name of any type that is a person's title and a country's adjective (السفير الأرميني, الرئيس
     * الفرنسي) is no name: it names a person by office, as ANERcorp leaves such words untagged. Not a listed name.
     */
    static void dropTitleWithNationality(TokenSpans tokens, int[] triggers, int[] gz, int[] labels,
                                         Gazetteer gazetteer) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int s = 0; s + 1 < labels.length; s++) {
            boolean twoWords = Labels.isBegin(labels[s]) && NameRules.endOfName(labels, s) == s + 2;
            if (twoWords && triggers[s] == personTitle && (gz[s] & Gazetteer.BEGIN_BITS) == 0
                    && gazetteer.isNationality(tokens.token(s + 1))) {
                labels[s] = Labels.O;
                labels[s + 1] = Labels.O;
            }
        }
    }

    /** ال + at least three letters + ي, after an optional و or ف: the form of a nationality adjective. */
    private static boolean isDefiniteNisba(TokenSpans t, int i) {
        char[] c = t.text();
        int s = t.starts()[i];
        int e = t.ends()[i];
        if (e - s >= 2 && (c[s] == 'و' || c[s] == 'ف') && c[s + 1] == 'ا') {
            s++;
        }
        return e - s >= 6 && c[s] == 'ا' && c[s + 1] == 'ل' && c[e - 1] == 'ي';
    }

    /**
     * A one-word place written as a definite nisba adjective (السعودية, which is also "Saudi") right after a definite
     * word that is no name, with or without a clitic, is the adjective: القنصلية السعودية, للقنصلية السعودية,
     * بالعاصمة السعودية, الحكومة السعودية, وزارة الخارجية السعودية (which {@link #tagInstitutions} then takes whole). Right after an organization's name it is the end of that name:
     * أرامكو السعودية, الهيئة العامة للرياضة السعودية. Right after a quoted name that follows a word for an
     * organization it is that name's adjective too: قناة "الإخبارية" السعودية, شركة "أرامكو" السعودية (not after a
     * quoted phrase: عن "تجاوبها مع طلب" السعودية). After a preposition (في السعودية, إلى السعودية) or another kind of
     * name it stays a place.
     */
    static void dropNisbaPlaces(TokenSpans tokens, int[] triggers, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        int orgBegin = Labels.begin(NameType.ORG);
        int orgInside = Labels.inside(NameType.ORG);
        for (int s = 1; s < labels.length; s++) {
            boolean lone = labels[s] == place && NameRules.isLoneName(labels, s);
            if (!lone || !NameRules.isDefinite(tokens, s) || !isNisba(tokens, s)) {
                continue;
            }
            boolean afterWord = isDefiniteWithClitics(tokens, s - 1) || closesQuotedName(tokens, triggers, s - 1);
            if (labels[s - 1] == Labels.O && afterWord) {
                labels[s] = Labels.O;
            } else if (labels[s - 1] == orgBegin || labels[s - 1] == orgInside) {
                labels[s] = orgInside;
            }
        }
    }

    /**
     * Whether token {@code i} closes a quoted name of one to four words after a word for an organization (صحيفة
     * "الرياض", شركة "أرامكو", قناة "الإخبارية"): », ”, or a plain " after an odd number of them in the sentence.
     */
    private static boolean closesQuotedName(TokenSpans tokens, int[] triggers, int i) {
        boolean closing = NameRules.isMark(tokens, i, "»”")
                || NameRules.isMark(tokens, i, "\"") && QuotedNames.closesStraightQuote(tokens, i);
        if (!closing) {
            return false;
        }
        int open = i - 1;
        while (open >= 0 && i - open <= 5 && !QuotedNames.isOpeningQuote(tokens, open)) {
            open--;
        }
        int organization = Gazetteer.triggerCode(NameType.ORG);
        return open >= 1 && i - open >= 2 && i - open <= 5 && triggers[open - 1] == organization;
    }

    /**
     * Whether token {@code i} is a definite word, ال and two letters or more, after و or ف and then ب or ك if any
     * (والقنصلية, بالعاصمة), or لل, ل before ال (للقنصلية, وللحكومة).
     */
    static boolean isDefiniteWithClitics(TokenSpans t, int i) {
        char[] c = t.text();
        int s = t.starts()[i];
        int e = t.ends()[i];
        if (e - s >= 5 && (c[s] == 'و' || c[s] == 'ف')) {
            s++;
        }
        if (e - s >= 5 && c[s] == 'ل' && c[s + 1] == 'ل') {
            return true;
        }
        if (e - s >= 5 && (c[s] == 'ب' || c[s] == 'ك')) {
            s++;
        }
        return e - s >= 4 && c[s] == 'ا' && c[s + 1] == 'ل';
    }

    /**
     * Article mode: a one-word place, organization or other name that is a country's masculine adjective (والأرميني,
     * الروسي) is no name, as ANERcorp leaves nationalities untagged: وزيري الخارجية الأذربيجاني "جيهون بيراموف"
     * [والأرميني] "زهراب مناتساكانيان". Not a listed name (الإسماعيلي, the club), nor a person's: alone it may be a
     * family name (البرادعي, المصري).
     */
    static void dropLoneNationalities(TokenSpans tokens, int[] labels, Gazetteer gazetteer) {
        for (int s = 0; s < labels.length; s++) {
            if (NameRules.isLoneName(labels, s) && Labels.type(labels[s]) != NameType.PERS
                    && gazetteer.isNationality(tokens.token(s)) && !isListed(tokens, s, s + 1, gazetteer)) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * A place that is also an adjective (مالي, "financial") right after an indefinite masculine word that is no name
     * is the adjective: دعم مالي, تعويض مالي, محلل مالي, فساد مالي (over the ANT articles about a third of the مالي
     * the model tagged). The country stays after a preposition or a compass word (في مالي, شمال مالي), after a word
     * for a place or a person (رئيس مالي), after a definite word or a name (والسنغال ومالي), and after a word ending
     * in ة or ت, which an adjective مالي cannot follow (إمبراطورية مالي, انتخابات مالي, شهدت مالي). With ل it is the
     * country (مانحة لمالي); with و it is the adjective only after another one (فني ومالي).
     */
    static void dropAdjectivePlaces(TokenSpans tokens, long[] words, int[] triggers, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        char[] c = tokens.text();
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] != place || !NameRules.isLoneName(labels, s) || !ADJECTIVE_PLACES.contains(words[s])
                    || labels[s - 1] != Labels.O) {
                continue;
            }
            int p = s - 1;
            char last = c[tokens.ends()[p] - 1];
            boolean indefinite = NameRules.isWord(tokens, p) && !NameRules.isDefinite(tokens, p)
                    && !isDefiniteAfterWa(tokens, p);
            // with و it follows another adjective (فني ومالي), not a country the model left untagged (وبوركينافاسو ومالي)
            boolean joined = c[tokens.starts()[s]] == 'و';
            if (indefinite && last != 'ة' && last != 'ت' && (!joined || last == 'ي') && triggers[p] == 0
                    && !ListedNames.PREPOSITIONS.contains(words[p])) {
                labels[s] = Labels.O;
            }
        }
    }

    /** Countries written like their adjective in the accusative, tanween alef: روسيا is also روسياً, "Russian". */
    private static final LongIntMap ACCUSATIVE_PLACES = LongIntMap.ofWords(List.of("روسيا", "سوريا", "تركيا",
            "ليبيا", "أفريقيا", "إفريقيا", "أرمينيا", "ألمانيا", "بريطانيا", "إسبانيا", "إيطاليا", "كرواتيا", "صربيا",
            "كينيا", "نيجيريا", "إثيوبيا", "جورجيا", "رومانيا", "ماليزيا", "إندونيسيا", "أستراليا", "كولومبيا",
            "بلغاريا", "موريتانيا", "ألبانيا", "سلوفاكيا", "بوليفيا"));

    /**
     * Adverbs in the accusative's alef, after which a country is the sentence's next word (وإنما أيضا إيطاليا), and
     * participles in the accusative that take the country as their object (داعيا أرمينيا إلى الانسحاب, متوعدا تركيا).
     */
    private static final LongIntMap ADVERBS_AND_PARTICIPLES = LongIntMap.ofWords(List.of("أيضا", "حاليا", "مؤخرا",
            "سابقا", "رسميا", "دائما", "تقريبا", "أبدا", "جدا", "معا", "فورا", "مجددا", "علنا", "يوميا", "أساسا",
            "خصوصا", "تحديدا", "غالبا", "أحيانا", "لاحقا", "مبدئيا", "نهائيا", "شخصيا", "عموما", "أصلا",
            "داعيا", "مطالبا", "متهما", "محذرا", "مهددا", "متوعدا", "مناشدا", "حاثا", "واصفا", "محملا", "مستهدفا",
            "مهاجما", "منتقدا", "معتبرا", "مخاطبا", "زائرا", "مغادرا", "قاصدا", "مطمئنا", "ناصحا", "مبلغا",
            "مشيدا", "مستبعدا", "مستثنيا", "مدينا", "مقاطعا", "متحديا", "متجاوزا", "مستقبلا", "مودعا", "ممثلا"));

    /**
     * Article mode: a country written like its adjective in the accusative (روسيا, تركيا) right after an untagged
     * indefinite accusative word is that adjective: هجوما إلكترونيا روسيا, 24 بنكا تركيا, وفدا تركيا, صاروخا روسيا,
     * 48 منتخبا أفريقيا.
     * The word before ends in the tanween's alef and not in a pronoun (التي تتهمها تركيا, حليفتها تركيا: the country
     * after a verb or a noun with its pronoun) or a hamza (تبدأ روسيا), nor is it a particle (إلا روسيا) or a
     * preposition; and no country follows with و (رئيسا روسيا وتركيا: a dual). Over the ANT articles 18 of 21 such
     * words are the adjective; the others: زارا تركيا, متوعداً تركيا, ميليشيا ليبيا.
     */
    static void dropAccusativeAdjectivePlaces(TokenSpans tokens, long[] words, int[] triggers, int[] labels) {
        int place = Labels.begin(NameType.LOC);
        for (int s = 1; s < labels.length; s++) {
            if (labels[s] != place || !NameRules.isLoneName(labels, s) || !ACCUSATIVE_PLACES.contains(words[s])
                    || labels[s - 1] != Labels.O || !NameRules.isWord(tokens, s - 1)
                    || triggers[s - 1] == Gazetteer.FIRST_NAME
                    || ADVERBS_AND_PARTICIPLES.contains(words[s - 1])) {
                continue;
            }
            // as written: a hamza's alef is a verb's (تبدأ روسيا)
            String written = tokens.token(s - 1);
            String before = ArabicNormalizer.normalize(written);
            boolean accusative = before.length() >= 4 && before.endsWith("ا") && !written.endsWith("أ")
                    && !before.startsWith("ال") && Stream.of("ها", "نا", "وا", "ما", "لا").noneMatch(before::endsWith);
            // two countries joined by و after a dual: رئيسا روسيا وتركيا, جيشا روسيا وسوريا
            boolean pair = s + 1 < labels.length && Labels.isBegin(labels[s + 1])
                    && Labels.type(labels[s + 1]) == NameType.LOC && tokens.text()[tokens.starts()[s + 1]] == 'و';
            if (accusative && !pair && !ListedNames.PREPOSITIONS.contains(words[s - 1])) {
                labels[s] = Labels.O;
            }
        }
    }

    /**
     * بنك / البنك (with و, ب, ل) + a definite masculine adjective (+ one more), with no name predicted there, is a bank: البنك
     * التجاري, البنك المركزي الأوروبي, للبنك الأهلي. ANERcorp's training sentences tag every such pair in the first 90% as an
     * organization (9 of 9: البنك الدولي, الإفريقي, الآسيوي, العالمي, المركزي); the dev set's errors suggested it (البنك
     * التجاري, 17 times untagged). Not before a relative pronoun or an ordinal (البنك الذي, التي, الثاني). CoNLL mode
     * only: in the ANT news the pairs it would add are mostly generic (البنك المحلي, البنك الفرنسي, the local bank).
     */
    static void tagBanks(TokenSpans tokens, long[] words, long[] stripped, int[] labels) {
        int n = labels.length;
        for (int i = 0; i + 1 < n; i++) {
            boolean head = BANK_HEADS.contains(words[i]) || BANK_HEADS.contains(stripped[i]);
            if (!head || labels[i] != Labels.O || labels[i + 1] != Labels.O || !isDefiniteAdjective(tokens, words, i + 1)) {
                continue;
            }
            int e = i + 2;
            if (e < n && labels[e] == Labels.O && isDefiniteAdjective(tokens, words, e)) {
                e++;
            }
            NameRules.labelName(labels, i, e, NameType.ORG);
            i = e - 1;
        }
    }

    /** بنك as written, with و, ب or ل: the bank of a country (بنك إنجلترا), not البنك. */
    private static final LongIntMap INDEFINITE_BANK_HEADS = LongIntMap.ofWords(List.of("بنك", "وبنك", "لبنك", "ببنك",
            "وللبنك"));

    /** Adjectives that end a country's bank's name: بنك إنجلترا المركزي, بنك أستراليا الوطني, بنك الصين الشعبي. */
    private static final LongIntMap BANK_ADJECTIVES = LongIntMap.ofWords(List.of("المركزي", "الوطني", "الشعبي",
            "الاحتياطي"));

    /**
     * بنك (as written, with و, ب, ل) right before a place's name is the bank of that place, an organization, with the
     * adjective after it that ends the name: بنك إنجلترا المركزي, بنك السودان, بنك السويد, بنك أستراليا الوطني. ANERcorp
     * tags بنك إنجلترا المركزي whole as an organization; the model and the lists tag the place alone (بنك [السودان
     * المركزي] as a place, 17 such mentions over the ANT articles). Both modes.
     */
    static void tagCountryBanks(long[] words, int[] labels) {
        int n = labels.length;
        for (int i = 0; i + 1 < n; i++) {
            if (labels[i] != Labels.O || !INDEFINITE_BANK_HEADS.contains(words[i])
                    || labels[i + 1] != Labels.begin(NameType.LOC)) {
                continue;
            }
            int e = NameRules.endOfName(labels, i + 1);
            if (e < n && labels[e] == Labels.O && BANK_ADJECTIVES.contains(words[e])) {
                e++;
            }
            NameRules.labelName(labels, i, e, NameType.ORG);
            i = e - 1;
        }
    }

    /** ال…ي, masculine like بنك: a feminine one agrees with another noun (متطلبات البنك الرأسمالية). */
    private static boolean isDefiniteAdjective(TokenSpans t, long[] words, int i) {
        return NameRules.isDefinite(t, i) && t.text()[t.ends()[i] - 1] == 'ي' && !NOT_ADJECTIVES.contains(words[i]);
    }

    /**
     * وزارة / مجلس + definite noun (+ definite adjective, + a country's adjective after that) with no name predicted
     * there: an organization (وزارة الدفاع الأرمينية, وزارة الشؤون الخارجية الجزائرية).
     */
    static void tagInstitutions(TokenSpans tokens, long[] words, long[] stripped, int[] labels, Gazetteer gazetteer) {
        int n = labels.length;
        for (int i = 0; i + 1 < n; i++) {
            boolean head = INSTITUTION_HEADS.contains(words[i]) || INSTITUTION_HEADS.contains(stripped[i]);
            if (labels[i] != Labels.O || labels[i + 1] != Labels.O || !head || !NameRules.isDefinite(tokens, i + 1)) {
                continue;
            }
            int e = i + 2;
            if (e < n && labels[e] == Labels.O && NameRules.isDefinite(tokens, e) && isNisba(tokens, e)) {
                e++;
                if (e < n && labels[e] == Labels.O && isCountryAdjective(tokens, e, gazetteer)) {
                    e++;
                }
            }
            NameRules.labelName(labels, i, e, NameType.ORG);
            i = e - 1;
        }
    }

    /**
     * Heads of a country's agency or authority, indefinite (in construct), as stripped: وكالة, هيئة, إدارة (not مصلحة,
     * which is more often "the interest of": مصلحة الكرة المصرية).
     */
    private static final LongIntMap AGENCY_HEADS = LongIntMap.ofWords(List.of("وكالة", "هيئة", "إدارة"));

    /** Masculine heads of the same kind, before a country's masculine adjective: معهد الإحصاء التركي. */
    private static final LongIntMap MASCULINE_AGENCY_HEADS = LongIntMap.ofWords(List.of("معهد", "مركز", "مكتب",
            "جهاز"));

    /** The second word of a country's adjective (الكورية الجنوبية), and what an agency's adjective may be followed by. */
    private static final LongIntMap AGENCY_TAILS = LongIntMap.ofWords(List.of("الجنوبية", "الشمالية", "للأنباء"));

    /** مجلس, before إدارة: a board of directors (مجلس إدارة الشركة الهندية), no agency. */
    private static final LongIntMap BOARD = LongIntMap.ofWords(List.of("مجلس", "لمجلس", "بمجلس", "ومجلس"));

    /**
     * A country's agency named by its head, its field and the country's feminine adjective: [وكالة المسح الجيولوجي
     * الأمريكية], [وكالة مكافحة المنشطات الأمريكية], [وكالة الفضاء والطيران الأميركية], [هيئة الطيران المدني
     * المصرية]. The field is one to three untagged words after the head: definite words, و + a definite word, and an
     * indefinite noun only first (مكافحة, in construct with the next word); then the adjective, untagged and without
     * و, ends it, with the second word of a compound one (الكورية الجنوبية) or للأنباء ([وكالة الجمهورية الإيرانية
     * للأنباء]). The masculine heads معهد, مركز, مكتب and جهاز take the masculine adjective: [معهد الإحصاء التركي],
     * [جهاز الاستخبارات العسكرية الروسي], [مكتب الممثل التجاري الأميركي]. Not after مجلس (مجلس إدارة الشركة الهندية,
     * the board), nor over a person's title (مركز النجم الأرجنتيني ليونيل ميسي, the star's position; مكتب رئيس الوزراء
     * الإسرائيلي, an office named by its holder). Over the ANT articles: 214 names with the feminine heads, all but
     * three right (وإدارة السياسة الأميركية تجاه إيران, "and managing American policy"; ادارة كرة القدم الجزائرية
     * الحالية, the current management; شركة [إدارة الموارد المائية الإيرانية] without the company's head). Article
     * mode, after the institutions with وزارة and مجلس ({@link #tagInstitutions}).
     */
    static void tagAgencies(TokenSpans tokens, long[] words, long[] stripped, int[] triggers, int[] labels,
                            Gazetteer gazetteer) {
        int n = labels.length;
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int i = 0; i + 2 < n; i++) {
            boolean feminine = AGENCY_HEADS.contains(words[i]) || AGENCY_HEADS.contains(stripped[i]); // وكالة: كالة
            boolean masculine = MASCULINE_AGENCY_HEADS.contains(words[i]) || MASCULINE_AGENCY_HEADS.contains(stripped[i]);
            if (labels[i] != Labels.O || !feminine && !masculine || i > 0 && BOARD.contains(words[i - 1])) {
                continue;
            }
            int e = i + 1;
            while (e < n && e - i <= 3 && labels[e] == Labels.O && !isCountryAdjective(tokens, e, gazetteer)
                    && triggers[e] != personTitle
                    && (NameRules.isDefinite(tokens, e) || isDefiniteAfterWa(tokens, e)
                    || e == i + 1 && SpeakerNames.isArabicWord(ArabicNormalizer.normalize(tokens.token(e))))) {
                e++;
            }
            boolean field = e > i + 1 && (e > i + 2 || NameRules.isDefinite(tokens, i + 1));
            if (!field || e >= n || labels[e] != Labels.O || !NameRules.isDefinite(tokens, e)) {
                continue;
            }
            boolean adjective = feminine ? isCountryAdjectiveFeminine(tokens, e, gazetteer)
                    : gazetteer.isNationality(tokens.token(e));
            if (adjective) {
                int end = e + 1 < n && labels[e + 1] == Labels.O && AGENCY_TAILS.contains(words[e + 1]) ? e + 2 : e + 1;
                NameRules.labelName(labels, i, end, NameType.ORG);
                i = end - 1;
            }
        }
    }

    /**
     * Heads of bodies that many countries have, as {@link FeatureExtractor.Extracted#stripped} gives them (و, ف, ب,
     * ل stripped, ال kept): البنك, حزب, الكنيسة, حكومة, المجلس, ….
     */
    private static final LongIntMap BODY_HEADS = LongIntMap.ofWords(List.of("بنك", "مصرف", "حزب", "كنيسة",
            "حكومة", "مجلس", "لجنة", "هيئة", "جماعة", "منظمة").stream()
            .flatMap(head -> Stream.of(head, "ال" + head)).toList());

    /**
     * A body that many countries have, named by its kind and an adjective (البنك المركزي, الحزب الشيوعي, الكنيسة
     * الأرثوذكسية), takes in the country's adjective right after it, which tells whose body it is: البنك المركزي
     * اليمني, الحزب الديمقراطي الكردستاني الإيراني (not the Iraqi party). Not other names (ريال مدريد الإسباني,
     * ميليشيات الحوثي الإيرانية, مكتب التحقيقات الفيدرالي الأمريكي: the same body, one canonical name), and only an
     * adjective that agrees with the head (not اللجنة الأولمبية الدولية الألماني). Article mode, as the seed gold
     * names bodies (مجلس الأمن الأرميني).
     */
    static void growToCountryAdjective(TokenSpans tokens, long[] stripped, int[] labels, Gazetteer gazetteer) {
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] != Labels.begin(NameType.ORG)) {
                continue;
            }
            int e = NameRules.endOfName(labels, s);
            boolean kindAndAdjective = e - s >= 2 && BODY_HEADS.contains(stripped[s])
                    && NameRules.isDefinite(tokens, e - 1) && isNisba(tokens, e - 1);
            if (kindAndAdjective && e < labels.length && labels[e] == Labels.O
                    && isCountryAdjective(tokens, e, gazetteer) && endsFeminine(tokens, s) == endsFeminine(tokens, e)) {
                labels[e] = Labels.inside(NameType.ORG);
                e++;
            }
            s = e - 1;
        }
    }

    /** Whether a word ends in ة, the feminine ending: the adjective agrees with the body's head (الكنيسة … الروسية). */
    private static boolean endsFeminine(TokenSpans t, int i) {
        return ArabicNormalizer.normalize(t.token(i)).endsWith("ه");
    }

    /** A country's adjective, masculine or feminine (الجزائري, الجزائرية). */
    static boolean isCountryAdjective(TokenSpans t, int i, Gazetteer gazetteer) {
        return gazetteer.isNationality(t.token(i)) || isCountryAdjectiveFeminine(t, i, gazetteer);
    }

    /**
     * A ministry named by its portfolio and a country's feminine adjective, without وزارة (الخارجية الأمريكية, the
     * State Department): an organization, as وزارة الخارجية الأمريكية is ({@link #tagInstitutions}). Not after a
     * definite noun, whose adjective the portfolio word is (السياسة الخارجية الأمريكية, الشؤون الداخلية العراقية), nor
     * after a person's title (وزيرة الخارجية الأمريكية names a person by office), nor where a name is predicted.
     */
    static void tagBareMinistries(TokenSpans tokens, long[] words, int[] triggers, int[] labels,
                                  Gazetteer gazetteer) {
        int personTitle = Gazetteer.triggerCode(NameType.PERS);
        for (int i = 0; i + 1 < labels.length; i++) {
            if (labels[i] != Labels.O || labels[i + 1] != Labels.O || !BARE_MINISTRIES.contains(words[i])
                    || !isCountryAdjectiveFeminine(tokens, i + 1, gazetteer)) {
                continue;
            }
            if (i > 0 && (isDefiniteNoun(tokens, i - 1) || triggers[i - 1] == personTitle)) {
                continue;
            }
            NameRules.labelName(labels, i, i + 2, NameType.ORG);
            i++;
        }
    }

    /** ال (or لل) after an optional و / ف and an optional ب / ل / ك, and two letters more: الشؤون, بالشؤون, للعلاقات. */
    private static boolean isDefiniteNoun(TokenSpans t, int i) {
        char[] c = t.text();
        int s = t.starts()[i];
        int e = t.ends()[i];
        if (e - s >= 5 && (c[s] == 'و' || c[s] == 'ف')) {
            s++;
        }
        if (e - s >= 5 && (c[s] == 'ب' || c[s] == 'ك' || (c[s] == 'ل' && c[s + 1] == 'ا'))) {
            s++;
        }
        return e - s >= 4 && (c[s] == 'ا' || c[s] == 'ل') && c[s + 1] == 'ل';
    }

    /** الأمريكية, الروسية: a country's adjective ({@link Gazetteer#isNationality}) in the feminine. */
    static boolean isCountryAdjectiveFeminine(TokenSpans t, int i, Gazetteer gazetteer) {
        // normalized: diacritics out (الروسيّة), ة folded to ه
        String word = ArabicNormalizer.normalize(t.token(i));
        return word.endsWith("يه") && gazetteer.isNationality(word.substring(0, word.length() - 1));
    }

    /** و + ال + at least two letters (والسنغال). */
    private static boolean isDefiniteAfterWa(TokenSpans t, int i) {
        int s = t.starts()[i];
        char[] c = t.text();
        return t.ends()[i] - s >= 5 && c[s] == 'و' && c[s + 1] == 'ا' && c[s + 2] == 'ل';
    }

    /** Ends in ي or ية: the ending of a nisba adjective (الروسي, العربية). */
    static boolean isNisba(TokenSpans t, int i) {
        char[] c = t.text();
        int e = t.ends()[i];
        return c[e - 1] == 'ي' || (c[e - 1] == 'ة' && c[e - 2] == 'ي');
    }
}
