package io.khabar.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The launcher: one entry point, one subcommand per stage or tool. Every command prints {@code --help}, exits 0 on
 * success and non-zero with a one-line reason on failure.
 */
@Command(name = "khabar",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Streaming Arabic news ingestion: Kafka in, Kafka Streams enrichment, Elasticsearch-ready out.",
        subcommands = {
            RunCommand.class,
            IngestCommand.class,
            EnrichCommand.class,
            SinkCommand.class,
            ReplayCommand.class,
            BrokerCommand.class,
            TagCommand.class,
            DedupEvalCommand.class,
            ViewCommand.class,
            io.khabar.app.bench.BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Khabar implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Khabar());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + Failures.oneLine(e));
            return 1;
        });
        commandLine.setParameterExceptionHandler((e, args1) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
