package io.khabar.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.khabar.arabic.ArabicNormalizer;
import io.khabar.model.Entity;

/**
 * Gives the mentions of one article their canonical names: clitics stripped (لأرمينيا → أرمينيا), nisba
 * adjectives dropped from places (الأرميني), spelling variants merged (يريفيان / يريفان), short mentions linked
 * to the full name elsewhere in the article (بوتين → فلاديمير بوتين). Known names are linked to the gazetteer, also
 * from a spelling one long vowel away from a listed one (نتانياهو → نتنياهو): the listed name is the canonical one
 * when the article writes it, and goes with the entity as {@link Entity#knownAs} in any case ({@link #chooseNames}).
 * Stateless; thread-safe.
 */
final class EntityCanonicalizer {

    /** A tagged span before canonicalization. */
    record Mention(NameType type, String text, int paragraph, int start, int end) {
    }

    private static final String[] NISBA_ENDINGS = {"ي", "ية", "يه", "يين", "يون"};

    /**
     * Generic head words that a name is written with or without (وكالة سبوتنيك, دولة قطر): the bare name, when listed,
     * is the one the article writes.
     */
    private static final Set<String> GENERIC_HEADS = keys("وكالة", "صحيفة", "قناة", "موقع", "مجلة", "شبكة", "إذاعة",
            "دولة", "مدينة", "شركة");
    /** Words that make a name the son's or daughter's of the one after them (محمد بن سلمان). */
    private static final Set<String> SON_OF = keys("بن", "ابن", "بنت");
    /** First words of a name that join it to the word after them: the name goes on past them. */
    private static final Set<String> JOINED_FIRST_WORDS = keys("عبد", "أبو", "بن", "ابن", "أم", "آل", "بنت");
    /**
     * Words before a place's name that make the longer name another place, a part of it or something in it: جنوب
     * السودان, ريف إدلب, إقليم كردستان العراق, ولاية واشنطن, خليج المكسيك, معبر رفح. (جبل is not one of them: the
     * bare name of a mountain is the mountain, كيليسالي for جبل كيليسالي.)
     */
    private static final Set<String> PART_OF_PLACE = keys("ريف", "جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي",
            "شرقي", "غربي", "ولاية", "إقليم", "محافظة", "منطقة", "ضواحي", "خليج", "بحر", "بحيرة", "مضيق", "قناة", "معبر",
            "ميناء", "مطار", "نهر");

    private final Gazetteer gazetteer;
    private final WordClusters words;

