package org.geokg.cli;

import java.io.PrintWriter;
import org.geokg.ProjectFiles;
import org.geokg.rdf.FactIdentity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root {@code geokg} command. It only groups the subcommands; {@link #commandLine()} wires the
 * error handling every command shares.
 */
@Command(name = "geokg",
        mixinStandardHelpOptions = true,
        version = "geokg 0.1.0",
        description = "Builds a knowledge graph of geopolitical relations from news: extract facts, load them "
                + "into a TDB2 store, query it, and serve it over SPARQL with the Fuseki UI.",
        subcommands = {
            ExtractCommand.class,
            EvalCommand.class,
            LoadCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            ValidateCommand.class,
            StatsCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a user error (bad input, missing file, locked store, failed check)",
            "2:a usage error (unknown option, missing argument)"})
public final class GeokgCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The command line with geokg's error handling, printing to the standard streams. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The command line printing to the given writers, as tests use it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new GeokgCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE : ExitCodes.USER_ERROR);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    /** The pipeline for the standard project files and a window. */
    static Pipeline pipeline(int windowDays) {
        return new Pipeline(ProjectFiles.standard(), new FactIdentity(windowDays));
    }
}
