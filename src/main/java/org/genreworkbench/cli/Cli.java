package org.genreworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line entry for scripts: {@code genre-workbench info WS.gwb} and the
 * subcommands of each kind of work. Every command prints one JSON object as its last line.
 */
@Command(name = "genre-workbench", mixinStandardHelpOptions = true, version = "Genre Workbench 0.1",
        description = "Genre Workbench from the command line.",
        subcommands = {InfoCommand.class, GenerateSampleCommand.class, ImportCommand.class, ExportCommand.class, IngestCommand.class, ClusterCommand.class, ExperimentCommand.class, PredictCommand.class})
public final class Cli {

    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger NETLIB = java.util.logging.Logger.getLogger("com.github.fommil");

    public static void main(String[] args) {
        // netlib warns at start-up that no native BLAS is installed, then uses its pure-Java one: not news.
        NETLIB.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The commands, each fatal error reported as one line on the error stream; tests give it their own streams
     * with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + oneLine(ex));
            return 1;
        });
        return cli;
    }

    /** The message of an error on one line, for a script's log. */
    static String oneLine(Throwable ex) {
        String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        return msg.replace('\n', ' ');
    }
}
