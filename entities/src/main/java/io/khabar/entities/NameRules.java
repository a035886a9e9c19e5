package io.khabar.entities;

/**
 * Corrections applied to the model's labels, grouped by role: names that the gazetteer lists ({@link ListedNames}),
 * names in quotes ({@link QuotedNames}), adjectives that the model takes for names ({@link NisbaAdjectives}), clubs
 * named after places ({@link ClubNames}), the extent of a person's name ({@link PersonNames}) and words that are no
 * names ({@link NotNames}). Article mode runs them all, one sentence at a time ({@link #apply}); CoNLL mode runs those
 * that ANERcorp's gold follows ({@link #applyConll}). The document-level corrections ({@link TownNames},
 * {@link SurnameRepeats}, {@link NameRepeats}, …) run after them, in {@link EntityTagger}. The helpers on label spans
 * that the rules share are here.
 */
final class NameRules {

    private NameRules() {
    }

    /**
     * The corrections that CoNLL mode takes: those that ANERcorp's gold follows. Many were drawn from reading the dev
     * errors and kept where the training sentences bear them out, so their dev gain is optimistic; the article-mode
     * rules that join them were taken where they gain out of fold for every training seed. Out of fold on the
     * training 90% (seeds 7-10), the holdout model scores 0.7962 without them and 0.8156 with them
     * (entities/MODEL.md, which tells each rule's figures).
     */
    static void applyConll(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer) {
        PersonNames.trimLeadingPreposition(tokens, x.gazetteer(), labels);
        PersonNames.trimLeadingBiIsm(x.words(), labels);
        PersonNames.trimLeadingLiDefinite(tokens, x.words(), x.gazetteer(), labels, gazetteer);
        ListedNames.splitJoinedNames(tokens, x, labels, gazetteer);
        ListedNames.splitListedNamesFromPersons(tokens, x, labels);
        ListedNames.splitAdjacentListedNames(tokens, x.gazetteer(), labels, gazetteer);
        NotNames.splitPope(x.words(), labels);
        NotNames.dropLoneTriggerWords(tokens, x.words(), x.triggers(), x.gazetteer(), labels);
        NisbaAdjectives.tagBanks(tokens, x.words(), x.stripped(), labels);
        NisbaAdjectives.tagCountryBanks(x.words(), labels);
        ListedNames.tagContextualPlaces(tokens, x.words(), labels, gazetteer);
        NisbaAdjectives.dropNisbaPlaces(tokens, x.triggers(), labels);
        NisbaAdjectives.dropAdjectivePlaces(tokens, x.words(), x.triggers(), labels);
        ClubNames.growClubPrefixes(tokens, x.words(), labels);
        ClubNames.retypeClubsByNationality(tokens, x, labels, gazetteer);
        ClubNames.retypeAfterPlaceWords(x.words(), x.triggers(), labels);
        ClubNames.retypeAfterClubWords(x.words(), labels);
        ClubNames.retypeAfterInstitutionWords(x.words(), labels);
        ClubNames.retypeAfterMediaWords(x.words(), labels);
        ClubNames.retypeClubCities(tokens, x.words(), labels, gazetteer);
        ClubNames.retypeClubsInResults(tokens, labels);
        NotNames.retypeStorms(x.words(), x.stripped(), labels);
        NisbaAdjectives.trimLeadingNationality(tokens, x.stripped(), labels, gazetteer);
        PersonNames.extendFamilyNames(tokens, x.words(), labels);
        PersonNames.growOverDashes(tokens, x.words(), x.gazetteer(), labels, true);
        PersonNames.growOverWalad(tokens, x.words(), labels);
        PersonNames.growToKunya(tokens, x.words(), labels);
        PersonNames.growRegnalOrdinals(x.words(), x.triggers(), labels);
        NotNames.trimFutureVerbs(x.words(), labels);
        PersonNames.trimTrailingTitles(tokens, x.words(), x.gazetteer(), labels);
        PersonNames.trimTrailingPronouns(x.words(), x.gazetteer(), labels);
        QuotedNames.retypeQuotedPersons(tokens, x.words(), x.stripped(), labels);
        QuotedNames.tagQuotedTitles(tokens, x, labels);
        QuotedNames.tagQuotedTitleLists(tokens, x, labels);
        QuotedNames.tagQuotedPlaces(tokens, x, labels);
        QuotedNames.tagQuotedOrganizations(tokens, x, labels);
        QuotedNames.tagLatinGlosses(tokens, labels);
        NotNames.trimTanween(tokens, labels);
        NotNames.dropLetterNames(tokens, x.words(), x.gazetteer(), labels);
        NotNames.dropPronounLi(tokens, x.words(), labels);
        NisbaAdjectives.growToCountryAdjective(tokens, x.stripped(), labels, gazetteer);
        NisbaAdjectives.trimTrailingNationality(tokens, labels, gazetteer);
        NisbaAdjectives.dropTitleWithNationality(tokens, x.triggers(), x.gazetteer(), labels, gazetteer);
        PersonNames.splitAtJoinedTitles(tokens, x.triggers(), x.gazetteer(), labels);
        PersonNames.trimLeadingTitles(x.words(), x.triggers(), x.gazetteer(), labels);
        PersonNames.includeClericalTitles(x.words(), labels);
        PersonNames.retypeFacilities(tokens, x.words(), labels, gazetteer);
        NotNames.dropMinistersPortfolios(x.words(), labels);
        NotNames.dropGenericCouncils(x.words(), labels);
        NotNames.dropAdverbDuma(x.words(), labels);
        NotNames.dropHonorifics(x.words(), labels);
        NotNames.trimPlaceEpithets(x.words(), labels);
        PlaceHeads.trimOutsideHeads(x.words(), labels);
        ClubNames.trimClubHeads(tokens, x.words(), labels, gazetteer);
        InstitutionNames.tagUniversitiesOfPlaces(x.words(), labels);
        NotNames.dropCommonNouns(tokens, x.words(), labels);
        NotNames.dropPronounForms(tokens, labels);
        NotNames.dropNaylMin(x.words(), labels);
        PlaceHeads.joinPeninsulas(x.words(), labels);
        SportEvents.tagWorldCupYears(tokens, x.words(), labels);
        NotNames.dropBallGames(x.words(), labels);
        NotNames.dropLeadRoles(tokens, x.words(), labels, gazetteer);
        NotNames.dropVerbAwda(tokens, x.words(), labels);
        NotNames.dropPluralParticiples(tokens, x, labels, gazetteer);
        ListedNames.growToListedOrganizations(tokens, x.gazetteer(), labels, gazetteer);
        ListedNames.joinListedNamesWithWa(tokens, x.gazetteer(), labels);
        ListedNames.tagListedPersonsWhole(x.gazetteer(), x.triggers(), labels);
    }

