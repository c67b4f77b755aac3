package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.query.NamedQuery;
import org.geokg.query.QueryCatalog;
import org.geokg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fuseki UI in a real browser: headless Chromium driven by playwright-core from the scripts in
 * {@code src/test/browser/}. It opens the link {@code geokg serve} prints for the attribution query, runs it
 * and must see the row where Albania accuses Iran; and an analyst who logs in adds a file on the UI's
 * "add data" page. Skipped, with the reason printed, when node, Chromium or
 * {@code src/test/browser/node_modules} is missing; {@code src/test/browser/install.sh} installs them.
 */
class BrowserIT {

    private static final Path BROWSER_DIR = Path.of("src/test/browser");

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static SparqlServer server;

    private static String chromium() {
        String env = System.getenv("CHROMIUM");
        return env != null && !env.isBlank() ? env : "/usr/bin/chromium";
    }

    /** Why the browser test cannot run here, or null if it can. */
    private static String missing() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "node does not run";
            }
        } catch (IOException e) {
            return "node is not on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (!Files.isExecutable(Path.of(chromium()))) {
            return chromium() + " is missing";
        }
        if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))) {
            return BROWSER_DIR.resolve("node_modules") + " has no playwright-core";
        }
        return null;
    }

    @BeforeAll
    static void start() {
        store = DemoStore.open();
        server = SparqlServer.builder(store, DemoStore.files()).port(0)
                .users(DemoStore.passwords(dir)).writers(Set.of("alice")).build().start();
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    @BeforeEach
    void needsABrowser() {
        String missing = missing();
        if (missing != null) {
            String reason = "BrowserIT skipped: " + missing + "; run src/test/browser/install.sh to install Chromium "
                    + "and playwright-core";
            System.out.println(reason);
            if ("true".equals(System.getenv("CI"))) {
                // .ci/run installs the browser: in CI a missing one is a broken setup, not a reason to skip.
                throw new AssertionError(reason);
            }
            Assumptions.abort(reason);
        }
    }

    /** Runs a script of src/test/browser with node and returns its output; fails if it does not exit 0. */
    private static String node(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("node")))
                .directory(BROWSER_DIR.toFile()).redirectErrorStream(true);
        pb.command().addAll(List.of(args));
        pb.environment().put("CHROMIUM", chromium());
        pb.environment().putAll(env);
        Process node = pb.start();
        try {
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser did not finish: " + output);
            assertEquals(0, node.exitValue(), output);
            return output;
        } finally {
            if (node.isAlive()) {
                node.destroyForcibly();
            }
        }
    }

    @Test
    void theAttributionQueryRunsInTheUiAndShowsAlbaniaAccusingIran() throws Exception {
        NamedQuery attribution = QueryCatalog.of(DemoStore.files()).named("attribution").orElseThrow();
        Path screenshot = Path.of("target", "browser", "attribution.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        String output = node(Map.of(), "ui-query.mjs", server.queryPage(attribution.sparql()).toString(),
                "ALB", "IRN", "Albania", "Iran", "--screenshot", screenshot.toString());
        assertTrue(output.contains("\"editorFilled\":true"), output);
        assertTrue(output.contains("\"matched\":["), output);
    }

    @Test
    void aWriterAddsDataOnTheUisAddDataPage() throws Exception {
        String output = node(Map.of("UI_USER", "alice", "UI_PASSWORD", "alice-secret"), "ui-upload.mjs",
                server.url().toString(), "urn:x:ui-notes",
                "<https://w3id.org/geokg/id/state/ALB> <http://www.w3.org/2000/01/rdf-schema#comment> \"added in the UI\" .");
        assertTrue(output.contains("\"uploaded\":1"), output);
        Txn.executeRead(store.dataset(), () -> assertTrue(store.dataset().contains(NodeFactory.createURI("urn:x:ui-notes"),
                NodeFactory.createURI("https://w3id.org/geokg/id/state/ALB"), RDFS.Nodes.comment,
                NodeFactory.createLiteralString("added in the UI"))));
    }
}
