package org.geokg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, capturing what it prints. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GeokgCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
