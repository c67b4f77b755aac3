package org.geokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.store.BulkLoader;
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

    @Option(names = "--bulk", description = {"Load a large batch through TDB2's bulk loader: same checks and same "
            + "store content, much faster for millions of quads, but not crash-safe (back the store up first) "
            + "and only on a store no server holds. See docs/benchmarks.md."})
    boolean bulk;

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
        if (server != null && bulk) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--bulk writes the store directly and cannot go through --server; stop the server to bulk-load");
        }
        if (server != null && user == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--server needs --user NAME");
        }
        Pipeline pipeline = storeOptions.pipeline();
        Sources sources = pipeline.sources(articleOptions.reader(spec.commandLine()));
        if (bulk) {
            return bulkLoad(pipeline, sources);
        }
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
        return finish(report, rejected);
    }

    /** The --bulk path: the files are streamed, never all held in memory (see {@link BulkLoader}). */
    private int bulkLoad(Pipeline pipeline, Sources sources) {
        List<Path> files = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Path input : inputs) {
            try {
                files.addAll(Sources.expand(input));
            } catch (GeokgException e) {
                if (!keepGoing) {
                    throw e;
                }
                rejected.add(e.getMessage());
            }
        }
        var out = spec.commandLine().getOut();
        LoadReport report;
        try (KnowledgeStore store = storeOptions.open(pipeline)) {
            report = new BulkLoader(store, sources, storeOptions.store.toAbsolutePath().getParent(),
                    Runtime.getRuntime().availableProcessors())
                    .load(files, keepGoing, line -> {
                        out.println("bulk: " + line);
                        out.flush();
                    });
        } catch (GeokgException e) {
            if (e.code() == ErrorCode.STORE_LOCKED) {
                throw new GeokgException(ErrorCode.STORE_LOCKED, storeOptions.store.toString(), "--bulk needs the "
                        + "store to itself and another process (a running geokg serve?) holds it; stop it first, or "
                        + "load without --bulk through the server", e);
            }
            throw e;
        }
        rejected.addAll(report.rejected());
        return finish(report, rejected);
    }

    private int finish(LoadReport report, List<String> rejected) {
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