    /** All the corrections, in article mode: the listed names first, the words that are no names last. */
    static void apply(TokenSpans tokens, FeatureExtractor.Extracted x, int[] labels, Gazetteer gazetteer,
                      CommonWords common) {
        PersonNames.trimLeadingPreposition(tokens, x.gazetteer(), labels);
        PersonNames.trimLeadingBiIsm(x.words(), labels);
        PersonNames.trimLeadingLiDefinite(tokens, x.words(), x.gazetteer(), labels, gazetteer);
        ListedNames.splitJoinedNames(tokens, x, labels, gazetteer);
        ListedNames.splitListedNamesFromPersons(tokens, x, labels);
        ListedNames.splitAdjacentListedNames(tokens, x.gazetteer(), labels, gazetteer);
        ListedNames.trimToListedPersons(tokens, x, labels);
        ListedNames.growToGazetteerNames(x.gazetteer(), labels);
        ListedNames.growToListedEvents(x.gazetteer(), labels);
        ListedNames.retypePersonsInListedEvents(x.gazetteer(), labels);
        ListedNames.tagListedNamesWhole(x.gazetteer(), labels);
        ListedNames.growIntoListedOrganizations(x.gazetteer(), labels);
        ListedNames.tagListedWords(tokens, x.gazetteer(), x.words(), x.stripped(), labels, common);
        ClubNames.growClubPrefixes(tokens, x.words(), labels);
        ClubNames.retypeClubsByNationality(tokens, x, labels, gazetteer);
        ClubNames.retypeAfterPlaceWords(x.words(), x.triggers(), labels);
        ClubNames.retypeAfterClubWords(x.words(), labels);
        ClubNames.retypeAfterInstitutionWords(x.words(), labels);
        ClubNames.retypeAfterMediaWords(x.words(), labels);
        ClubNames.retypeClubCities(tokens, x.words(), labels, gazetteer);
        ClubNames.retypeClubsInResults(tokens, labels);
        ClubNames.tagClubsAfterPlayerWords(tokens, x.words(), labels, gazetteer);
        NisbaAdjectives.tagCountryBanks(x.words(), labels);
        PersonNames.extendFamilyNames(tokens, x.words(), labels);
        PersonNames.growOverDashes(tokens, x.words(), x.gazetteer(), labels, false);
        PersonNames.growOverWalad(tokens, x.words(), labels);
        PersonNames.growToKunya(tokens, x.words(), labels);
        PersonNames.growRegnalOrdinals(x.words(), x.triggers(), labels);
        NisbaAdjectives.dropNisbaPlaces(tokens, x.triggers(), labels);
        NisbaAdjectives.dropLoneNationalities(tokens, labels, gazetteer);
        NisbaAdjectives.dropAdjectivePlaces(tokens, x.words(), x.triggers(), labels);
        NisbaAdjectives.dropAccusativeAdjectivePlaces(tokens, x.words(), x.triggers(), labels);
        NotNames.dropAmountUnits(tokens, x.words(), labels);
        NotNames.retypeStorms(x.words(), x.stripped(), labels);
        DottedAcronyms.grow(tokens, x.words(), labels);
        NotNames.dropLetterNames(tokens, x.words(), x.gazetteer(), labels);
        NotNames.trimTanween(tokens, labels);
        NotNames.trimFutureVerbs(x.words(), labels);
        PersonNames.trimTrailingTitles(tokens, x.words(), x.gazetteer(), labels);
        PersonNames.trimTrailingPronouns(x.words(), x.gazetteer(), labels);
        QuotedNames.retypeQuotedMedia(tokens, x.words(), x.stripped(), labels);
        QuotedNames.retypeQuotedNewspapers(tokens, labels, gazetteer);
        QuotedNames.retypeQuotedPersons(tokens, x.words(), x.stripped(), labels);
        QuotedNames.tagQuotedTitles(tokens, x, labels);
        QuotedNames.tagQuotedTitleLists(tokens, x, labels);
        QuotedNames.tagQuotedPlaces(tokens, x, labels);
        QuotedNames.tagQuotedProducts(tokens, x, labels);
        QuotedNames.tagQuotedOrganizations(tokens, x, labels);
        NotNames.dropLoneGod(x.words(), labels);
        NotNames.dropPronounLi(tokens, x.words(), labels);
        NotNames.dropNaylMin(x.words(), labels);
        PlaceHeads.joinPeninsulas(x.words(), labels);
        SportEvents.tagWorldCupYears(tokens, x.words(), labels);
        NotNames.dropLeadRoles(tokens, x.words(), labels, gazetteer);
        NotNames.dropVerbAwda(tokens, x.words(), labels);
        NotNames.dropPluralParticiples(tokens, x, labels, gazetteer);
        ListedNames.tagListedPlacesAfterPrepositions(tokens, x.words(), x.gazetteer(), labels, gazetteer);
        NotNames.dropScenes(tokens, x.words(), x.gazetteer(), labels);
        NotNames.dropElativeAdjectives(tokens, x.words(), labels);
        NotNames.dropCountryside(x.words(), labels);
        NisbaAdjectives.tagInstitutions(tokens, x.words(), x.stripped(), labels, gazetteer);
        NisbaAdjectives.tagAgencies(tokens, x.words(), x.stripped(), x.triggers(), labels, gazetteer);
        InstitutionNames.tag(tokens, x.words(), x.triggers(), labels, gazetteer);
        InstitutionNames.growToFields(tokens, x.words(), x.triggers(), labels);
        NisbaAdjectives.tagBareMinistries(tokens, x.words(), x.triggers(), labels, gazetteer);
        NisbaAdjectives.growToCountryAdjective(tokens, x.stripped(), labels, gazetteer);
        ListedNames.tagContextualPlaces(tokens, x.words(), labels, gazetteer);
        NisbaAdjectives.trimLeadingNationality(tokens, x.stripped(), labels, gazetteer);
        NisbaAdjectives.splitAtNationality(tokens, x.words(), labels, gazetteer);
        NisbaAdjectives.trimTrailingNationality(tokens, labels, gazetteer);
        NisbaAdjectives.dropTitleWithNationality(tokens, x.triggers(), x.gazetteer(), labels, gazetteer);
        PersonNames.splitAtJoinedTitles(tokens, x.triggers(), x.gazetteer(), labels);
        PersonNames.trimLeadingTitles(x.words(), x.triggers(), x.gazetteer(), labels);
        PersonNames.trimLeadingTitleFields(tokens, x.triggers(), x.gazetteer(), labels);
        PersonNames.trimClericalTitles(x.words(), labels);
        PersonNames.retypeFacilities(tokens, x.words(), labels, gazetteer);
        PersonNames.retypeBySurnameEnding(tokens, x.triggers(), x.gazetteer(), labels);
        NotNames.dropMinistersPortfolios(x.words(), labels);
        NotNames.dropGenericCouncils(x.words(), labels);
        NotNames.dropAdverbDuma(x.words(), labels);
        NotNames.dropHonorifics(x.words(), labels);
        InstitutionNames.tagUniversitiesOfPlaces(x.words(), labels);
        NotNames.dropCommonNouns(tokens, x.words(), labels);
        NotNames.dropPronounForms(tokens, labels);
        NotNames.splitPope(x.words(), labels);
        NotNames.dropLoneTriggerWords(tokens, x.words(), x.triggers(), x.gazetteer(), labels);
        Datelines.tagSources(tokens, labels, gazetteer);
        QuotedNames.retypeAlternativeNames(tokens, x.triggers(), labels);
        QuotedNames.tagShortNames(tokens, x.words(), labels);
    }

