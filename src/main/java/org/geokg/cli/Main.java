package org.geokg.cli;

/** The {@code geokg} program: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(GeokgCommand.commandLine().execute(args));
    }
}
