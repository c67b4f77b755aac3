package org.geokg.cli;

import java.io.PrintWriter;
import org.geokg.GeokgException;
import picocli.CommandLine;

/**
 * The one place where exceptions become what the user sees: one line on stderr naming what went wrong,
 * where and what to do, and exit code 1. The stack trace follows only with {@code --verbose}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parseResult != null && (parseResult.hasMatchedOption("--verbose")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || isVerbose(parseResult));
        err.println("geokg: " + message(ex));
        if (verbose) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof GeokgException)) {
            err.println("geokg: this looks like a bug; run again with --verbose for the stack trace and report it");
        }
        err.flush();
        return ExitCodes.USER_ERROR;
    }

    private static boolean isVerbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult p = result; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose") || p.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }

    /** The one-line message for an exception. */
    static String message(Throwable ex) {
        if (ex instanceof GeokgException g) {
            return g.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return "I/O error: " + u.getCause().getMessage();
        }
        String m = ex.getMessage();
        String first = m == null ? ex.getClass().getSimpleName() : m.split("\n")[0];
        return "internal error: " + first;
    }
}
