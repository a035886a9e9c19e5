package io.khabar.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.khabar.arabic.ArabicNormalizer;

/**
 * Hand-written lists of names (countries, cities, leaders, organizations, agencies) with their spelling variants.
 * Gives the model span-match features and gives canonicalization the proper spelling of a known name.
 *
 * <p>Resource format: {@code TYPE<TAB>canonical|variant|variant}, {@code #} comments.
 *
 * <p>A listed spelling names its entry's canonical, with two exceptions, where the spelling is its own canonical
 * name: a spelling listed under two names (عمان: سلطنة عمان or the city; يورو: the currency or the championship), and
 * a one-word variant of a person's name that many people share: a family name with ال (المالكي, الحريري), a given
 * name (باراك), or the name's own first word (عدي for عدي صدام حسين). The tagger still knows them as names;
 * only the full name is not guessed for them. A bare surname of one famous holder (بوتين, أردوغان) keeps its full
 * name.
 */
final class Gazetteer {

    /** Nationality adjectives not formed from their country's listed name (folded, without ال and the final ي). */
    private static final Set<String> IRREGULAR_NATIONALITIES = Set.of("انجليز", "انكليز", "نمساو", "ارمن",
            // of places whose adjective is not the name less its ending (2026-12-06: البوسني, الكونغولي, الأفغاني, …);
            // not المالي, which is mostly "financial"
            "بوسن", "كونغول", "ايفوار", "عاج", "كازاخ", "اوزبك", "قرغيز", "طاجيك", "تركمان", "جيبوت", "بوروند",
            "زيمبابو", "ملغاش", "بوركين", "توغول", "بيروف", "تشيل", "اوروغويان", "باراغويان", "هايت", "افغان",
            "كوسوف");
    /** Compass and other adjectives whose stem may be a listed place but that name no nationality. */
    private static final Set<String> NOT_NATIONALITIES = Set.of("شمال", "جنوب", "شرق", "غرب", "وسط", "عرب");

    /** A known name: its proper spelling and class. */
    record Name(String canonical, NameType type) {
    }

    /** The longest name, in words (الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر has 7). */
    static final int MAX_TOKENS = 8;
    /** Bit set on a token whose gazetteer match needed a clitic stripped from the first token. */
    static final int STRIPPED_BIT = 1 << 8;
    /** The bits of {@link #mark} that say a name of some type begins at the token. */
    static final int BEGIN_BITS = 0x55;
    /** The bits of {@link #mark} that say the token is inside a name of some type begun before it. */
    static final int INSIDE_BITS = 0xAA;
    /** Trigger class of a given name (first word of a person's name). */
    static final int FIRST_NAME = NameType.values().length + 1;

    /** The bit of {@link #mark} that says a name of type {@code t} begins at the token. */
    static int beginBit(NameType t) {
        return 1 << (2 * t.ordinal());
    }

    /** The type whose {@link #beginBit} is {@code bit} (one bit of {@link #BEGIN_BITS}). */
    static NameType typeOfBeginBit(int bit) {
        return NameType.values()[Integer.numberOfTrailingZeros(bit) / 2];
    }

    /** The bit of {@link #mark} that says the token is inside a name of type {@code t} begun before it. */
    static int insideBit(NameType t) {
        return 1 << (2 * t.ordinal() + 1);
    }

    /** Whether {@link #mark} says that tokens [s, e) are exactly a listed name of type {@code t}. */
    static boolean isListedName(int[] marks, int s, int e, NameType t) {
        return (marks[s] & beginBit(t)) != 0 && nameEnd(marks, s, t) == e;
    }

    /** The end (exclusive) of the listed name of type {@code t} that {@link #mark} says begins at token {@code s}. */
    static int nameEnd(int[] marks, int s, NameType t) {
        int e = s + 1;
        while (e < marks.length && (marks[e] & insideBit(t)) != 0) {
            e++;
        }
        return e;
    }