    static boolean isWord(TokenSpans t, int i) {
        return Character.isLetter(t.text()[t.starts()[i]]);
    }

    /** Whether a name of one word begins at token {@code s}. */
    static boolean isLoneName(int[] labels, int s) {
        return Labels.isBegin(labels[s]) && noNameContinuesAt(labels, s + 1);
    }

    /** Whether no name runs on into token {@code e}: the labels end there, or token {@code e} is not inside a name. */
    static boolean noNameContinuesAt(int[] labels, int e) {
        return e == labels.length || !Labels.isInside(labels[e]);
    }

    /** Labels tokens [s, e) as one name of type {@code t}. */
    static void labelName(int[] labels, int s, int e, NameType t) {
        labels[s] = Labels.begin(t);
        for (int k = s + 1; k < e; k++) {
            labels[k] = Labels.inside(t);
        }
    }

    /** True when [s, e) is exactly one predicted name (of whatever type). */
    static boolean isOneName(int[] labels, int s, int e) {
        if (!Labels.isBegin(labels[s])) {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            if (labels[k] != labels[s] + 1) {
                return false;
            }
        }
        return e == labels.length || labels[e] != labels[s] + 1;
    }

    /** Whether no token of [s, e) is in a name (all labelled O). */
    static boolean isUntagged(int[] labels, int s, int e) {
        for (int k = s; k < e; k++) {
            if (labels[k] != Labels.O) {
                return false;
            }
        }
        return true;
    }

