package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.system.Txn;
import org.geokg.ProjectFiles;
import org.geokg.article.ArticleReader;
import org.geokg.query.NamedQuery;
import org.geokg.query.QueryCatalog;
import org.geokg.serve.PasswordFile;
import org.geokg.serve.SparqlServer;
import org.geokg.store.KnowledgeStore;
import org.geokg.store.LoadReport;
import org.geokg.store.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg serve}: the store over SPARQL, with the Fuseki UI and dereferenceable IRIs. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over SPARQL with the Fuseki web UI at http://127.0.0.1:3030/ (dataset "
                + "/geokg), and geokg's IRIs as pages and data under /id/. Anyone who can reach the server may "
                + "read; writing (/geokg/update, /geokg/data, /geokg/upload) needs a user of the --passwd file.",
            "An empty store first gets the demo data. Stop with Ctrl-C. See docs/serve.md."})
final class ServeCommand implements Callable<Integer> {

    /** The demo articles an empty store gets: extracted and loaded, as any article would be. */
    static final String DEMO_DIR = "data/articles";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Listen on this address (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "interface).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_PORT,
            description = "Listen on this port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--passwd", paramLabel = "FILE", defaultValue = "${env:GEOKG_PASSWD_FILE}",
            description = "Users who may log in to write, one 'user: password' per line (Jetty format; MD5:, "
                    + "CRYPT: and OBF: hashes work). Default: the file in GEOKG_PASSWD_FILE. Without users the "
                    + "write endpoints are off.")
    Path passwd;

    @Option(names = "--writers", paramLabel = "USER", split = ",",
            description = "The users of the password file who may write (default: all of them); other users "
                    + "get 403.")
    List<String> writers;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop queries and updates after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--allow-federation", paramLabel = "HOST", split = ",", arity = "1..*",
            description = "Hosts that SPARQL SERVICE, update LOAD and JSON-LD @context may fetch from "
                    + "(default: none).")
    List<String> federation;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "16M",
            description = "Refuse request bodies larger than this, in bytes or with K, M or G (default: "
                    + "${DEFAULT-VALUE}).")
    String maxBody;

    @Option(names = "--https", paramLabel = "FILE",
            description = "Serve HTTPS instead of HTTP, with the keystore named in this JSON file: "
                    + "{\"keystore\": \"keystore.jks\", \"passwd\": \"...\"}.")
    Path https;

    @Option(names = "--no-demo", description = "Leave an empty store empty instead of loading the demo data.")
    boolean noDemo;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long bodyLimit = size(maxBody);
        FusekiLogging.setLogging();
        Pipeline pipeline = storeOptions.pipeline();
        KnowledgeStore store = storeOptions.open(pipeline);
        SparqlServer server = null;
        try {
            SparqlServer.Builder builder = SparqlServer.builder(store, pipeline.files())
                    .host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                    .maxBody(bodyLimit);
            if (passwd != null) {
                builder.users(PasswordFile.read(passwd));
            }
            if (writers != null) {
                builder.writers(Set.copyOf(writers));
            }
            if (federation != null) {
                builder.allowFederation(Set.copyOf(federation));
            }
            if (https != null) {
                builder.https(https);
            }
            // Built (and so checked) before anything is written to the store.
            server = builder.build();
            // Fuseki parses uploads with the JVM's global RIOT context, so the JSON-LD guard goes there; this
            // process is the server's. (JSON-LD is only parsed inside write transactions, one at a time.)
            RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, server.settings().federation().jsonLdOptions());
            store.prepare();
            if (!noDemo && onlyReferenceData(store, pipeline)) {
                LoadReport report = store.load(demo(pipeline));
                out.printf("the store was empty: loaded the demo data (%s): %d graph%s, %d facts%n", DEMO_DIR,
                        report.graphs(), report.graphs() == 1 ? "" : "s", report.facts());
            }
            server.start();
            banner(server, pipeline.files(), out);
            server.warnings().forEach(w -> err.println("geokg: warning: " + w));
            err.flush();
            SparqlServer running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                store.close();
            }, "geokg-serve-stop"));
            server.join();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            store.close();
            throw e;
        }
    }

    private void banner(SparqlServer server, ProjectFiles files, PrintWriter out) {
        SparqlServer.Settings s = server.settings();
        out.println();
        out.println("geokg serve: " + server.url() + "  (the Fuseki web UI)");
        out.println("  dataset    " + server.datasetUrl() + "  over the store " + storeOptions.store);
        out.println("  query      " + server.url() + "geokg/sparql  (and /geokg/query; graphs: /geokg/get)");
        out.println("  resources  " + server.url() + "id/state/ALB  (any geokg IRI under /id/; vocabulary under /ontology/)");
        if (s.writable()) {
            out.println("  writes     ON over HTTP Basic at /geokg/update, /geokg/data, /geokg/upload for "
                    + s.writersDescription());
        } else {
            out.println("  writes     OFF: no users are configured (give --passwd FILE or GEOKG_PASSWD_FILE to "
                    + "allow /geokg/update, /geokg/data, /geokg/upload)");
        }
        out.println("  limits     queries " + s.queryTimeout().toSeconds() + " s, bodies " + maxBody
                + ", SERVICE and LOAD " + (s.federation().hosts().isEmpty() ? "off"
                : "to " + String.join(", ", s.federation().hosts()) + " only"));
        List<NamedQuery> queries = QueryCatalog.of(files).all();
        if (!queries.isEmpty()) {
            out.println();
            out.println("Canned queries (each link opens the UI's query page with the query filled in; press run):");
            for (NamedQuery q : queries) {
                out.printf("  %-18s %s%n", q.name(), q.question());
                out.println("    " + server.queryPage(q.sparql()));
            }
        }
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** True if the store holds nothing but the graphs geokg keeps itself (the ontology, the gazetteer). */
    private static boolean onlyReferenceData(KnowledgeStore store, Pipeline pipeline) {
        Set<Node> reference = new LinkedHashSet<>();
        StoreOptions.references(pipeline).forEach(r -> reference.add(r.graph()));
        return Txn.calculateRead(store.dataset(), () -> {
            var graphs = store.dataset().listGraphNodes();
            while (graphs.hasNext()) {
                if (!reference.contains(graphs.next())) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The demo inputs, read from the project directory, or unpacked from the jar when there is none. */
    static List<Sources.Prepared> demo(Pipeline pipeline) {
        Sources sources = pipeline.sources(ArticleReader.standard());
        ProjectFiles files = pipeline.files();
        Path onDisk = files.home().map(h -> h.resolve(DEMO_DIR)).filter(Files::isDirectory).orElse(null);
        Path dir = onDisk;
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("geokg-demo");
                for (String name : files.list(DEMO_DIR)) {
                    Files.writeString(dir.resolve(name), files.read(DEMO_DIR + "/" + name));
                }
            }
            List<Sources.Prepared> prepared = new ArrayList<>();
            for (Path file : Sources.expand(dir)) {
                prepared.addAll(sources.prepare(file));
            }
            return prepared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (onDisk == null && dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary copy of the demo files; the OS cleans up what is left.
        }
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)I?B?", Pattern.CASE_INSENSITIVE);

    /** A size such as 16M, 512K or 1048576, in bytes. */
    long size(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-body must be a size such as 16M, 512K or 1048576, not " + text);
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
        };
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-body must be positive, not " + text);
        }
        return n << shift;
    }
}
