package org.geokg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.serve.GraphStoreClient;
import org.geokg.store.Sources;
import org.geokg.store.Validator;
import picocli.CommandLine;

/**
 * {@code geokg load --server}: the prepared inputs sent graph by graph to a running server, which holds the
 * store. Every input is checked against the shapes here first, so that a bad file is reported before
 * anything is sent; the server checks again with what the store holds.
 */
final class ServerLoad {

    /** How long to wait for the server to answer one graph. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private ServerLoad() {
    }

    static int send(CommandLine cmd, URI server, String user, Path passwordFile, List<Sources.Prepared> prepared,
                    List<String> rejected, boolean keepGoing, Validator validator) {
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        GraphStoreClient client = new GraphStoreClient(server,
                GraphStoreClient.Credentials.of(user, Optional.ofNullable(passwordFile), System.getenv()), TIMEOUT);
        if (client.sendsPasswordInClear()) {
            err.println("geokg: warning: the password goes unencrypted over plain HTTP to " + server.getHost()
                    + "; use an https:// server URL");
            err.flush();
        }
        List<Sources.Prepared> good = new ArrayList<>();
        for (Sources.Prepared p : prepared) {
            List<Validator.Violation> violations = new ArrayList<>();
            for (Node g : p.graphNames()) {
                violations.addAll(validator.validate(p.graphs().getGraph(g), p::typesOf));
            }
            if (violations.isEmpty()) {
                good.add(p);
            } else if (keepGoing) {
                rejected.add(new GeokgException(ErrorCode.SHACL, p.source(), violations.get(0).toString()).getMessage());
            } else {
                Validator.requireConforms(violations, p.source());
            }
        }
        long start = System.nanoTime();
        int inputs = 0;
        int graphs = 0;
        long quads = 0;
        int facts = 0;
        for (Sources.Prepared p : good) {
            boolean complete = true;
            for (Node g : p.graphNames()) {
                Graph graph = p.graphs().getGraph(g);
                try {
                    client.put(g, graph);
                } catch (GeokgException e) {
                    if (!keepGoing) {
                        throw graphs == 0 ? e : new GeokgException(e.code(), e.location(), e.reason() + " ("
                                + graphs + " graph" + (graphs == 1 ? "" : "s") + " sent before this one stay loaded)",
                                e);
                    }
                    rejected.add(p.source() + ": " + e.getMessage());
                    complete = false;
                    continue;
                }
                graphs++;
                quads += graph.size();
            }
            if (complete) {
                inputs++;
                facts += p.documents().stream().mapToInt(d -> d.facts().size()).sum();
            }
        }
        out.printf("sent %d input%s to %s: %d graph%s, %d quads, %d facts in %.1f s%n", inputs,
                inputs == 1 ? "" : "s", client.endpoint(), graphs, graphs == 1 ? "" : "s", quads, facts,
                (System.nanoTime() - start) / 1e9);
        out.flush();
        if (!rejected.isEmpty()) {
            rejected.forEach(r -> err.println("geokg: skipped " + r));
            err.println("geokg: " + rejected.size() + " input" + (rejected.size() == 1 ? " was" : "s were")
                    + " not loaded");
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        return ExitCodes.OK;
    }
}