    /** How many names begin in tokens [s, e). */
    static int namesIn(int[] labels, int s, int e) {
        int n = 0;
        for (int k = s; k < e; k++) {
            if (Labels.isBegin(labels[k])) {
                n++;
            }
        }
        return n;
    }

    /**
     * Leaves the head word at token {@code h}, where a name begins, outside it: a name of its own alone is dropped
     * (قطاع [غزة] from [قطاع] [غزة]), and a name it begins starts at the next token ([قطاع غزة] → قطاع [غزة]).
     * Returns whether it did; not when the head is the whole name.
     */
    static boolean leaveHeadOutside(int[] labels, int h) {
        if (h + 1 < labels.length && Labels.isBegin(labels[h + 1])) {
            labels[h] = Labels.O;
            return true;
        }
        if (h + 1 < labels.length && labels[h + 1] == labels[h] + 1) {
            labels[h + 1] = labels[h];
            labels[h] = Labels.O;
            return true;
        }
        return false;
    }

    /** Gives the name that begins at token {@code s} (its B- label and the I- labels after it) type {@code t}. */
    static void retypeName(int[] labels, int s, NameType t) {
        labelName(labels, s, endOfName(labels, s), t);
    }

    /** The token after the name that begins at token {@code s}: the first one not inside it. */
    static int endOfName(int[] labels, int s) {
        int e = s + 1;
        while (e < labels.length && labels[e] == labels[s] + 1) {
            e++;
        }
        return e;
    }

    /** Whether token {@code i} is a single character of {@code marks}. */
    static boolean isMark(TokenSpans tokens, int i, String marks) {
        int start = tokens.starts()[i];
        return tokens.ends()[i] - start == 1 && marks.indexOf(tokens.text()[start]) >= 0;
    }

    /** Whether token {@code s} is a trigger word other than a given name (تنظيم, شركة, الرئيس). */
    static boolean beginsWithTrigger(int[] triggers, int s) {
        return triggers[s] != 0 && triggers[s] != Gazetteer.FIRST_NAME;
    }

    /**
     * Whether token {@code i} is definite: ال or لل, or وال, then at least three letters (not فال or بال, which begin
     * names: فالنسيا).
     */
    static boolean startsDefinite(TokenSpans t, int i) {
        char[] c = t.text();
        int s = t.starts()[i];
        int e = t.ends()[i];
        if (e - s >= 5 && c[s] == 'و') {
            s++;
        }
        return e - s >= 5 && (c[s] == 'ا' || c[s] == 'ل') && c[s + 1] == 'ل';
    }

    /**
     * Whether a token begins with the article as written: ال, not أل with its hamza, which begins transliterated
     * names (ألتون, ألمازبيك) and folds into the same letters.
     */
    static boolean isDefinite(String token) {
        return token.startsWith("ال");
    }

    /** Whether token {@code i} is ال + at least two letters (no clitic before it). */
    static boolean isDefinite(TokenSpans t, int i) {
        int s = t.starts()[i];
        return t.ends()[i] - s >= 4 && t.text()[s] == 'ا' && t.text()[s + 1] == 'ل';
    }
}