    private final LongIntMap entries = new LongIntMap(4096);
    private final LongIntMap prefixes = new LongIntMap(4096);
    private final Map<String, Name> byKey = new HashMap<>();
    private final Set<String> ambiguousKeys = new HashSet<>();
    /** Listed names by each key that drops one inner long vowel of theirs, for {@link #lookupNear}. */
    private final Map<String, Set<Name>> byKeyLessOneVowel = new HashMap<>();
    /** Listed names by {@link #spellingKey}, for {@link #lookupNear}. */
    private final Map<String, Set<Name>> bySpellingKey = new HashMap<>();
    private final LongIntMap triggers = new LongIntMap(256);
    /**
     * Contextual spellings (written =سورية) with the proclitics they take, by folded-word hash: looked up for
     * canonical names, never marked in the text.
     */
    private final Map<Long, Contextual> contextual = new HashMap<>();
    /** The keys of {@link #contextual}, to rule most words out without boxing (it is asked of every word). */
    private final LongIntMap contextualKeys = new LongIntMap(256);
    /** Proclitics before a contextual spelling: و, ف, then ب, ل (وبسورية, لسورية, وسورية, سورية). */
    private static final List<String> CONTEXTUAL_PROCLITICS = List.of("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل");

    /**
     * A contextual spelling as written in the text: its known name, whether ب or ل comes before it, the spelling
     * without its proclitics (folded-word hash), and whether the file also lists that spelling plainly (مسقط|=مسقط: a
     * place the model may tag anywhere, and that the context makes one where the model left it untagged).
     */
    record Contextual(Name name, boolean preposition, boolean conjunction, long bare, boolean alsoPlain) {
    }

