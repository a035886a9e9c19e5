package io.khabar.enrich.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.khabar.arabic.ArabicNormalizer;
import io.khabar.model.Json;

/**
 * Measures precision and recall of paragraph duplicate flags on a labeled stream built from real articles
 * (ANT corpus JSON lines), with the same detector classes as the topology ({@link UnitExtractor},
 * {@link Fingerprinter}, {@link BandMatcher}, via {@link InMemoryDeduplicator}).
 *
 * <p>The stream, deterministic for a seed: (1) real "original" articles in file order; (2) real "other" articles'
 * paragraphs that share many words with an original paragraph (same story/entity) — the hard negatives;
 * (3) synthetic later articles holding exact copies and controlled near repeats of original paragraphs: date format
 * changes, month-system swaps, Eastern digits, clitic changes, synonym swaps, substituted words and dropped
 * phrases, up to {@code maxEdit} of the tokens changed. Gold labels: a synthetic copy is a repeat; a real
 * paragraph is a repeat when its token edit distance (over {@link ArabicNormalizer#fold} tokens) to some earlier
 * paragraph is at most 20% of the longer one, not a repeat when every earlier paragraph is at least 50% away, and
 * ambiguous (not counted) in between. A flag counts as correct only if the paragraph it names is within 50%.
 *
 * <p>Run: {@code ./khabar dedup-eval [--data FILE] [--seed N] [--threshold X] [--mode minhash|exact]}.
 */
public final class DedupEval {

    /** Evaluation knobs. */
    public record Options(long seed, int originals, int copies, double maxEdit, double threshold, int bands, int rows,
            DedupMode mode, int minTokens) {

        public static Options defaults() {
            return new Options(42, 1500, 1500, 0.20, DedupDefaults.THRESHOLD, DedupDefaults.BANDS,
                    DedupDefaults.ROWS, DedupMode.MINHASH, DedupDefaults.MIN_TOKENS);
        }

        public Options withThreshold(double t) {
            return new Options(seed, originals, copies, maxEdit, t, bands, rows, mode, minTokens);
        }

        public Options withMode(DedupMode m) {
            return new Options(seed, originals, copies, maxEdit, threshold, bands, rows, m, minTokens);
        }
    }

