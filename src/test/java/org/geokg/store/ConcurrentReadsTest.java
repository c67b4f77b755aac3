package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.article.Article;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers running while a load commits see the store before the load or after it, never half of it. */
class ConcurrentReadsTest {

    @TempDir
    Path tmp;

    @Test
    void readersNeverSeeHalfALoad() throws Exception {
        FactsJson json = FactsJson.of(TestPipeline.FILES);
        FactsDocument seed = json.read(Path.of("data/facts/albania-iran-2022.json"));
        Sources sources = TestPipeline.sources();
        List<Sources.Prepared> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Article a = seed.article();
            Article copy = new Article("copy-" + i, a.url(), a.source(), a.published(), a.title(), a.text());
            batch.add(sources.facts(new FactsDocument(copy, seed.entities(), seed.facts()), "copy-" + i));
        }
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"), TestPipeline.VALIDATOR,
                FactIdentity.standard(), List.of())) {
            AtomicBoolean loading = new AtomicBoolean(true);
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            ExecutorService readers = Executors.newFixedThreadPool(3);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                reads.add(readers.submit(() -> {
                    int n = 0;
                    while (loading.get() || n < 3) {
                        long count = Txn.calculateRead(store.dataset(), () -> store.dataset()
                                .stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                                .filter(q -> q.getGraph().getURI().startsWith(Iris.BASE + "article/copy-")).count());
                        seen.add(count);
                        n++;
                    }
                    return n;
                }));
            }
            LoadReport report = store.load(batch);
            loading.set(false);
            int totalReads = 0;
            for (Future<Integer> f : reads) {
                totalReads += f.get();
            }
            readers.shutdown();
            long full = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    .filter(q -> q.getGraph().getURI().startsWith(Iris.BASE + "article/copy-")).count());
            assertTrue(full > 0 && full < report.quads(), "the actors are described outside the article graphs");
            assertTrue(totalReads > 3, "readers ran during the load");
            for (long count : seen) {
                assertTrue(count == 0 || count == full, "a reader saw " + count + " of " + full + " quads: " + seen);
            }
            assertEquals(true, seen.contains(full));
        }
    }
}
