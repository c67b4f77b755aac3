package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.geokg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a large write commits through the server, queries through the server keep answering, and every
 * answer counts either none of the write or all of it.
 */
class ConcurrentQueriesIT {

    private static final int TRIPLES = 30_000;
    private static final String GRAPH = "https://example.org/graph/bulk";

    @TempDir
    Path dir;

    @Test
    void readersSeeBeforeOrAfterNeverHalf() throws Exception {
        KnowledgeStore store = DemoStore.open();
        SparqlServer server = SparqlServer.builder(store, DemoStore.files()).port(0)
                .users(DemoStore.passwords(dir)).writers(Set.of("alice")).maxBody(64L << 20).build().start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            StringBuilder update = new StringBuilder("INSERT DATA { GRAPH <" + GRAPH + "> {\n");
            for (int i = 0; i < TRIPLES; i++) {
                update.append("<https://example.org/s").append(i).append("> <https://example.org/p> ").append(i)
                        .append(" .\n");
            }
            update.append("} }");
            String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";
            URI countUri = server.url().resolve("geokg/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8));

            AtomicBoolean writing = new AtomicBoolean(true);
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<Future<Integer>> reads = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                reads.add(readers.submit(() -> {
                    int n = 0;
                    while (writing.get() || n < 2) {
                        HttpResponse<String> res = DemoStore.get(http, countUri, "text/csv");
                        assertEquals(200, res.statusCode(), res.body());
                        seen.add(res.body().lines().skip(1).findFirst().orElse("").strip());
                        n++;
                    }
                    return n;
                }));
            }
            HttpResponse<String> write = DemoStore.send(http, HttpRequest.newBuilder(server.url().resolve("geokg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", DemoStore.basic("alice", "alice-secret"))
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build());
            writing.set(false);
            assertEquals(204, write.statusCode(), write.body());
            int answered = 0;
            for (Future<Integer> f : reads) {
                answered += f.get();
            }
            assertTrue(answered > 6, "readers kept answering: " + answered);
            seen.add(DemoStore.get(http, countUri, "text/csv").body().lines().skip(1).findFirst().orElse("").strip());
            assertTrue(Set.of("0", String.valueOf(TRIPLES)).containsAll(seen), "counts seen: " + seen);
            assertTrue(seen.contains(String.valueOf(TRIPLES)), "after the write, all of it: " + seen);
        } finally {
            readers.shutdownNow();
            server.close();
            store.close();
        }
    }
}
