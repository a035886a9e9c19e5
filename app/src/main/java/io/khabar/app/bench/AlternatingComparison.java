package io.khabar.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Two enrichment apps timed in turns on the same machine, for the cost of one setting against another (e.g. MinHash
 * against exact-hash-only dedup). Each app has its own input, output and state; they are fed in alternating slices,
 * A B B A A B B A…, so that the machine's slow and fast phases fall on both alike. On the 2-core build VM the same
 * run moved by up to 2× between runs taken minutes apart, which separate runs cannot tell from the effect of a
 * setting.
 *
 * <p>In its slice an app is fed so that a fixed number of articles ({@code backlog}) is always in flight, sent but not
 * yet output: it runs at its capacity, as under a feed it cannot keep up with, while the other app, fed nothing, idles.
 * The slice's rate is the distinct articles output per second from {@code warmup} after the slice's start (the
 * pipeline filled) to its end. Then feeding stops and the app drains its backlog, untimed, before the other's slice
 * starts. Slices come in pairs of one A and one B slice next to each other, and only whole pairs count.
 *
 * <p>The first pair is a warm-up and does not count ({@link #counted}): the first slice after the prefill was the
 * slowest of the run in every run on the build VM (150-270 articles/s where A's later slices ran at 250-400), and it
 * is always A's, so counting it put each run's worst moment on A alone. The pairs after it count in whole blocks of
 * two, B A A B, so that a machine that speeds up or slows down through the run (the JIT still compiling, for one)
 * weighs on both sides alike; a lone last pair is left out. (Pausing the
 * apps instead, with a large batch waiting in each input, does not measure this: resumed onto a backlog, Kafka
 * Streams parsed the whole backlog before the downstream tasks emitted anything.)
 */
final class AlternatingComparison {

    /** Sends articles {@code from} (inclusive) to {@code to} (exclusive) to one app's input. */
    interface Feed {
        void send(long from, long to);
    }

    /** One app: the watcher of its output, its CPU meter, its feed, and the article numbers it may be fed. */
    static final class Side {
        private final String name;
        private final OutputWatcher watcher;
        private final CpuMeter cpu;
        private final Feed feed;
        private final long last;
        private long fed;

        /**
         * @param fed  articles fed before the comparison (numbers 0..fed-1, e.g. the prefill, all output already)
         * @param last the number after the last article it may be fed
         */
        Side(String name, OutputWatcher watcher, CpuMeter cpu, Feed feed, long fed, long last) {
            this.name = name;
            this.watcher = watcher;
            this.cpu = cpu;
            this.feed = feed;
            this.fed = fed;
            this.last = last;
        }

        String name() {
            return name;
        }

        private void topUp(long backlog) {
            long to = Math.min(last, watcher.count() + backlog);
            if (to > fed) {
                feed.send(fed, to);
                fed = to;
            }
        }
    }

    /** One timed slice of one side. */
    record Slice(Side side, long articles, double seconds, long streamCpuNanos, long processCpuNanos) {

        double rate() {
            return articles / seconds;
        }
    }

    /**
     * The counted pairs: slices {@code 2i} and {@code 2i + 1} hold one slice of each side.
     *
     * @param warmUpCounted whether the run had no pair after the warm-up pair, which then counts (a small run)
     */
    record Result(Side a, Side b, List<Slice> slices, boolean warmUpCounted) {

        Result(Side a, Side b, List<Slice> slices) {
            this(a, b, slices, false);
        }

        /** Articles per second of a side over all its counted slices. */
        double rate(Side side) {
            Slice total = total(side);
            return total.seconds() <= 0 ? Double.NaN : total.rate();
        }

        double ratio() {
            return rate(a) / rate(b);
        }

        /** A's rate over B's in each pair, in order. */
        List<Double> pairRatios() {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i + 1 < slices.size(); i += 2) {
                Slice x = slices.get(i);
                Slice y = slices.get(i + 1);
                Slice sa = x.side() == a ? x : y;
                Slice sb = x.side() == a ? y : x;
                out.add(sa.rate() / sb.rate());
            }
            return out;
        }

        /** CPU per article of a side over its timed windows: milliseconds in its stream threads and the process. */
        String cpuPerArticle(Side side) {
            Slice total = total(side);
            long articles = Math.max(1, total.articles());
            return String.format(Locale.ROOT, "%.2f ms in the stream threads, %.2f ms in the whole process",
                    total.streamCpuNanos() / 1e6 / articles, total.processCpuNanos() / 1e6 / articles);
        }

        /** A side's counted slices added up, as one. */
        private Slice total(Side side) {
            long articles = 0;
            double seconds = 0;
            long stream = 0;
            long process = 0;
            for (Slice s : slices) {
                if (s.side() == side) {
                    articles += s.articles();
                    seconds += s.seconds();
                    stream += s.streamCpuNanos();
                    process += s.processCpuNanos();
                }
            }
            return new Slice(side, articles, seconds, stream, process);
        }
    }

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(120);
    private static final long TOP_UP_EVERY_MS = 10;

    private final Duration slice;
    private final Duration warmup;
    private final long backlog;
    private final int maxPairs;

    /**
     * @param slice    how long each app is fed in turn
     * @param warmup   the start of a slice left out of its rate (the pipeline fills)
     * @param backlog  articles kept in flight while an app is fed
     * @param maxPairs stop after this many pairs even if both apps may still be fed
     */
    AlternatingComparison(Duration slice, Duration warmup, long backlog, int maxPairs) {
        if (warmup.isNegative() || slice.compareTo(warmup) <= 0 || backlog < 1 || maxPairs < 1) {
            throw new IllegalArgumentException("slice must be longer than warmup, backlog and maxPairs positive");
        }
        this.slice = slice;
        this.warmup = warmup;
        this.backlog = backlog;
        this.maxPairs = maxPairs;
    }

    /**
     * Runs the slices. Both apps must be running with every article fed so far output.
     *
     * @param alive   throws when an app stopped
     * @param between run after every slice (e.g. deleting consumed records)
     * @param say     progress, one line per slice
     */
    Result run(Side a, Side b, Runnable alive, Runnable between, Consumer<String> say) throws InterruptedException {
        List<Slice> slices = new ArrayList<>();
        double[] lastRate = {Double.NaN, Double.NaN};
        for (int i = 0; i < 2 * maxPairs; i++) {
            Side side = (i % 4 == 0 || i % 4 == 3) ? a : b; // A B B A: drift over two pairs falls on both alike
            int s = side == a ? 0 : 1;
            // a slice that could run out of articles would time the app waiting: stop before it
            double needed = Double.isNaN(lastRate[s]) ? backlog : 1.5 * lastRate[s] * slice.toNanos() / 1e9 + backlog;
            if (side.last - side.fed < needed) {
                break;
            }
            Slice done = runSlice(side, alive);
            lastRate[s] = done.rate();
            slices.add(done);
            say.accept(String.format(Locale.ROOT, "slice %d: %s %,d articles in %.1f s (%.0f/s)%s", i + 1,
                    side.name(), done.articles(), done.seconds(), done.rate(), i < 2 ? ", warm-up" : ""));
            between.run();
        }
        List<Slice> counted = counted(slices);
        if (counted.isEmpty()) {
            throw new IllegalStateException("no whole pair of slices: give the apps more articles (--articles) or"
                    + " shorter slices");
        }
        return new Result(a, b, counted, counted.get(0) == slices.get(0));
    }

    /**
     * The slices that count, of all those run in order (A B B A A B…): after the first pair (the warm-up), the whole
     * blocks of two pairs, or the one whole pair there is. A run too small for a pair after the warm-up counts the
     * warm-up pair rather than nothing.
     */
    static List<Slice> counted(List<Slice> all) {
        int pairs = all.size() / 2;
        if (pairs <= 1) {
            return List.copyOf(all.subList(0, 2 * pairs));
        }
        int after = pairs - 1;
        int kept = after >= 2 ? after - after % 2 : after;
        return List.copyOf(all.subList(2, 2 + 2 * kept));
    }

    private Slice runSlice(Side side, Runnable alive) throws InterruptedException {
        long start = System.nanoTime();
        long timedFrom = start + warmup.toNanos();
        long end = start + slice.toNanos();
        CpuMeter.Reading cpu0 = null;
        long count0 = 0;
        while (System.nanoTime() < end) {
            alive.run();
            side.topUp(backlog);
            if (cpu0 == null && System.nanoTime() >= timedFrom) {
                cpu0 = side.cpu.read();
                count0 = side.watcher.count();
                timedFrom = System.nanoTime();
            }
            Thread.sleep(TOP_UP_EVERY_MS);
        }
        long count1 = side.watcher.count();
        CpuMeter.Reading cpu1 = side.cpu.read();
        double seconds = (System.nanoTime() - timedFrom) / 1e9;
        if (cpu0 == null) {
            throw new IllegalStateException("slice ended before its warm-up");
        }
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (side.watcher.count() < side.fed) { // drain, untimed, so that the other app runs alone
            alive.run();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(side.name + ": " + (side.fed - side.watcher.count())
                        + " articles not output within " + DRAIN_TIMEOUT + " of the end of its slice");
            }
            Thread.sleep(TOP_UP_EVERY_MS);
        }
        return new Slice(side, count1 - count0, seconds, cpu1.streamThreadNanos() - cpu0.streamThreadNanos(),
                cpu1.processNanos() - cpu0.processNanos());
    }
}