    EntityCanonicalizer(Gazetteer gazetteer, WordClusters words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    List<Entity> resolve(List<Mention> mentions) {
        Set<String> articleKeys = new HashSet<>();
        Set<String> personLastWords = new HashSet<>();
        Set<String> personEndWords = new HashSet<>();
        for (Mention m : mentions) {
            String key = Gazetteer.key(m.text());
            articleKeys.add(key);
            int space = key.lastIndexOf(' ');
            if (space > 0 && m.type() == NameType.PERS) {
                personLastWords.add(key.substring(space + 1));
                personEndWords.add(key.substring(space + 1));
                personEndWords.add(key.substring(0, key.indexOf(' ')));
            }
        }
        List<Mention> kept = new ArrayList<>();
        List<Entry> entryOfMention = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean person = m.type() == NameType.PERS;
            names.add(stripClitics(clean(m.text()), articleKeys, person ? personLastWords : Set.of(),
                    person ? personEndWords : Set.of()));
        }
        Set<String> familyNames = familyNames(mentions, names);
        for (int i = 0; i < mentions.size(); i++) {
            Mention found = mentions.get(i);
            String name = names.get(i);
            String key = Gazetteer.key(name);
            Mention m = isFamilyName(found, key, familyNames)
                    ? new Mention(NameType.PERS, found.text(), found.paragraph(), found.start(), found.end()) : found;
            if (key.isEmpty() || (m.type() == NameType.LOC && isNisba(name, key))) {
                continue;
            }
            Entry e = entries.get(m.type() + "|" + key);
            if (e == null) {
                e = new Entry(m.type(), key, entries.size());
                Gazetteer.Name known = gazetteer.lookup(name);
                if (known == null || namedAfterPerson(known, m)) {
                    known = gazetteer.lookupNear(name, m.type());
                }
                e.known = known == null ? null : known.canonical();
                entries.put(m.type() + "|" + key, e);
            }
            e.forms.merge(name, 1, Integer::sum);
            kept.add(m);
            entryOfMention.add(e);
        }
        List<Entry> all = new ArrayList<>(entries.values());
        mergeSpellingVariants(all);
        linkShortMentions(all);
        joinSameListedNames(all);
        Map<Entry, Names> canonical = new HashMap<>();
        for (Entry e : all) {
            Entry root = e.root();
            if (!canonical.containsKey(root)) {
                canonical.put(root, chooseNames(root, all));
            }
        }
        List<Entity> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Mention m = kept.get(i);
            Names n = canonical.get(entryOfMention.get(i).root());
            out.add(new Entity(m.type().entityType(), m.text(), n.canonical(), n.knownAs(), m.paragraph(), m.start(),
                    m.end()));
        }
        return out;
    }

    /**
     * The last words (keys) of the article's person names of two words or more that begin with a given name;
     * {@code names} holds each mention's clitic-stripped name.
     */
    private Set<String> familyNames(List<Mention> mentions, List<String> names) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() == NameType.PERS) {
                String key = Gazetteer.key(names.get(i));
                int first = key.indexOf(' ');
                int last = key.lastIndexOf(' ');
                if (first > 0 && isGivenName(key.substring(0, first))) {
                    out.add(key.substring(last + 1));
                }
            }
        }
        return out;
    }

    /**
     * A one-word organization that is the family name of a person named in full in the same article, a name that
     * begins with a given name, is that person (جون بولتون … وقال بولتون, كريستين بلاسي فورد … فورد): the model took
     * the lone surname for an organization (a club, a company).
     */
    private static boolean isFamilyName(Mention m, String key, Set<String> familyNames) {
        return m.type() == NameType.ORG && key.indexOf(' ') < 0 && familyNames.contains(key);
    }

    /** The words as name keys ({@link Gazetteer#key}), the form {@link Entry#tokens} holds. */
    private static Set<String> keys(String... words) {
        return Arrays.stream(words).map(Gazetteer::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The trigger code of a word ({@link Gazetteer#trigger}): 0 for none, {@link Gazetteer#FIRST_NAME} for a given name. */
    private int triggerOf(String word) {
        return gazetteer.trigger(Hashing.ofFolded(word));
    }

    private boolean isGivenName(String word) {
        return triggerOf(word) == Gazetteer.FIRST_NAME;
    }

    /**
     * Removes diacritics, tatweel and invisible format marks (the right-to-left mark, U+200F, that news leaves inside
     * ميليشيا الحوثي) but keeps the letters (hamza forms, ta marbuta) as written.
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicNormalizer.isDiacriticOrTatweel(c) || Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Strips a conjunction (و ف) and/or preposition (ب ل ك, لل → ال) from the first word when the rest is a known
     * name, another name in the article, or a clearly more frequent word in the news than the prefixed form; not
     * from a one-word name that, as written, is the last word of a longer name in {@code lastWords} (the article's
     * persons, for a person) unless a listed name says otherwise. A one-word person's name less its clitics that is
     * the first or last word of a longer name in {@code endWords} is that name's word (وبيلي of ترامب وبيلي is
     * بيلي when the article names بيلي … in full; on word frequency alone it would have been يلي).
     */
    String stripClitics(String name, Set<String> articleKeys, Set<String> lastWords, Set<String> endWords) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String rest = space < 0 ? "" : name.substring(space);
        List<String> candidates = new ArrayList<>(4);
        candidates.add(first);
        if (first.length() >= 4 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')) {
            candidates.add(first.substring(1));
        }
        // before the first word of a longer name, a preposition may leave a two-letter word (لبي بي سي); such a
        // candidate is taken on a listed name's or the article's evidence only, not on word frequency
        int shortest = rest.isEmpty() ? 4 : 3;
        for (int i = 0, n = candidates.size(); i < n; i++) {
            String base = candidates.get(i);
            if (base.length() >= 4 && base.startsWith("لل")) {
                candidates.add("ال" + base.substring(2));
            } else if (base.length() >= shortest
                    && (base.charAt(0) == 'ب' || base.charAt(0) == 'ل' || base.charAt(0) == 'ك')) {
                candidates.add(base.substring(1));
            }
        }
        if (candidates.size() == 1) {
            return name;
        }
        // ف before a name is rare in news, but many names start with ف: strip it on evidence only (a listed name or
        // the article's), not on word frequency. ك (like) is rarer still before a name, and كابل is not ك + أبل: it
        // is stripped on the article's evidence only.
        boolean kaf = first.charAt(0) == 'ك';
        // nor is a given name that begins with a preposition's letter (لوكاس, لبنى): وكاس and بنى are frequent only as
        // other words (وكأس, and the cup; بنى, built)
        boolean frequencyAllowed = first.charAt(0) != 'ف' && !kaf
                && !isGivenName(first);
        int listedCandidates = kaf ? 1 : candidates.size();
        for (int i = 0; i < listedCandidates; i++) {
            if (gazetteer.lookup(candidates.get(i) + rest) != null) {
                return candidates.get(i) + rest;
            }
        }
        if (rest.isEmpty() && lastWords.contains(Gazetteer.key(first))) {
            return name; // the last word of a longer name of the article as written: بيرد of جون بيرد
        }
        for (int i = 1; rest.isEmpty() && i < candidates.size(); i++) {
            if (endWords.contains(Gazetteer.key(candidates.get(i)))) {
                return candidates.get(i);
            }
        }
        for (int i = 1; i < candidates.size(); i++) {
            if (articleKeys.contains(Gazetteer.key(candidates.get(i) + rest))) {
                return candidates.get(i) + rest;
            }
        }
        if (!frequencyAllowed) {
            return name;
        }
        int fullCount = words.count(first);
        String best = first;
        int bestCount = 0;
        for (int i = 1; i < candidates.size(); i++) {
            if (!rest.isEmpty() && lostPreposition(first, candidates.get(i))
                    && triggerOf(candidates.get(i)) == 0) {
                // in a longer name, a first word less ب / ل must be one that begins names (a given name, a trigger
                // such as وزارة): a transliterated name is often another word less its first letter (بروس / روس,
                // بيلي / يلي, بولد سكاي / ولد)
                continue;
            }
            // و and two letters left by a preposition is a particle, not a name (لولا: ولا, "and not")
            boolean particle = candidates.get(i).length() == 3 && candidates.get(i).charAt(0) == 'و';
            int count = candidates.get(i).length() >= 3 && !particle ? words.count(candidates.get(i)) : 0;
            if (count > bestCount) {
                best = candidates.get(i);
                bestCount = count;
            }
        }
        if (bestCount >= 5 && bestCount > 2 * fullCount) {
            return best + rest;
        }
        return isUnknownAfterConjunction(first, rest) ? first.substring(1) + rest : name;
    }

    /**
     * Whether the first word of a longer name is و and a word that the news never has as written, nor the given
     * names: a transliterated name in a list (ونجوى كرم, وكيران تريبيير, وماتس هاملز), whose parts are too rare for
     * word frequency to decide. Not a given name nor a trigger word (وزارة), nor before ا, ي or و, with which
     * foreign names begin their W (وارن بافيت, ويندي).
     */
    private boolean isUnknownAfterConjunction(String first, String rest) {
        return !rest.isEmpty() && first.length() >= 4 && first.charAt(0) == 'و'
                && "اويىآ".indexOf(first.charAt(1)) < 0 && !words.hasNoCounts() && words.count(first) == 0
                && triggerOf(first) == 0;
    }

    /** Whether {@code candidate} is {@code first} less a preposition (ب ل ك), after any conjunction. */
    private static boolean lostPreposition(String first, String candidate) {
        return candidate.length() < first.length() - (first.charAt(0) == 'و' || first.charAt(0) == 'ف' ? 1 : 0)
                && !candidate.startsWith("ال");
    }

    /**
     * Whether a mention that is not a person's has a listed person's name: a place or building named after them
     * (مطار أتاتورك, شارع سيمون بوليفار), which the person's canonical name would misname. Other listed names keep
     * their canonical name under another type (كونا typed as a place is still وكالة الأنباء الكويتية).
     */
    private static boolean namedAfterPerson(Gazetteer.Name known, Mention m) {
        return known.type() == NameType.PERS && m.type() != NameType.PERS;
    }

    private boolean isNisba(String name, String key) {
        if (key.indexOf(' ') >= 0 || key.length() < 4) {
            return false;
        }
        Gazetteer.Name known = gazetteer.lookup(name);
        if (known != null && known.type() == NameType.LOC) {
            return false;
        }
        boolean definite = name.startsWith("ال");
        for (String ending : NISBA_ENDINGS) {
            // a bare final ي is also how many place names end (دبي, كيليسالي): only الـ...ي counts as nisba
            if (name.endsWith(ending) && (definite || ending.length() > 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Same-type names whose letters are the same but spaced otherwise are one name ({@link #sameLettersSpacedOtherwise}).
     * Same-type names one edit apart (two from 8 letters on; a swap of two neighbouring letters is one edit) are one
     * name spelled two ways (يريفيان / يريفان, رجب طيب أدروغان / أردوغان), from 5 letters on. Shorter names one edit
     * apart are different names more often than not (أحمد / محمد); a 4-letter name is merged only with itself plus a
     * long vowel (روزن / روزين), the usual variant of a transliteration. Every pair of words must also pass for one
     * word spelled two ways ({@link #sameWordSpelled}), so that the edits of a long name may not all fall in one
     * short word of it (البنك الأول is not البنك الدولي, جون كيلي is not جون كيري, ميك شوماخر is not مايكل شوماخر).
     */
    private void mergeSpellingVariants(List<Entry> all) {
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Entry a = all.get(i);
                Entry b = all.get(j);
                if (a.type != b.type || (a.known != null && b.known != null && !a.known.equals(b.known))) {
                    continue;
                }
                if (a.tokens.length != b.tokens.length) {
                    // as many letters (a key has one space between words) before the letters are compared
                    boolean sameLength = a.key.length() - a.tokens.length == b.key.length() - b.tokens.length;
                    if (sameLength && sameLettersSpacedOtherwise(a.key, b.key)) {
                        b.union(a);
                    }
                    continue;
                }
                if (a.known != null && a.known.equals(b.known)) {
                    b.union(a);
                    continue;
                }
                int shorter = Math.min(a.key.length(), b.key.length());
                if (shorter < 4 || !digitsOf(a.key).equals(digitsOf(b.key)) || !sameWordsSpelled(a.tokens, b.tokens)) {
                    continue;
                }
                if (shorter == 4) {
                    if (differByOneLongVowel(a.key, b.key)) {
                        b.union(a);
                    }
                    continue;
                }
                int limit = shorter >= 8 ? 2 : 1;
                if (editDistance(a.key, b.key, limit) <= limit && !otherFirstLetter(a, b)) {
                    b.union(a);
                }
            }
        }
    }

    /**
     * Whether two names are the same letters with the words spaced otherwise (عبد العظيم / عبدالعظيم, نصر الله /
     * نصرالله, أبو بكر / أبوبكر, دير شبيغل / ديرشبيغل): one name, from 6 letters on.
     */
    static boolean sameLettersSpacedOtherwise(String a, String b) {
        String x = a.replace(" ", "");
        return x.length() >= 6 && x.equals(b.replace(" ", ""));
    }

    /**
     * Whether two one-word names, one listed and one not, begin with different letters: an unlisted word one letter
     * off a listed name at its start is another name (موريا, the camp, is not سوريا).
     */
    private static boolean otherFirstLetter(Entry a, Entry b) {
        return a.tokens.length == 1 && (a.known == null) != (b.known == null) && a.key.charAt(0) != b.key.charAt(0);
    }

    /**
     * Word by word ({@link #sameWordSpelled}); the first word of a name of two words or more may also differ by a
     * clitic letter that the clitic stripping left on (لبي بي سي / بي بي سي: a clitic is not taken off a two-letter
     * word).
     */
    private boolean sameWordsSpelled(String[] a, String[] b) {
        for (int k = 0; k < a.length; k++) {
            boolean clitic = k == 0 && a.length > 1 && (isCliticPlus(a[0], b[0]) || isCliticPlus(b[0], a[0]));
            if (!clitic && !sameWordSpelled(a[k], b[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code longer} is {@code word} with one of و ف ب ل ك before it. */
    private static boolean isCliticPlus(String longer, String word) {
        return longer.length() == word.length() + 1 && longer.endsWith(word) && "وفبلك".indexOf(longer.charAt(0)) >= 0;
    }

    /**
     * Two words of names that may be one word spelled two ways: the same, the same with or without ال (الحزب
     * الديمقراطي / حزب الديمقراطي), a word under 4 letters plus a long vowel (دل / ديل), or one edit apart (two from
     * 8 letters on), unless both are given names and one of them has 4 letters (محمد / محمود, أحمد / محمد are
     * different names; أندري / أندرو, سيرخيو / سيرجيو are one).
     */
    private boolean sameWordSpelled(String a, String b) {
        if (a.equals(b) || a.equals("ال" + b) || b.equals("ال" + a)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4) {
            return differByOneLongVowel(a, b);
        }
        if (shorter == 4 && isGivenName(a) && isGivenName(b)) {
            return false;
        }
        int limit = shorter >= 8 ? 2 : 1;
        return editDistance(a, b, limit) <= limit;
    }

    /** True when the longer key is the shorter with one ا, و or ي added. */
    static boolean differByOneLongVowel(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            char c = longer.charAt(i);
            if ((c == 'ا' || c == 'و' || c == 'ي') && longer.startsWith(shorter.substring(0, i))
                    && longer.startsWith(shorter.substring(i), i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The digits of a name in order: names that differ in a number (بوينغ 747, بوينغ 777) are different names. */
    private static String digitsOf(String key) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                digits.append(key.charAt(i));
            }
        }
        return digits.toString();
    }

    /**
     * A mention whose words end a longer same-type name of the article (بوتين, الدفاع الأرمينية) joins it (a place
     * only when the longer name is the same place: {@link #samePlace}); failing
     * that, a person's one-word mention that begins one longer name of the article joins it (سيرينا after سيرينا
     * وليامز) when no name ends with it, and a person's two-word name joins the one longer name with the same first and
     * last word (كريستين فورد, كريستين بلاسي فورد). Not when two different names qualify (محمد صلاح and صالح محمد صلاح: صلاح
     * stays as it is), nor when the mention is a listed name of two words or more that the longer one is not (يوسف
     * القرضاوي and his son عبدالرحمن يوسف القرضاوي).
     */
    private void linkShortMentions(List<Entry> all) {
        for (Entry shortEntry : all) {
            List<Entry> ending = longerNames(shortEntry, all, true);
            List<Entry> candidates = ending;
            if (ending.isEmpty() && shortEntry.type == NameType.PERS) {
                candidates = shortEntry.tokens.length == 1 ? longerNames(shortEntry, all, false)
                        : namesAround(shortEntry, all);
            } else if (ending.isEmpty() && (shortEntry.type == NameType.ORG
                    || (shortEntry.type == NameType.LOC && shortEntry.known == null))) {
                candidates = namesWithAdjectivesAfter(shortEntry, all);
            }
            Entry target = oneName(candidates);
            if (target != null) {
                shortEntry.union(target);
            }
        }
    }

    /**
     * The article's longer names of the same type that are the short one with definite adjectives after it: the same
     * body or place, named in full once and then shortly. An organization of two words or more (البنك المركزي المصري
     * for البنك المركزي, مجلس النواب العراقي for مجلس النواب), not when it is a listed name that the longer one is not
     * (مجلس الأمن, the UN's, is not مجلس الأمن الأرميني); a place that no list knows by itself (الضفة, of الضفة الغربية;
     * the caller leaves out كوريا, which is not كوريا الشمالية).
     */
    private static List<Entry> namesWithAdjectivesAfter(Entry shortEntry, List<Entry> all) {
        String[] words = shortEntry.tokens;
        if (words.length < 2 && shortEntry.type == NameType.ORG) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>(2);
        for (Entry longEntry : all) {
            String[] longer = longEntry.tokens;
            if (longEntry.type != shortEntry.type || longer.length <= words.length
                    || !Arrays.equals(longer, 0, words.length, words, 0, words.length)
                    || (shortEntry.known != null && !shortEntry.known.equals(longEntry.known))) {
                continue;
            }
            boolean adjectives = true;
            for (int i = words.length; i < longer.length; i++) {
                adjectives &= NisbaAdjectives.isDefiniteNisbaForm(longer[i]);
            }
            if (adjectives) {
                found.add(longEntry);
            }
        }
        return found;
    }

    /** The one name (union-find root) all of {@code names} belong to, or null when none or several. */
    private static Entry oneName(List<Entry> names) {
        Entry target = null;
        for (Entry e : names) {
            if (target != null && target.root() != e.root()) {
                return null;
            }
            target = e;
        }
        return target;
    }

    /**
     * The article's longer names of a person that a two-word name is, less middle words: كريستين فورد in كريستين
     * بلاسي فورد, جون غيتي in جون بول غيتي (same first and last word). Not for a first word that joins a name to the
     * next (عبد العزيز is not عبد الله بن عبد العزيز).
     */
    private static List<Entry> namesAround(Entry shortEntry, List<Entry> all) {
        String[] words = shortEntry.tokens;
        if (words.length != 2 || JOINED_FIRST_WORDS.contains(words[0])) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>(2);
        for (Entry longEntry : all) {
            String[] longer = longEntry.tokens;
            if (longEntry.type == NameType.PERS && longer.length > 2 && longer[0].equals(words[0])
                    && longer[longer.length - 1].equals(words[1])
                    && (shortEntry.known == null || shortEntry.known.equals(longEntry.known))) {
                found.add(longEntry);
            }
        }
        return found;
    }

    /**
     * Whether a person's name ends a longer one after بن / ابن / بنت: the father's name, another person (سلمان in
     * محمد بن سلمان, حمد آل ثاني in تميم بن حمد آل ثاني). Not when بن is the longer name's first word (بن والاس, Ben).
     */
    private static boolean isPatronymic(Entry shortEntry, Entry longEntry) {
        int before = longEntry.tokens.length - shortEntry.tokens.length - 1;
        return before > 0 && SON_OF.contains(longEntry.tokens[before]);
    }

    /** The article's longer same-type names that end ({@code atEnd}) or begin with the short one's words. */
    private List<Entry> longerNames(Entry shortEntry, List<Entry> all, boolean atEnd) {
        List<Entry> found = new ArrayList<>(2);
        for (Entry longEntry : all) {
            if (longEntry == shortEntry || longEntry.type != shortEntry.type) {
                continue;
            }
            int start = atEnd ? suffixStart(shortEntry, longEntry) : -1;
            boolean matches = atEnd ? start > 0 : longEntry.tokens.length > shortEntry.tokens.length
                    && longEntry.tokens[0].equals(shortEntry.tokens[0]);
            boolean otherListedName = shortEntry.tokens.length > 1 && shortEntry.type != NameType.LOC
                    && shortEntry.known != null && !shortEntry.known.equals(longEntry.known);
            if (!matches || otherListedName
                    || (shortEntry.type == NameType.LOC && (start < 0 || !samePlace(shortEntry, longEntry, start)))
                    || (atEnd && shortEntry.type == NameType.PERS && isPatronymic(shortEntry, longEntry))) {
                continue;
            }
            found.add(longEntry);
        }
        return found;
    }

    /**
     * Where the short name's words end the longer name, or -1: as written, or for a place as another spelling of the
     * same listed place (قرة باخ, كاراباخ in ناغورنو قره باغ, which the list gives as قره باغ after ناغورني).
     */
    private int suffixStart(Entry shortEntry, Entry longEntry) {
        int start = longEntry.tokens.length - shortEntry.tokens.length;
        if (start > 0 && endsWith(longEntry.tokens, shortEntry.tokens)) {
            return start;
        }
        if (shortEntry.type != NameType.LOC || shortEntry.known == null) {
            return -1;
        }
        String[] tails = listedTailPlaces(longEntry);
        for (int j = 1; j < tails.length; j++) {
            if (shortEntry.known.equals(tails[j])) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The listed place that each of a name's tails is, by the index of its first word (null where none): looked up
     * once per name, as every shorter place of the article is matched against them.
     */
    private String[] listedTailPlaces(Entry entry) {
        if (entry.listedTailPlaces == null) {
            String[] tails = new String[entry.tokens.length];
            for (int j = 1; j < tails.length; j++) {
                String tail = String.join(" ", Arrays.copyOfRange(entry.tokens, j, entry.tokens.length));
                Gazetteer.Name listed = gazetteer.lookup(tail);
                tails[j] = listed != null && listed.type() == NameType.LOC ? listed.canonical() : null;
            }
            entry.listedTailPlaces = tails;
        }
        return entry.listedTailPlaces;
    }

    /**
     * Whether a shorter place name ending a longer one after its first {@code extra} words is the same place: both
     * spellings of one listed name (السعودية, المملكة العربية السعودية), or a longer name whose first words are
     * neither {@link #PART_OF_PLACE} words nor a listed place themselves (كردستان العراق, جدة السعودية: a place in
     * another): دولة قطر, قطاع غزة, ناغورني قره باغ. Not a listed place in a longer name listed as something else: دبي
     * is not إكسبو دبي.
     */
    private boolean samePlace(Entry shortEntry, Entry longEntry, int extra) {
        if (shortEntry.known != null && shortEntry.known.equals(longEntry.known)) {
            return true;
        }
        if (shortEntry.known != null && longEntry.known != null && isListedAsOtherThanPlace(longEntry.known)) {
            return false;
        }
        for (int i = 0; i < extra; i++) {
            if (PART_OF_PLACE.contains(longEntry.tokens[i])) {
                return false;
            }
        }
        Gazetteer.Name head = gazetteer.lookup(String.join(" ", Arrays.copyOf(longEntry.tokens, extra)));
        return head == null || head.type() != NameType.LOC;
    }

    /** Whether a listed canonical name is listed as no place (إكسبو 2020, which إكسبو دبي is a spelling of). */
    private boolean isListedAsOtherThanPlace(String canonical) {
        Gazetteer.Name listed = gazetteer.lookup(canonical);
        return listed != null && listed.type() != NameType.LOC;
    }

    private static boolean endsWith(String[] longer, String[] shorter) {
        int off = longer.length - shorter.length;
        for (int i = 0; i < shorter.length; i++) {
            if (!longer[off + i].equals(shorter[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Joins the groups of one type that the list gives the same name (إيغاد and الهيئة الحكومية للتنمية, حميدتي and
     * محمد حمدان دقلو), so that they share the name the article writes.
     */
    private static void joinSameListedNames(List<Entry> all) {
        Map<String, Entry> byListed = new HashMap<>();
        for (Entry e : all) {
            Entry root = e.root();
            if (root != e) {
                continue;
            }
            String listed = listedName(root, longest(root, all), all);
            if (listed != null) {
                Entry other = byListed.putIfAbsent(root.type + "|" + listed, root);
                if (other != null) {
                    root.union(other);
                }
            }
        }
    }

    /** A group's names: the one its article writes ({@link Entity#canonical}) and the listed one, or null. */
    private record Names(String canonical, String knownAs) {
    }

    /**
     * The group's names. The listed name ({@link #listedName}) is the canonical one when the article writes it; else
     * the article's own fullest form (the longest entry's most frequent form) is, and the listed name goes with it as
     * the name the entity is known by across articles: an article that writes ترامب alone names ترامب, known as دونالد
     * ترامب, and one that writes الإمارات العربية المتحدة names that, known as الإمارات.
     */
    private Names chooseNames(Entry root, List<Entry> all) {
        Entry longest = longest(root, all);
        String listed = listedName(root, longest, all);
        if (listed == null) {
            return new Names(mostFrequentForm(longest), null);
        }
        String key = Gazetteer.key(listed);
        if (isHeadBefore(longest, key)) {
            return new Names(listed, listed);
        }
        for (Entry e : all) {
            if (e.root() == root && e.key.equals(key)) {
                return new Names(listed, listed);
            }
        }
        return new Names(mostFrequentForm(longest), listed);
    }

    /**
     * Whether {@code longer} is a generic head word and {@code name} (وكالة سبوتنيك, دولة قطر), or for a person a title
     * and the name (الملك عبد الله الثاني): the listed name counts as written when the group's longest form is that
     * (not beside الإمارات العربية المتحدة for دولة الإمارات).
     */
    private boolean isHeadBefore(Entry longer, String name) {
        String key = longer.key;
        int space = key.indexOf(' ');
        if (space < 0 || key.length() != space + 1 + name.length() || !key.endsWith(name)) {
            return false;
        }
        String head = key.substring(0, space);
        boolean title = longer.type == NameType.PERS
                && triggerOf(longer.tokens[0]) == Gazetteer.triggerCode(NameType.PERS);
        return GENERIC_HEADS.contains(head) || title;
    }

    /**
     * The group's listed name: that of its longest entry ({@link #longest}), else for a place that of its longest
     * listed entry (دولة الإمارات العربية المتحدة with الإمارات: الإمارات, as in other articles); null when neither is
     * listed. Not for other types: a person's listed surname (راموس, listed as سيرجيو راموس) may name another person
     * (كارلوس راموس), and a listed organization ending a longer name is often another one (جامعة الرياض, دير المحرق).
     */
    private static String listedName(Entry root, Entry longest, List<Entry> all) {
        if (longest.known != null) {
            return longest.known;
        }
        Entry known = longest.type == NameType.LOC ? longestKnown(root, all) : null;
        return known == null ? null : known.known;
    }

    /** The group's longest entry; among the longest, a listed one first, then the most frequent. */
    private static Entry longest(Entry root, List<Entry> all) {
        Entry best = null;
        for (Entry e : all) {
            if (e.root() != root) {
                continue;
            }
            if (best == null || e.tokens.length > best.tokens.length
                    || (e.tokens.length == best.tokens.length && rank(e) > rank(best))) {
                best = e;
            }
        }
        return best;
    }

    /** The entry's most frequent form as the article writes it (clitics stripped). */
    private static String mostFrequentForm(Entry e) {
        String form = null;
        int count = 0;
        for (Map.Entry<String, Integer> f : e.forms.entrySet()) {
            if (f.getValue() > count) {
                form = f.getKey();
                count = f.getValue();
            }
        }
        return form;
    }

    /** The longest entry of the group that is a listed name, or null. */
    private static Entry longestKnown(Entry root, List<Entry> all) {
        Entry best = null;
        for (Entry e : all) {
            if (e.root() == root && e.known != null && (best == null || e.tokens.length > best.tokens.length)) {
                best = e;
            }
        }
        return best;
    }

    private static long rank(Entry e) {
        int total = 0;
        for (int c : e.forms.values()) {
            total += c;
        }
        return (e.known != null ? 1L << 40 : 0) + ((long) total << 20) - e.order;
    }

    /**
     * Edit distance with swaps of two neighbouring letters counted as one edit (optimal string alignment: أدروغان /
     * أردوغان is 1), or {@code limit + 1} as soon as it must exceed {@code limit}.
     */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** One distinct (type, normalized name) of the article; union-find node. */
    private static final class Entry {
        final NameType type;
        final String key;
        final String[] tokens;
        final int order;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        String known;
        /** The listed places the name's tails are ({@link #listedTailPlaces}), once looked up. */
        String[] listedTailPlaces;
        Entry parent = this;

        Entry(NameType type, String key, int order) {
            this.type = type;
            this.key = key;
            this.tokens = key.split(" ");
            this.order = order;
        }

        Entry root() {
            Entry e = this;
            while (e.parent != e) {
                e = e.parent;
            }
            return e;
        }

        void union(Entry other) {
            Entry a = root();
            Entry b = other.root();
            if (a != b) {
                a.parent = b;
            }
        }
    }
}