    /** Counts and figures of one run. */
    public record Result(int paragraphs, int positives, int syntheticPositives, int hardNegatives, int ambiguous,
            int truePositives, int falsePositives, int flaggedAmbiguous, int syntheticFound, int exactCopies,
            int exactFound, int heavilyEdited, int heavilyEditedFound) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return positives == 0 ? 1.0 : (double) truePositives / positives;
        }

        public double syntheticRecall() {
            return syntheticPositives == 0 ? 1.0 : (double) syntheticFound / syntheticPositives;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "paragraphs=%d positives=%d (synthetic %d, exact copies %d) hard-negatives=%d ambiguous=%d%n"
                            + "flags: true=%d false=%d on-ambiguous=%d%n"
                            + "precision=%.4f recall=%.4f synthetic-recall=%.4f exact-copy-recall=%.4f"
                            + " recall-15-20%%-edited=%.4f (%d copies)",
                    paragraphs, positives, syntheticPositives, exactCopies, hardNegatives, ambiguous, truePositives,
                    falsePositives, flaggedAmbiguous, precision(), recall(), syntheticRecall(),
                    exactCopies == 0 ? 1.0 : (double) exactFound / exactCopies, heavyRecall(), heavilyEdited);
        }

        /** Recall on synthetic copies with 15-20% of their tokens changed. */
        public double heavyRecall() {
            return heavilyEdited == 0 ? 1.0 : (double) heavilyEditedFound / heavilyEdited;
        }
    }

    private record Item(String article, int paragraph, String text, List<String> folded, int source,
            boolean synthetic, boolean exactCopy, double edited) {
    }

    private record Edited(String text, double fraction) {
    }

    private static final String[][] SYNONYMS = {
            {"قال", "أوضح"}, {"أعلن", "أكد"}, {"أكد", "شدد"}, {"أضاف", "تابع"}, {"أشار", "لفت"},
            {"اليوم", "يوم"}, {"الرئيس", "رئيس"}, {"حوالي", "نحو"}, {"أجل", "بهدف"}, {"كبير", "ضخم"},
            {"الحكومة", "السلطات"}, {"وذكر", "وأفاد"}, {"بيان", "تصريح"}, {"حيث", "إذ"}, {"مقتل", "سقوط"},
            {"الجيش", "القوات"}, {"عدد", "جملة"}, {"كما", "وكذلك"}, {"الأذربيجانية", "الأذرية"}, {"شن", "نفذ"}};

    private static final String[] WESTERN = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] SYRIAC = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};

    private static final int MAX_HARD_NEGATIVES = 2500;

    private DedupEval() {
    }

    /** {@code args}: [--data FILE] [--seed N] [--threshold X] [--mode minhash|exact] [--sweep]. */
    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getProperty("khabar.shared", "../shared"), "data/news/ant-2018-08-10.jsonl");
        Options options = Options.defaults();
        boolean sweep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--seed" -> options = new Options(Long.parseLong(args[++i]), options.originals(),
                        options.copies(), options.maxEdit(), options.threshold(), options.bands(), options.rows(),
                        options.mode(), options.minTokens());
                case "--threshold" -> options = options.withThreshold(Double.parseDouble(args[++i]));
                case "--mode" -> options = options.withMode(DedupMode.valueOf(args[++i].toUpperCase(Locale.ROOT)));
                case "--sweep" -> sweep = true;
                case "--bands" -> options = new Options(options.seed(), options.originals(), options.copies(),
                        options.maxEdit(), options.threshold(), Integer.parseInt(args[++i]), options.rows(),
                        options.mode(), options.minTokens());
                case "--rows" -> options = new Options(options.seed(), options.originals(), options.copies(),
                        options.maxEdit(), options.threshold(), options.bands(), Integer.parseInt(args[++i]),
                        options.mode(), options.minTokens());
                case "--help", "-h" -> {
                    System.out.println("dedup-eval [--data FILE] [--seed N] [--threshold X] [--mode minhash|exact]"
                            + " [--bands N] [--rows N]"
                            + " [--sweep]: precision/recall of paragraph duplicate flags on a labeled set built"
                            + " from real articles");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
            }
        }
        if (!sweep) {
            System.out.println(run(data, options));
            return;
        }
        for (double t = 0.35; t <= 0.651; t += 0.05) {
            Result r = run(data, options.withThreshold(t));
            System.out.printf(Locale.ROOT,
                    "threshold=%.2f precision=%.4f recall=%.4f synthetic-recall=%.4f heavy-recall=%.4f FP=%d%n",
                    t, r.precision(), r.recall(), r.syntheticRecall(), r.heavyRecall(), r.falsePositives());
        }
    }

    /** Builds the labeled stream from {@code data}, runs the detector over it and counts. */
    public static Result run(Path data, Options options) throws IOException {
        List<List<String>> articles = load(data);
        Random random = new Random(options.seed());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int originalCount = Math.min(options.originals(), articles.size() / 2);
        List<Integer> originals = new ArrayList<>(order.subList(0, originalCount));
        Collections.sort(originals);
        List<Integer> others = order.subList(originalCount, order.size());

        List<Item> items = new ArrayList<>();
        for (int a : originals) {
            List<String> ps = articles.get(a);
            for (int p = 0; p < ps.size(); p++) {
                items.add(new Item("orig-" + a, p, ps.get(p), foldTokens(ps.get(p)), -1, false, false, 0));
            }
        }
        int originalItems = items.size();
        List<String> vocabulary = new ArrayList<>();
        for (int k = 0; k < originalItems; k += 7) {
            vocabulary.addAll(Arrays.asList(items.get(k).text().split("\\s+")));
        }
        List<Item> later = new ArrayList<>();
        addHardNegatives(items, articles, others, later);
        int hardNegatives = later.size();
        for (int c = 0; c < options.copies(); c++) {
            int source = random.nextInt(originalItems);
            Item src = items.get(source);
            if (src.folded().size() < options.minTokens() + 1) {
                continue;
            }
            boolean exact = random.nextInt(3) == 0;
            Edited edited = exact ? new Edited(src.text(), 0) : edit(src.text(), options.maxEdit(), random, vocabulary);
            later.add(new Item("", 0, edited.text(), foldTokens(edited.text()), source, true, exact,
                    edited.fraction()));
        }
        Collections.shuffle(later, random);
        int articleNo = 0;
        for (int i = 0; i < later.size(); articleNo++) {
            int size = 3 + random.nextInt(4);
            for (int p = 0; p < size && i < later.size(); p++, i++) {
                Item it = later.get(i);
                items.add(new Item("later-" + articleNo, p, it.text(), it.folded(), it.source(), it.synthetic(),
                        it.exactCopy(), it.edited()));
            }
        }

        double[] nearest = nearestEarlier(items);
        Fingerprinter fingerprinter = new Fingerprinter(options.mode(), options.bands(), options.rows());
        UnitExtractor extractor = new UnitExtractor(fingerprinter, options.minTokens(), Integer.MAX_VALUE, false);
        InMemoryDeduplicator dedup = new InMemoryDeduplicator(extractor,
                BandMatcher.withDefaults(options.threshold(), Long.MAX_VALUE / 4, options.rows()));
        Map<String, Integer> firstItem = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            firstItem.putIfAbsent(items.get(i).article(), i);
        }

        int positives = 0;
        int synthetic = 0;
        int ambiguous = 0;
        int tp = 0;
        int fp = 0;
        int flaggedAmbiguous = 0;
        int syntheticFound = 0;
        int exactCopies = 0;
        int exactFound = 0;
        int heavy = 0;
        int heavyFound = 0;
        long time = 0;
        int i = 0;
        while (i < items.size()) {
            String article = items.get(i).article();
            int from = i;
            List<String> paragraphs = new ArrayList<>();
            while (i < items.size() && items.get(i).article().equals(article)) {
                paragraphs.add(items.get(i).text());
                i++;
            }
            Map<Integer, UnitRef> flags = new HashMap<>();
            for (UnitMatch m : dedup.add(article, time++, paragraphs)) {
                if (m.kind() == MatchKind.PARAGRAPH) {
                    flags.put(m.unit().paragraph(), m.match());
                }
            }
            for (int k = from; k < i; k++) {
                Item it = items.get(k);
                boolean positive = it.synthetic() || nearest[k] <= 0.2;
                boolean negative = !positive && nearest[k] >= 0.5;
                if (positive) {
                    positives++;
                }
                if (it.synthetic()) {
                    synthetic++;
                    exactCopies += it.exactCopy() ? 1 : 0;
                    heavy += it.edited() >= 0.15 ? 1 : 0;
                }
                if (!positive && !negative) {
                    ambiguous++;
                }
                UnitRef ref = flags.get(it.paragraph());
                if (ref == null) {
                    continue;
                }
                Item target = items.get(firstItem.get(ref.articleId()) + ref.paragraph());
                boolean pointerOk = editRatio(it.folded(), target.folded()) <= 0.5
                        || (it.synthetic() && it.source() == firstItem.get(ref.articleId()) + ref.paragraph());
                if (positive && pointerOk) {
                    tp++;
                    if (it.synthetic()) {
                        syntheticFound++;
                        exactFound += it.exactCopy() ? 1 : 0;
                        heavyFound += it.edited() >= 0.15 ? 1 : 0;
                    }
                } else if (negative || !pointerOk) {
                    fp++;
                    if (Boolean.getBoolean("khabar.eval.verbose")) {
                        System.out.printf(Locale.ROOT, "FP nearest=%.2f ok=%s%n  %s%n  %s%n", nearest[k], pointerOk,
                                it.text(), target.text());
                    }
                } else {
                    flaggedAmbiguous++;
                }
            }
        }
        return new Result(items.size(), positives, synthetic, hardNegatives, ambiguous, tp, fp, flaggedAmbiguous,
                syntheticFound, exactCopies, exactFound, heavy, heavyFound);
    }

    private static List<List<String>> load(Path data) throws IOException {
        List<List<String>> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = Json.mapper().readTree(line);
                List<String> paragraphs = new ArrayList<>();
                for (String p : node.path("body").asText("").split("\\n\\s*\\n")) {
                    String t = p.trim();
                    if (!t.isEmpty() && foldTokens(t).size() >= 6) {
                        paragraphs.add(t);
                    }
                }
                articles.add(paragraphs);
            }
        }
        return articles;
    }

    /** Real paragraphs of other articles sharing many words with an original paragraph, in other articles. */
    private static void addHardNegatives(List<Item> originals, List<List<String>> articles, List<Integer> others,
            List<Item> out) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            for (String t : new HashSet<>(originals.get(i).folded())) {
                if (t.length() > 3) {
                    index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int a : others) {
            if (out.size() >= MAX_HARD_NEGATIVES) {
                return;
            }
            for (String p : articles.get(a)) {
                List<String> folded = foldTokens(p);
                Set<String> set = new HashSet<>(folded);
                Map<Integer, Integer> shared = new HashMap<>();
                for (String t : set) {
                    List<Integer> posting = t.length() > 3 ? index.get(t) : null;
                    if (posting != null && posting.size() < 60) {
                        for (int i : posting) {
                            shared.merge(i, 1, Integer::sum);
                        }
                    }
                }
                for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                    Set<String> other = new HashSet<>(originals.get(e.getKey()).folded());
                    int union = set.size() + other.size() - e.getValue();
                    if (e.getValue() >= 5 && (double) e.getValue() / union >= 0.3) {
                        out.add(new Item("", 0, p, folded, -1, false, false, 0));
                        break;
                    }
                }
            }
        }
    }

    /** For every item, the smallest token edit ratio to an earlier item that shares rare words with it (1 if none). */
    private static double[] nearestEarlier(List<Item> items) {
        double[] nearest = new double[items.size()];
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Set<String> set = new HashSet<>(it.folded());
            Map<Integer, Integer> shared = new HashMap<>();
            for (String t : set) {
                List<Integer> posting = index.get(t);
                if (posting != null && posting.size() < 150) {
                    for (int j : posting) {
                        if (!items.get(j).article().equals(it.article())) {
                            shared.merge(j, 1, Integer::sum);
                        }
                    }
                }
            }
            List<Map.Entry<Integer, Integer>> candidates = new ArrayList<>(shared.entrySet());
            candidates.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
            double best = 1.0;
            for (int c = 0; c < Math.min(20, candidates.size()); c++) {
                best = Math.min(best, editRatio(it.folded(), items.get(candidates.get(c).getKey()).folded()));
            }
            nearest[i] = best;
            for (String t : set) {
                index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        return nearest;
    }

    static List<String> foldTokens(String text) {
        String folded = ArabicNormalizer.fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Token Levenshtein distance over the longer length. */
    static double editRatio(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        if (Math.max(n, m) == 0) {
            return 0;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[m] / Math.max(n, m);
    }

    /** A near repeat of {@code text}: random edits until about {@code maxEdit} of its tokens changed (at least 1). */
    static Edited edit(String text, double maxEdit, Random random, List<String> vocabulary) {
        List<String> tokens = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        int original = tokens.size();
        int budget = Math.max(1, (int) Math.floor(original * maxEdit * (0.25 + 0.75 * random.nextDouble())));
        int spent = 0;
        int attempts = 0;
        while (spent < budget && attempts++ < 50 && tokens.size() > 3) {
            int at = random.nextInt(tokens.size());
            String t = tokens.get(at);
            switch (random.nextInt(7)) {
                case 0 -> spent += monthEdit(tokens, random);
                case 1 -> {
                    if (t.startsWith("و") && t.length() > 3) {
                        tokens.set(at, t.substring(1));
                    } else {
                        tokens.set(at, "و" + t);
                    }
                    spent++;
                }
                case 2 -> spent += synonym(tokens, random);
                case 3 -> {
                    int n = Math.min(budget - spent, 1 + random.nextInt(3));
                    for (int k = 0; k < n && at < tokens.size() && tokens.size() > 3; k++) {
                        tokens.remove(at);
                    }
                    spent += n;
                }
                case 4 -> {
                    tokens.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
                    spent++;
                }
                case 5 -> {
                    if (t.chars().anyMatch(Character::isDigit)) {
                        tokens.set(at, easternDigits(t));
                        spent++;
                    }
                }
                default -> {
                    tokens.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
                    spent++;
                }
            }
        }
        return new Edited(String.join(" ", tokens), (double) spent / original);
    }

    private static int synonym(List<String> tokens, Random random) {
        int start = random.nextInt(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            int at = (start + k) % tokens.size();
            for (String[] pair : SYNONYMS) {
                if (tokens.get(at).equals(pair[0])) {
                    tokens.set(at, pair[1]);
                    return 1;
                }
            }
        }
        return 0;
    }

    private static int monthEdit(List<String> tokens, Random random) {
        for (int at = 0; at < tokens.size(); at++) {
            String t = tokens.get(at);
            for (int m = 0; m < 12; m++) {
                if (t.equals(WESTERN[m]) || t.equals(WESTERN[m] + "،")) {
                    String suffix = t.endsWith("،") ? "،" : "";
                    String replacement = switch (random.nextInt(3)) {
                        case 0 -> SYRIAC[m] + "/" + WESTERN[m];
                        case 1 -> SYRIAC[(m + 11) % 12] + "/" + WESTERN[m];
                        default -> SYRIAC[m];
                    };
                    tokens.set(at, replacement + suffix);
                    return 1;
                }
            }
        }
        return 0;
    }

    private static String easternDigits(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return b.toString();
    }
}
