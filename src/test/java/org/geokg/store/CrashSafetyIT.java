package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code geokg load} with SIGKILL at several points of a large load, then reopens the store: it must
 * open and hold either all of that load or none of it, on top of what was there before.
 */
class CrashSafetyIT {

    private static final int ARTICLES = 1000;

    @TempDir
    Path tmp;

    private Process load(Path store, Path input) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("geokg.jar", "target/geokg-0.1.0-SNAPSHOT.jar");
        return new ProcessBuilder(java, "-Xmx1g", "-jar", jar, "load", "--store", store.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("load.log").toFile()).start();
    }

    /** Waits until the load says it is writing, and returns when that was. */
    private long waitForWritePhase(Process p) throws Exception {
        Path log = tmp.resolve("load.log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("writing them in one transaction")) {
                return System.nanoTime();
            }
            if (!p.isAlive()) {
                throw new AssertionError("the load ended before writing: " + Files.readString(log));
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the load never reached its write phase");
    }

    /** Quads in the crash-test articles, and whether the earlier data is still whole. */
    private long[] count(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store, TestPipeline.VALIDATOR, FactIdentity.standard(), List.of())) {
            return Txn.calculateRead(s.dataset(), () -> {
                long[] n = new long[2];
                s.dataset().find().forEachRemaining(q -> {
                    String g = q.getGraph().getURI();
                    if (g.startsWith(Iris.BASE + "article/crash-")) {
                        n[0]++;
                    } else if (g.equals(Iris.BASE + "article/albania-iran-2022")) {
                        n[1]++;
                    }
                });
                return n;
            });
        }
    }

    @Test
    void aKilledLoadLeavesAllOrNothing() throws Exception {
        FactsJson json = FactsJson.of(TestPipeline.FILES);
        ObjectNode seed = json.toTree(json.read(Path.of("data/facts/albania-iran-2022.json")));
        Path input = tmp.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(input)) {
            for (int i = 0; i < ARTICLES; i++) {
                ((ObjectNode) seed.get("article")).put("id", String.format("crash-%05d", i));
                out.write(FactsJson.mapper().writer()
                        .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(seed));
                out.newLine();
            }
        }
        Path store = tmp.resolve("store");
        Process base = load(store, Path.of("data/facts/albania-iran-2022.json"));
        assertEquals(0, base.waitFor(), Files.readString(tmp.resolve("load.log")));
        long baseQuads = count(store)[1];
        assertTrue(baseQuads > 0);

        // How long the write phase of a whole load takes, and how many quads it writes.
        Path reference = tmp.resolve("reference");
        Process full = load(reference, input);
        long writeStart = waitForWritePhase(full);
        assertEquals(0, full.waitFor(), Files.readString(tmp.resolve("load.log")));
        long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
        long fullQuads = count(reference)[0];
        assertTrue(fullQuads > 100_000, "a large load: " + fullQuads);

        List<String> outcomes = new ArrayList<>();
        for (double fraction : new double[] {0.0, 0.25, 0.5, 0.75, 0.9}) {
            Process p = load(store, input);
            waitForWritePhase(p);
            boolean finished = p.waitFor((long) (writeMillis * fraction), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            long[] after = count(store);
            outcomes.add(String.format("killed at %.0f%% of a %d ms write: %s", fraction * 100, writeMillis,
                    finished ? "had finished" : after[0] == 0 ? "none of it" : after[0] == fullQuads ? "all of it" : "PART"));
            assertTrue(after[0] == 0 || after[0] == fullQuads, outcomes.toString() + " quads " + after[0]);
            assertEquals(baseQuads, after[1], "the earlier data is untouched");
            if (after[0] == fullQuads) {
                break;
            }
        }
        System.out.println("crash safety: " + outcomes);
    }

}
