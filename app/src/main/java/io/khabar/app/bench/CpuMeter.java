package io.khabar.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time spent by the whole process and by the threads of one Kafka Streams app (named after its application id),
 * between two readings. Unlike articles per second, CPU per article does not depend on what else the machine is
 * running, so it tells whether a change made the work cheaper even on a busy or small machine.
 */
final class CpuMeter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final String threadPrefix;

    /** @param threadPrefix the start of the app's stream thread names (its application id) */
    CpuMeter(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** CPU nanoseconds so far: the process's, the app's stream threads' (alive ones), and per group of threads. */
    Reading read() {
        long app = 0;
        Map<String, Long> groups = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long ns = threads.getThreadCpuTime(info.getThreadId());
            if (ns <= 0) {
                continue;
            }
            String name = info.getThreadName();
            if (name.startsWith(threadPrefix) && name.contains("StreamThread")) {
                app += ns;
            }
            groups.merge(group(name), ns, Long::sum);
        }
        nativeThreads().forEach((name, ns) -> groups.merge(name, ns, Long::sum));
        return new Reading(os.getProcessCpuTime(), app, groups);
    }

    /**
     * CPU of the JVM's and libraries' own threads (garbage collector, JIT compiler, RocksDB flushes and
     * compactions), which the thread bean does not list: read from /proc on Linux, by thread name; empty elsewhere.
     */
    private static Map<String, Long> nativeThreads() {
        Map<String, Long> out = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return out;
        }
        long nanosPerTick = 10_000_000L; // USER_HZ is 100 on Linux
        try (Stream<Path> list = Files.list(tasks)) {
            list.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] fields = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    String group = NATIVE_GROUPS.stream().filter(name::startsWith).findFirst().orElse(null);
                    if (group != null) {
                        out.merge("(native) " + group, ticks * nanosPerTick, Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static final List<String> NATIVE_GROUPS = List.of(
            "GC Thread", "G1 ", "C2 Compiler", "C1 Compiler", "rocksdb", "VM Thread", "VM Periodic");

    /** A thread's name without its numbers and ids, so that threads of one kind add up. */
    private String group(String name) {
        String g = name.startsWith(threadPrefix) ? "enrich" + name.substring(threadPrefix.length()) : name;
        g = g.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "");
        return g.replaceAll("[0-9]+", "N");
    }

    /** CPU nanoseconds of the process, of the app's stream threads and of each group of threads at one moment. */
    record Reading(long processNanos, long streamThreadNanos, Map<String, Long> groups) {

        /** The groups that used at least 2% of the process's CPU from {@code start} to this reading, largest first. */
        String breakdown(Reading start) {
            long total = Math.max(1, processNanos - start.processNanos);
            StringBuilder out = new StringBuilder();
            groups.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - start.groups.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() * 50 >= total)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n",
                            100.0 * e.getValue() / total, e.getKey())));
            return out.toString();
        }

        /** Milliseconds per article from {@code start} to this reading. */
        String perArticle(Reading start, long articles) {
            return String.format(Locale.ROOT, "%.2f ms in the stream threads, %.2f ms in the whole process",
                    (streamThreadNanos - start.streamThreadNanos) / 1e6 / articles,
                    (processNanos - start.processNanos) / 1e6 / articles);
        }
    }
}
