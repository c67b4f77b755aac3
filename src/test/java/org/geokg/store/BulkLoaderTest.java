package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.bench.CorpusGenerator;
import org.geokg.facts.FactsJson;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load leaves the store with exactly the quads an ordinary load of the same inputs leaves. */
class BulkLoaderTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    static Path first;
    static Path second;

    private final Sources sources = TestPipeline.sources();

    /** Two overlapping batches of synthetic articles: many facts reported by several of them. */
    @BeforeAll
    static void corpus() throws IOException {
        CorpusGenerator corpus = new CorpusGenerator(Gazetteer.load(TestPipeline.FILES), 11);
        FactsJson json = FactsJson.of(TestPipeline.FILES);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            lines.add(json.writeLine(corpus.next()));
        }
        first = Files.write(shared.resolve("first.jsonl"), lines.subList(0, 90));
        // The second batch replaces ten articles of the first and adds new ones.
        second = Files.write(shared.resolve("second.jsonl"), lines.subList(80, 160));
    }

    private KnowledgeStore open(String name) {
        return KnowledgeStore.open(tmp.resolve(name), TestPipeline.VALIDATOR, FactIdentity.standard(), List.of());
    }

    private void ordinary(KnowledgeStore store, Path... files) {
        List<Sources.Prepared> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.addAll(sources.prepare(f));
        }
        store.load(inputs);
    }

    private LoadReport bulk(KnowledgeStore store, Path... files) {
        return new BulkLoader(store, sources, tmp, 2).load(List.of(files), false, line -> { });
    }

    @Test
    void aBulkLoadIntoAnEmptyStoreGivesTheQuadsOfAnOrdinaryLoad() {
        Path demo = Path.of("data/facts/albania-iran-2022.json");
        Path secondSource = Path.of("src/test/resources/rdf/golden/004-second-source/input.facts.json");
        try (KnowledgeStore a = open("a"); KnowledgeStore b = open("b")) {
            ordinary(a, first, demo, secondSource);
            LoadReport report = bulk(b, first, demo, secondSource);
            Set<Quad> expected = TestPipeline.quads(a.dataset());
            assertEquals(expected, TestPipeline.quads(b.dataset()));
            assertEquals(93, report.graphs(), "92 article graphs and the shared actors graph");
            // The batch has facts reported by several articles, and denials linked across articles.
            assertTrue(expected.stream().anyMatch(q -> q.getGraph().equals(Iris.LINKS_GRAPH)));
        }
    }

    @Test
    void aBulkLoadIntoAStoreThatHoldsSomeOfItsFactsAndArticlesGivesTheQuadsOfAnOrdinaryLoad() {
        try (KnowledgeStore a = open("a"); KnowledgeStore b = open("b")) {
            ordinary(a, first);
            ordinary(b, first);
            ordinary(a, second);
            bulk(b, second);
            assertEquals(TestPipeline.quads(a.dataset()), TestPipeline.quads(b.dataset()));
        }
    }

    @Test
    void aBadInputStopsTheBulkLoadBeforeAnythingIsWritten() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), Files.readString(first).lines().findFirst().orElseThrow()
                + "\n{\"article\": {\"id\": \"broken\"}, \"entities\": [], \"facts\": [{\"id\": \"f1\"}]}\n");
        try (KnowledgeStore b = open("b")) {
            ordinary(b, second);
            Set<Quad> before = TestPipeline.quads(b.dataset());
            GeokgException e = assertThrows(GeokgException.class, () -> bulk(b, bad));
            assertEquals(ErrorCode.FACTS_FORMAT, e.code());
            assertEquals(before, TestPipeline.quads(b.dataset()));
        }
    }
}
