package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.rdf.Iris;
import org.geokg.vocabulary.GEOKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {

    @TempDir
    Path tmp;

    private final Sources sources = TestPipeline.sources();

    private static Node iri(String path) {
        return NodeFactory.createURI(Iris.BASE + path);
    }

    /** A facts document with one fact, written to a file. */
    private Path article(String id, String published, String factJson) throws IOException {
        String text = "Placeholder sentence for the test.";
        String doc = """
            {"article": {"id": "%s", "published": "%s", "source": "Wire %s", "text": "%s"},
             "entities": [{"key": "ALB", "type": "State", "name": "Albania"}, {"key": "IRN", "type": "State", "name": "Iran"}],
             "facts": [%s]}""".formatted(id, published, id, text, factJson);
        Path file = tmp.resolve(id + ".json");
        Files.writeString(file, doc);
        return file;
    }

    private static String fact(String id, String body, String date) {
        return """
            {"id": "%s", %s, %s "confidence": 0.9,
             "evidence": {"text": "Placeholder sentence for the test.", "start": 0, "end": 34}}"""
                .formatted(id, body, date == null ? "" : "\"date\": \"" + date + "\",");
    }

    private List<Sources.Prepared> prepare(Path... files) {
        List<Sources.Prepared> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(sources.prepare(f));
        }
        return out;
    }

    @Test
    void loadsTheDemoFactsAndAQuerySeesThemThroughTheUnionGraph() {
        KnowledgeStore store = TestPipeline.memoryStore();
        LoadReport report = store.load(prepare(Path.of("data/facts/albania-iran-2022.json")));
        assertEquals(1, report.graphs());
        assertEquals(10, report.facts());
        Node attack = iri("cyberattack/ALB/2022-07-15");
        assertTrue(Txn.calculateRead(store.dataset(), () ->
                store.dataset().getUnionGraph().contains(attack, GEOKG.Nodes.target, iri("state/ALB"))));
    }

    @Test
    void aShapeViolationAbortsTheWholeLoadAndLeavesTheStoreAsItWas() throws IOException {
        KnowledgeStore store = TestPipeline.memoryStore();
        store.load(prepare(Path.of("data/facts/albania-iran-2022.json")));
        Set<Quad> before = TestPipeline.quads(store.dataset());
        Path good = article("good", "2022-09-09", fact("f1", "\"type\": \"Expulsion\", \"actor\": \"ALB\", \"target\": \"IRN\"", null));
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, """
            @prefix geokg: <https://w3id.org/geokg/ontology#> .
            <https://w3id.org/geokg/id/accusation/x> a geokg:Accusation ;
                geokg:accused <https://w3id.org/geokg/id/state/IRN> .
            """);
        GeokgException e = assertThrows(GeokgException.class, () -> store.load(prepare(good, bad)));
        assertEquals(ErrorCode.SHACL, e.code());
        assertTrue(e.getMessage().contains("https://w3id.org/geokg/id/accusation/x"), e.getMessage());
        assertTrue(e.getMessage().contains("A fact has at least one evidence sentence"), e.getMessage());
        assertEquals(before, TestPipeline.quads(store.dataset()));
    }

    @Test
    void keepGoingLoadsTheGoodInputsAndReportsTheBadOnes() throws IOException {
        KnowledgeStore store = TestPipeline.memoryStore();
        Path good = article("good", "2022-09-09", fact("f1", "\"type\": \"Expulsion\", \"actor\": \"ALB\", \"target\": \"IRN\"", null));
        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "<https://w3id.org/geokg/id/x> a <https://w3id.org/geokg/ontology#Recall> .");
        LoadReport report = store.load(prepare(good, bad), true);
        assertEquals(1, report.inputs());
        assertEquals(1, report.rejected().size());
        assertTrue(report.rejected().get(0).startsWith("SHACL: " + bad), report.rejected().get(0));
    }

    @Test
    void loadingTheSameInputTwiceLeavesTheStoreUnchanged() {
        KnowledgeStore store = TestPipeline.memoryStore();
        store.load(prepare(Path.of("data/facts/albania-iran-2022.json")));
        Set<Quad> once = TestPipeline.quads(store.dataset());
        store.load(prepare(Path.of("data/facts/albania-iran-2022.json")));
        assertEquals(once, TestPipeline.quads(store.dataset()));
    }

    @Test
    void theSameFactFromTwoArticlesIsOneNodeWithTwoSourcesInEitherLoadOrder() throws IOException {
        Path dated = article("dated", "2022-09-07",
                fact("f1", "\"type\": \"Cyberattack\", \"target\": \"ALB\"", "2022-07-15"));
        Path undated = article("undated", "2022-09-09",
                fact("f1", "\"type\": \"Cyberattack\", \"target\": \"ALB\"", null));
        KnowledgeStore ab = TestPipeline.memoryStore();
        ab.load(prepare(dated));
        ab.load(prepare(undated));
        KnowledgeStore ba = TestPipeline.memoryStore();
        ba.load(prepare(undated));
        Set<Quad> undatedAlone = TestPipeline.quads(ba.dataset());
        ba.load(prepare(dated));
        assertEquals(TestPipeline.quads(ab.dataset()), TestPipeline.quads(ba.dataset()));

        Node attack = iri("cyberattack/ALB/2022-07-15");
        long sources = Txn.calculateRead(ab.dataset(), () -> ab.dataset().stream(Node.ANY, attack,
                org.geokg.vocabulary.PROV.Nodes.wasDerivedFrom, Node.ANY).map(Quad::getObject).distinct().count());
        assertEquals(2, sources);
        assertTrue(undatedAlone.stream().anyMatch(q -> q.getSubject().equals(iri("cyberattack/ALB/undated-2022-09-09"))),
                "alone, the undated report is its own node");
        assertFalse(TestPipeline.quads(ab.dataset()).stream()
                .anyMatch(q -> q.getSubject().getURI().contains("cyberattack/ALB/undated")), "once the dated report is in, it joins it");
        assertFalse(Txn.calculateRead(ab.dataset(), () -> ab.dataset().contains(iri("article/undated"), attack,
                GEOKG.Nodes.date, Node.ANY)), "the undated article does not state a date it did not give");
    }

    @Test
    void replacingAnArticleMovesTheReportsThatHadJoinedItsFacts() throws IOException {
        KnowledgeStore store = TestPipeline.memoryStore();
        Path undated = article("undated", "2022-09-09", fact("f1", "\"type\": \"Cyberattack\", \"target\": \"ALB\"", null));
        store.load(prepare(undated));
        Set<Quad> alone = TestPipeline.quads(store.dataset());
        Path dated = article("dated", "2022-09-07", fact("f1", "\"type\": \"Cyberattack\", \"target\": \"ALB\"", "2022-07-15"));
        store.load(prepare(dated));
        assertNotEquals(alone, TestPipeline.quads(store.dataset()));
        // The dated article is re-published without the attack: the undated report stands alone again.
        Path datedAgain = article("dated", "2022-09-07",
                fact("f1", "\"type\": \"Expulsion\", \"actor\": \"ALB\", \"target\": \"IRN\"", "2022-09-07"));
        store.load(prepare(datedAgain));
        assertTrue(TestPipeline.quads(store.dataset()).containsAll(alone));
    }

    @Test
    void aDenialAnswersTheAccusationAnotherArticleReported() throws IOException {
        KnowledgeStore store = TestPipeline.memoryStore();
        Path accusation = article("acc", "2022-09-07", fact("f1",
                "\"type\": \"Accusation\", \"accuser\": \"ALB\", \"accused\": \"IRN\", \"about\": \"Cyberattack\"", "2022-09-07"));
        Path denial = article("den", "2022-09-08", fact("f1",
                "\"type\": \"Denial\", \"actor\": \"IRN\", \"accuser\": \"ALB\"", "2022-09-08"));
        store.load(prepare(denial));
        store.load(prepare(accusation));
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(Iris.LINKS_GRAPH,
                iri("denial/IRN-ALB/2022-09-08"), GEOKG.Nodes.answers, iri("accusation/ALB-IRN-cyberattack/2022-09-07"))));
        KnowledgeStore other = TestPipeline.memoryStore();
        other.load(prepare(accusation));
        other.load(prepare(denial));
        assertEquals(TestPipeline.quads(store.dataset()), TestPipeline.quads(other.dataset()));
    }

    @Test
    void opensAStoreDirectoryCreatingIt() {
        Path dir = tmp.resolve("store");
        try (KnowledgeStore first = KnowledgeStore.open(dir, TestPipeline.VALIDATOR,
                org.geokg.rdf.FactIdentity.standard(), List.of())) {
            assertTrue(first.location().isPresent());
        }
        assertTrue(Files.isDirectory(dir));
    }
}
