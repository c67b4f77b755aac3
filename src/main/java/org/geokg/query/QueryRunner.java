package org.geokg.query;

import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;

/**
 * Runs a SPARQL query over a store's union graph and prints the results. Parameters replace the query's
 * variables before it runs, so {@code accusedKey=IRN} turns {@code ?accusedKey} into {@code "IRN"}.
 *
 * <pre>
 *   new QueryRunner(store.dataset()).run(query.sparql(), Map.of("accusedKey", "IRN"), ResultFormat.table, System.out);
 * </pre>
 */
public final class QueryRunner {

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    /** A runner without a timeout. */
    public QueryRunner(DatasetGraph dataset) {
        this(dataset, 0);
    }

    /** A runner that cancels queries after a time; 0 means no limit. */
    public QueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.timeoutMillis = timeoutMillis;
    }

    /** Parses a query, reporting the line and column of a syntax error. */
    public static Query parse(String sparql, String name) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? name + ":" + e.getLine() + ":" + e.getColumn() : name;
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().split("\n")[0];
            throw new GeokgException(ErrorCode.QUERY, where, msg, e);
        }
    }

    /**
     * The node a parameter value stands for: {@code <iri>} is an IRI, an integer is an xsd:integer, anything
     * else a plain string (entity keys such as {@code IRN}).
     */
    public static Node parameterValue(String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return NodeFactory.createURI(value.substring(1, value.length() - 1));
        }
        if (value.matches("-?\\d{1,18}")) {
            return NodeFactory.createLiteralDT(value, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** Runs a query and writes its results in a format. */
    public void run(String sparql, String name, Map<String, String> parameters, ResultFormat format, OutputStream out) {
        Query query = parse(sparql, name);
        try {
            Txn.executeRead(dataset, () -> {
                QueryExecDatasetBuilder builder = QueryExecDatasetBuilder.create().dataset(dataset).query(query);
                parameters.forEach((k, v) -> builder.substitution(Var.alloc(k), parameterValue(v)));
                if (timeoutMillis > 0) {
                    builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
                }
                try (QueryExec exec = builder.build()) {
                    write(query, exec, format, out);
                }
            });
        } catch (QueryCancelledException e) {
            throw new GeokgException(ErrorCode.QUERY, name, "query timed out after " + timeoutMillis + " ms", e);
        }
    }

    private static void write(Query query, QueryExec exec, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            switch (format) {
                case table -> {
                    ResultSet rs = ResultSet.adapt(rows);
                    org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create()
                            .setNsPrefixes(org.geokg.rdf.Prefixes.mapping())
                            .setNsPrefixes(query.getPrefixMapping());
                    ResultSetFormatter.out(out, rs, pm);
                }
                case csv -> ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_JSON);
            }
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            switch (format) {
                case json -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                case csv -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                case table -> writeLine(out, Boolean.toString(answer));
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            var graph = query.isConstructType() ? exec.construct() : exec.describe();
            RDFDataMgr.write(out, graph, format == ResultFormat.json ? Lang.JSONLD : Lang.TURTLE);
        } else {
            throw new GeokgException(ErrorCode.QUERY, "", "only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
        }
    }

    private static void writeLine(OutputStream out, String s) {
        try {
            out.write((s + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
