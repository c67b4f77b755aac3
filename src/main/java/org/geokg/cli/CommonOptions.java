package org.geokg.cli;

import picocli.CommandLine.Option;

/** Options every command has: {@code --verbose}. */
final class CommonOptions {

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors.")
    boolean verbose;
}
