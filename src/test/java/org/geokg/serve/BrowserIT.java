package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geokg.query.NamedQuery;
import org.geokg.query.QueryCatalog;
import org.geokg.store.KnowledgeStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Fuseki UI in a real browser: headless Chromium, driven by playwright-core from
 * {@code src/test/browser/ui-query.mjs}, opens the link {@code geokg serve} prints for the attribution query,
 * runs it and must see the row where Albania accuses Iran. Skipped, with the reason printed, when node,
 * Chromium or {@code src/test/browser/node_modules} is missing; {@code src/test/browser/install.sh} installs them.
 */
class BrowserIT {

    private static final Path BROWSER_DIR = Path.of("src/test/browser");

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

    @Test
    void theAttributionQueryRunsInTheUiAndShowsAlbaniaAccusingIran() throws Exception {
        String missing = missing();
        if (missing != null) {
            String reason = "BrowserIT skipped: " + missing + "; run src/test/browser/install.sh to install Chromium "
                    + "and playwright-core";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        NamedQuery attribution = QueryCatalog.of(DemoStore.files()).named("attribution").orElseThrow();
        Path screenshot = Path.of("target", "browser", "attribution.png");
        Files.createDirectories(screenshot.getParent());
        KnowledgeStore store = DemoStore.open();
        SparqlServer server = null;
        Process node = null;
        try {
            server = SparqlServer.builder(store, DemoStore.files()).port(0).build().start();
            List<String> cmd = new ArrayList<>(List.of("node", "ui-query.mjs",
                    server.queryPage(attribution.sparql()).toString(), "ALB", "IRN", "Albania", "Iran",
                    "--screenshot", screenshot.toAbsolutePath().toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(BROWSER_DIR.toFile()).redirectErrorStream(true);
            pb.environment().put("CHROMIUM", chromium());
            node = pb.start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser test did not finish: " + output);
            assertEquals(0, node.exitValue(), output);
            assertTrue(output.contains("\"editorFilled\":true"), output);
            assertTrue(output.contains("\"matched\":["), output);
        } finally {
            if (node != null && node.isAlive()) {
                node.destroyForcibly();
            }
            if (server != null) {
                server.close();
            }
            store.close();
        }
    }
}
