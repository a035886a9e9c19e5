package io.khabar.app.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One pipeline stage ({@code khabar enrich ...}, {@code khabar sink ...}) as a child JVM on the test's class path,
 * its output in a log file per start. {@link #kill()} is SIGKILL: no shutdown hook, no flush, no commit.
 */
final class ChildStage {

    private final String name;
    private final List<String> args;
    private final Path logDir;
    private Process process;
    private int starts;
    private int kills;

    ChildStage(String name, Path logDir, String... args) {
        this.name = name;
        this.logDir = logDir;
        this.args = List.of(args);
    }

    ChildStage start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.khabar.app.Khabar");
        command.addAll(args);
        starts++;
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + "-" + starts + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return this;
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        kills++;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The exit code of a process that stopped, or null while it runs. */
    Integer exitCode() {
        return process == null || process.isAlive() ? null : process.exitValue();
    }

    int starts() {
        return starts;
    }

    int kills() {
        return kills;
    }

    String name() {
        return name;
    }

    /** The last lines of the current log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(logDir.resolve(name + "-" + starts + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Asks the process to stop (SIGTERM), SIGKILL after 20 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