    static Gazetteer read(InputStream names, InputStream triggerWords) {
        Gazetteer g = new Gazetteer();
        record Listed(String form, String canonical, NameType type) {
        }
        List<Listed> listed = new ArrayList<>();
        try (BufferedReader r = reader(names)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                NameType type = NameType.valueOf(line.substring(0, tab).strip());
                String[] forms = line.substring(tab + 1).split("\\|");
                // a line may list a contextual spelling alone (=العقبة): its canonical name is the spelling
                String canonical = forms[0].strip().replaceFirst("^=\\s*", "");
                for (String form : forms) {
                    listed.add(new Listed(form.strip(), canonical, type));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedReader r = reader(triggerWords)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                int value = f[0].equals("FIRST") ? FIRST_NAME : triggerCode(NameType.valueOf(f[0]));
                for (int i = 1; i < f.length; i++) {
                    g.triggers.put(Hashing.ofFolded(f[i]), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // after the triggers, which tell the given names
        Set<String> plain = new HashSet<>();
        for (Listed l : listed) {
            if (!l.form().startsWith("=")) {
                plain.add(key(l.form()));
            }
        }
        for (Listed l : listed) {
            if (l.form().startsWith("=")) {
                String form = l.form().substring(1).strip();
                Name name = new Name(l.canonical(), l.type());
                long bare = Hashing.ofFolded(form);
                for (String p : CONTEXTUAL_PROCLITICS) {
                    g.contextualKeys.put(Hashing.ofFolded(p + form), 1);
                    g.contextual.put(Hashing.ofFolded(p + form),
                            new Contextual(name, p.endsWith("ب") || p.endsWith("ل"), p.equals("و"), bare,
                                    plain.contains(key(form))));
                }
                g.byKey.putIfAbsent(key(form), name);
            } else {
                g.add(l.form(), l.canonical(), l.type());
            }
        }
        // عبد joined to the next word is the same name (سلمان بن عبدالعزيز, عبدالفتاح السيسي), as news writes it as often
        for (Listed l : listed) {
            String joined = l.form().startsWith("=") ? l.form() : joinAbd(l.form());
            if (!joined.equals(l.form())) {
                Name known = g.byKey.get(key(joined));
                if (known == null || known.canonical().equals(l.canonical())) {
                    g.add(joined, l.canonical(), l.type());
                }
            }
        }
        g.byKey.forEach((key, name) -> {
            for (String shorter : g.lessOneLongVowel(key)) {
                g.byKeyLessOneVowel.computeIfAbsent(shorter, k -> new HashSet<>()).add(name);
            }
            g.bySpellingKey.computeIfAbsent(spellingKey(key), k -> new HashSet<>()).add(name);
        });
        return g;
    }

    /** The name with every عبد that a word follows joined to that word: عبد العزيز → عبدالعزيز. */
    static String joinAbd(String form) {
        return form.replaceAll("(^|\\s)عبد\\s+(?=\\S)", "$1عبد");
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private void add(String form, String canonical, NameType type) {
        if (form.isEmpty()) {
            return;
        }
        TokenSpans tokens = ArabicTokenizer.tokenize(form);
        if (tokens.size() > MAX_TOKENS) {
            throw new IllegalArgumentException("a gazetteer name has more than " + MAX_TOKENS + " words: " + form);
        }
        long seq = Hashing.SEED;
        for (int i = 0; i < tokens.size(); i++) {
            seq = Hashing.chain(seq, Hashing.ofFolded(tokens.token(i)));
            if (i + 1 < tokens.size()) {
                prefixes.put(seq, 1);
            }
        }
        entries.or(seq, 1 << type.ordinal());
        String key = key(form);
        Name name = new Name(namesItsHolder(form, canonical, type) ? canonical : form, type);
        Name before = byKey.putIfAbsent(key, name);
        if (before != null && !before.canonical().equals(name.canonical()) && ambiguousKeys.add(key)) {
            byKey.put(key, new Name(form, before.type()));
        }
    }

    /**
     * False for a one-word variant of a person's name that does not single its holder out: a family name with ال, a
     * given name, or the name's own first word.
     */
    private boolean namesItsHolder(String form, String canonical, NameType type) {
        if (type != NameType.PERS || form.equals(canonical) || form.indexOf(' ') >= 0) {
            return true;
        }
        String word = key(form);
        String[] words = key(canonical).split(" ");
        return words.length < 2 || (!word.startsWith("ال") && !word.equals(words[0])
                && triggers.get(Hashing.ofFolded(form), 0) != FIRST_NAME);
    }

    /** The lookup key of a name: normalized, punctuation folded to single spaces. */
    static String key(String name) {
        return ArabicNormalizer.fold(name);
    }

    /**
     * Whether {@code word} is the masculine definite nationality adjective of a listed place: ال + the place's name
     * less its ending + ي (الفرنسي of فرنسا, الروسي of روسيا, السعودي of السعودية, العراقي of العراق, الإماراتي of
     * الإمارات), or one of the few irregular ones (الإنجليزي, النمساوي, الأرمني), after an optional و or ف. The compass
     * adjectives (الجنوبي) are not.
     */
    boolean isNationality(String word) {
        String key = key(word);
        if (key.startsWith("وال") || key.startsWith("فال")) {
            key = key.substring(1); // والأرميني
        }
        if (key.length() < 6 || !key.startsWith("ال") || !key.endsWith("ي") || key.indexOf(' ') >= 0) {
            return false;
        }
        String stem = key.substring(2, key.length() - 1);
        if (IRREGULAR_NATIONALITIES.contains(stem)) {
            return true;
        }
        if (NOT_NATIONALITIES.contains(stem)) {
            return false;
        }
        for (String place : List.of(stem, stem + "ا", stem + "يا", "ال" + stem, "ال" + stem + "يه", stem + "ه")) {
            Name known = byKey.get(place);
            if (known != null && known.type() == NameType.LOC) {
                return true;
            }
        }
        return false;
    }

    /** The known name written as {@code name} (any listed spelling), or null. */
    Name lookup(String name) {
        return byKey.get(key(name));
    }

    /**
     * The known name of type {@code type} that {@code name} is a spelling of, give or take one long vowel inside a
     * word on either side (نتانياهو / نتنياهو, بوريس جونسن / بوريس جونسون, إيرفلوت / إيروفلوت), a hamza's seat (قايد /
     * قائد) or the space after عبد or أبو (عبدالفتاح السيسي / عبد الفتاح السيسي), or null: when the name is listed as
     * written, when it is a single word of under 6 letters (short words one vowel apart are often other words), or when
     * two listed names qualify. One long vowel for another or moved (ستافان / ستيفان دي ميستورا, مودرتيش / مودريتش)
     * counts only in a name of two words or more and not in a given name of 4 letters, where it makes another name
     * (القصير / الأقصر, محمد صالح / محمد صلاح, محمد بن نواف / محمد بن نايف). Never where the vowel makes one Arabic
     * given name another (محمد سعد / محمود سعد, أحمد حسين / أحمد حسن).
     */
    Name lookupNear(String name, NameType type) {
        String key = key(name);
        if (byKey.containsKey(key) || (key.indexOf(' ') < 0 && key.length() < 6)) {
            return null;
        }
        Set<Name> found = new HashSet<>();
        collectNear(bySpellingKey.get(spellingKey(key)), type, found);
        collectNear(byKeyLessOneVowel.get(key), type, found);
        for (int i = 1; i + 1 < key.length(); i++) {
            if (!isLongVowelInsideWord(key, i)) {
                continue;
            }
            String shorter = key.substring(0, i) + key.substring(i + 1);
            if (makesAnotherGivenName(key, shorter, i)) {
                continue;
            }
            Name listed = byKey.get(shorter);
            if (listed != null && listed.type() == type) {
                found.add(listed);
            }
            if (key.indexOf(' ') >= 0 && !isShortGivenName(wordAt(key, i))) {
                collectNear(byKeyLessOneVowel.get(shorter), type, found);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static String wordAt(String key, int i) {
        int start = key.lastIndexOf(' ', i) + 1;
        int end = key.indexOf(' ', i);
        return key.substring(start, end < 0 ? key.length() : end);
    }

    private boolean isShortGivenName(String word) {
        return word.length() <= 4 && isGivenName(word);
    }

    private static void collectNear(Set<Name> names, NameType type, Set<Name> found) {
        if (names != null) {
            for (Name n : names) {
                if (n.type() == type) {
                    found.add(n);
                }
            }
        }
    }

    /**
     * A key with the spelling choices that do not change a name folded away: ئ and ؤ as ي and و (قايد / قائد), and no
     * space after عبد or ابو at a word's start (عبد الفتاح / عبدالفتاح, ابو بكر / ابوبكر).
     */
    static String spellingKey(String key) {
        String k = key.replace('ئ', 'ي').replace('ؤ', 'و');
        for (String joiner : List.of("عبد ", "ابو ")) {
            int at = k.indexOf(joiner);
            while (at >= 0) {
                if (at == 0 || k.charAt(at - 1) == ' ') {
                    k = k.substring(0, at + joiner.length() - 1) + k.substring(at + joiner.length());
                }
                at = k.indexOf(joiner, at + 1);
            }
        }
        return k;
    }

    /**
     * The key with one of its long vowels (ا و ي) left out, for each such vowel inside a word: not at its start, nor at
     * its end, where it changes the name (عباس / عباسي).
     */
    private List<String> lessOneLongVowel(String key) {
        List<String> out = new ArrayList<>(4);
        for (int i = 1; i + 1 < key.length(); i++) {
            if (isLongVowelInsideWord(key, i)) {
                String shorter = key.substring(0, i) + key.substring(i + 1);
                if (!makesAnotherGivenName(key, shorter, i)) {
                    out.add(shorter);
                }
            }
        }
        return out;
    }

    /**
     * Whether taking the long vowel at {@code i} out of {@code key} turns one Arabic given name into another: a vowel
     * before the last letter of a given name of up to five letters, which leaves a given name (محمود and محمد, حسين
     * and حسن, سعيد and سعد: the patterns مفعول and فعيل of one root). Such names are other people (محمد سعد is not
     * محمود سعد). A transliterated given name spelled with or without a vowel elsewhere stays one name (ديميتري and
     * دميتري, تييري and تيري).
     */
    private boolean makesAnotherGivenName(String key, String shorter, int i) {
        String word = wordAt(key, i);
        int start = key.lastIndexOf(' ', i) + 1;
        return word.length() <= 5 && i == start + word.length() - 2
                && isGivenName(word) && isGivenName(wordAt(shorter, i - 1));
    }

    private boolean isGivenName(String word) {
        return triggers.get(Hashing.ofFolded(word), 0) == FIRST_NAME;
    }

    private static boolean isLongVowelInsideWord(String key, int i) {
        char c = key.charAt(i);
        return (c == 'ا' || c == 'و' || c == 'ي') && key.charAt(i - 1) != ' ' && key.charAt(i + 1) != ' ';
    }

    /**
     * The contextual spelling (=سورية in the file: the country, and as often the adjective "Syrian") that a word is,
     * with its proclitics, by the word's folded hash, or null; such a spelling is a name only where the context says
     * so ({@link ListedNames#tagContextualPlaces}), so the gazetteer never marks it in the text.
     */
    Contextual contextual(long wordHash) {
        return contextualKeys.contains(wordHash) ? contextual.get(wordHash) : null;
    }

    /** The trigger code of the words that announce a name of type {@code t} (الرئيس, الملاكم for a person). */
    static int triggerCode(NameType t) {
        return t.ordinal() + 1;
    }

    /** The trigger class of a word ({@link #triggerCode}, or {@link #FIRST_NAME}), or 0. */
    int trigger(long wordHash) {
        return triggers.get(wordHash, 0);
    }

    /**
     * Marks tokens covered by gazetteer names: bit {@code 2t} = begins a name of type {@code t}, bit {@code 2t+1}
     * = inside one. The first token of a match may be its clitic-stripped form. {@code span} receives the span code
     * of the longest match covering each token: {@code types << 4 | (min(length, 4) - 1) << 2 | position}, position
     * 0 = the whole name, 1 = first, 2 = middle, 3 = last token (0 when no match covers the token).
     */
    void mark(long[] wordHashes, long[] conjStripped, long[] cliticStripped, int n, int[] out, int[] span) {
        int[] spanLen = new int[n];
        for (int i = 0; i < n; i++) {
            boolean matched = matchFrom(wordHashes[i], false, wordHashes, i, n, out, span, spanLen);
            if (!matched && conjStripped[i] != wordHashes[i]) {
                matched = matchFrom(conjStripped[i], true, wordHashes, i, n, out, span, spanLen);
            }
            if (!matched && cliticStripped[i] != conjStripped[i]) {
                matchFrom(cliticStripped[i], true, wordHashes, i, n, out, span, spanLen);
            }
        }
    }

    private boolean matchFrom(long first, boolean stripped, long[] words, int i, int n, int[] out, int[] span,
                              int[] spanLen) {
        long seq = Hashing.chain(Hashing.SEED, first);
        int bestLen = 0;
        int bestTypes = 0;
        for (int len = 1; len <= MAX_TOKENS && i + len <= n; len++) {
            if (len > 1) {
                seq = Hashing.chain(seq, words[i + len - 1]);
            }
            int types = entries.get(seq, 0);
            if (types != 0) {
                bestLen = len;
                bestTypes = types;
            }
            if (prefixes.get(seq, 0) == 0) {
                break;
            }
        }
        if (bestLen == 0) {
            return false;
        }
        for (int t = 0; t < 4; t++) {
            if ((bestTypes & (1 << t)) != 0) {
                out[i] |= 1 << (2 * t);
                for (int k = 1; k < bestLen; k++) {
                    out[i + k] |= 1 << (2 * t + 1);
                }
            }
        }
        if (stripped) {
            out[i] |= STRIPPED_BIT;
        }
        int lenCode = Math.min(bestLen, 4) - 1;
        for (int k = 0; k < bestLen; k++) {
            if (bestLen > spanLen[i + k]) {
                spanLen[i + k] = bestLen;
                int position = bestLen == 1 ? 0 : k == 0 ? 1 : k + 1 == bestLen ? 3 : 2;
                span[i + k] = (bestTypes << 4) | (lenCode << 2) | position;
            }
        }
        return true;
    }
}
