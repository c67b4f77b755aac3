package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.article.ArticleReader;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactsToRdf;
import org.geokg.rdf.Iris;
import org.geokg.vocabulary.GEOKG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes made outside {@link KnowledgeStore#load}, settled with {@link KnowledgeStore.Changes}. */
class KnowledgeStoreChangesTest {

    private static final Node ONTOLOGY = NodeFactory.createURI(Iris.BASE + "graph/ontology");
    private static final Node DATED = NodeFactory.createURI(Iris.BASE + "accusation/ALB-IRN-cyberattack/2022-09-07");

    private final ProjectFiles files = ProjectFiles.directory(Path.of("").toAbsolutePath());
    private final Sources sources = new Sources(FactsJson.of(files), new FactsToRdf(FactIdentity.standard()),
            ArticleReader.standard(), a -> {
                throw new IllegalStateException("no extraction here");
            });
    private KnowledgeStore store;
    private DatasetGraph dsg;

    @BeforeEach
    void open() {
        Validator validator = Validator.of(files);
        store = KnowledgeStore.inMemory(validator, FactIdentity.standard(),
                List.of(new KnowledgeStore.Reference(ONTOLOGY, "test", validator::ontology)));
        store.load(sources.prepare(Path.of("data/facts/albania-iran-2022.json")));
        dsg = store.dataset();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Writes every graph of a prepared input the way a server write would, then settles. */
    private void writeAndSettle(Sources.Prepared input) {
        Txn.executeWrite(dsg, () -> {
            KnowledgeStore.Changes changes = store.changes();
            for (Node g : input.graphNames()) {
                changes.touching(g);
                dsg.removeGraph(g);
                input.graphs().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(dsg::add);
            }
            changes.settle();
        });
    }

    @Test
    void aSecondReportOfAnAccusationJoinsTheFirstAcrossGraphs() {
        Sources.Prepared second = sources.prepare(Path.of("src/test/resources/serve/second-source.facts.json")).get(0);
        Node graph = second.graphNames().stream().filter(g -> !Iris.isShared(g)).findFirst().orElseThrow();
        // Alone, the undated report gets a node of its own ...
        assertFalse(second.graphs().contains(graph, DATED, RDF.Nodes.type, GEOKG.Nodes.Accusation));
        writeAndSettle(second);
        // ... in the store it is the accusation the demo article dated.
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(graph, DATED, RDF.Nodes.type, GEOKG.Nodes.Accusation));
            List<Quad> evidence = dsg.stream(Node.ANY, DATED, GEOKG.Nodes.evidence, Node.ANY).toList();
            assertEquals(2, evidence.size(), evidence.toString());
        });
    }

    @Test
    void aChangeThatBreaksTheShapesIsRefused() {
        Node graph = NodeFactory.createURI("urn:x:bad");
        Node state = NodeFactory.createURI(Iris.BASE + "state/ZZZ");
        GeokgException e = assertThrows(GeokgException.class, () -> Txn.executeWrite(dsg, () -> {
            KnowledgeStore.Changes changes = store.changes();
            changes.touching(graph);
            dsg.add(graph, state, RDF.Nodes.type, GEOKG.Nodes.State);
            changes.settle();
        }));
        assertEquals(ErrorCode.SHACL, e.code());
        assertEquals("urn:x:bad", e.location());
        Txn.executeRead(dsg, () -> assertFalse(dsg.contains(Node.ANY, state, Node.ANY, Node.ANY)));
    }

    @Test
    void theDefaultGraphAndReferenceGraphsAreNotWritable() {
        for (Node graph : List.of(Quad.defaultGraphNodeGenerated, ONTOLOGY, Iris.LINKS_GRAPH)) {
            GeokgException e = assertThrows(GeokgException.class, () -> Txn.executeWrite(dsg, () -> {
                KnowledgeStore.Changes changes = store.changes();
                changes.touching(graph);
                changes.settle();
            }));
            assertEquals(ErrorCode.STORE, e.code(), e.getMessage());
        }
    }
}
