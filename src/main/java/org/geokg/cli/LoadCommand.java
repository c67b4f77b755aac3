package org.geokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.GeokgException;
import org.geokg.store.KnowledgeStore;
import org.geokg.store.LoadReport;
import org.geokg.store.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg load}: facts, articles and RDF into the store, in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load facts documents, news articles (extracted on the way) and RDF into the store.",
            "Formats by extension: .json (facts document or article), .jsonl, .txt, .html, .ttl, .nt, .nq, "
                    + ".trig, .jsonld, .rdf. Directories are read recursively.",
            "By default all inputs go in one transaction: one bad input and nothing is written. Loading an "
                    + "article again replaces its graph."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ArticleOptions articleOptions;

    @Option(names = "--keep-going", description = "Load the good inputs, report the bad ones and exit with 1.")
    boolean keepGoing;

    @Option(names = "--atomic", description = "All inputs or none (the default).")
    boolean atomic;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Inputs to load.")
    List<Path> inputs;

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the inputs to a running geokg serve (such as http://127.0.0.1:3030/) instead of "
                    + "opening the store: one graph store PUT per graph, checked and reconciled by the server.")
    java.net.URI server;

    @Option(names = "--user", paramLabel = "NAME", description = "The user to log in as with --server.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of --user; without it, the environment "
                    + "variable GEOKG_PASSWORD. Passwords are never taken on the command line.")
    Path passwordFile;

    @Override
    public Integer call() {
        if (atomic && keepGoing) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--atomic and --keep-going exclude each other");
        }
        if (server == null && (user != null || passwordFile != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--user and --password-file go with --server URL");
        }
        if (server != null && user == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--server needs --user NAME");
        }
        Pipeline pipeline = storeOptions.pipeline();
        Sources sources = pipeline.sources(articleOptions.reader(spec.commandLine()));
        List<Sources.Prepared> prepared = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files;
            try {
                files = Sources.expand(input);
            } catch (GeokgException e) {
                if (!keepGoing) {
                    throw e;
                }
                rejected.add(e.getMessage());
                continue;
            }
            for (Path file : files) {
                try {
                    prepared.addAll(sources.prepare(file));
                } catch (GeokgException e) {
                    if (!keepGoing) {
                        throw e;
                    }
                    rejected.add(e.getMessage());
                }
            }
        }
        if (server != null) {
            return ServerLoad.send(spec.commandLine(), server, user, passwordFile, prepared, rejected, keepGoing,
                    pipeline.validator());
        }
        LoadReport report;
        if (prepared.size() >= 100) {
            long quads = prepared.stream().mapToLong(p -> p.graphs().stream().count()).sum();
            spec.commandLine().getOut().printf("prepared %d inputs (%d quads); writing them in one transaction%n",
                    prepared.size(), quads);
            spec.commandLine().getOut().flush();
        }
        try (KnowledgeStore store = storeOptions.open(pipeline)) {
            report = store.load(prepared, keepGoing);
        }
        rejected.addAll(report.rejected());
        var out = spec.commandLine().getOut();
        out.printf("loaded %d input%s into %s: %d graph%s, %d quads, %d facts in %.1f s%n", report.inputs(),
                report.inputs() == 1 ? "" : "s", storeOptions.store, report.graphs(), report.graphs() == 1 ? "" : "s",
                report.quads(), report.facts(), report.took().toMillis() / 1000.0);
        out.flush();
        if (!rejected.isEmpty()) {
            var err = spec.commandLine().getErr();
            rejected.forEach(r -> err.println("geokg: skipped " + r));
            err.println("geokg: " + rejected.size() + " input" + (rejected.size() == 1 ? " was" : "s were")
                    + " not loaded");
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        return ExitCodes.OK;
    }
}
