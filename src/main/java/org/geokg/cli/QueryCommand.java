package org.geokg.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.geokg.query.NamedQuery;
import org.geokg.query.QueryCatalog;
import org.geokg.query.QueryRunner;
import org.geokg.query.ResultFormat;
import org.geokg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg query}: a canned query by name, a query file, or SPARQL text, over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over the store (the union of all graphs).",
            "Give a canned query's name (see --list), a .rq file, or --sparql TEXT."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE", description = "A canned query name or a query file.")
    String query;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text itself.")
    String sparql;

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind a query variable before it runs, such as accusedKey=IRN. <iri> gives an IRI.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the canned queries and their questions.")
    boolean list;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "Cancel the query after this many seconds (default: no limit).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        Pipeline pipeline = storeOptions.pipeline();
        QueryCatalog catalog = QueryCatalog.of(pipeline.files());
        var out = spec.commandLine().getOut();
        if (list) {
            for (NamedQuery q : catalog.all()) {
                out.printf("%-20s %s%n", q.name(), q.question());
                if (!q.parameters().isEmpty()) {
                    out.printf("%-20s   parameters: %s%n", "", q.parameters());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
        if ((query == null) == (sparql == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either a query name or file, or --sparql TEXT");
        }
        NamedQuery q = sparql != null ? NamedQuery.parse("--sparql", sparql) : catalog.resolve(query);
        try (KnowledgeStore store = storeOptions.open(pipeline)) {
            OutputStream stream = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                    .get();
            new QueryRunner(store.dataset(), timeoutSeconds * 1000).run(q.sparql(), q.name(), params, format, stream);
            stream.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
