package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.geokg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo article's facts as sentences, the way the resource pages say them. */
class FactSentencesTest {

    private static KnowledgeStore store;

    @BeforeAll
    static void open() {
        store = DemoStore.open();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Every fact of the store said as a sentence. */
    private static Set<String> sentences() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph union = store.dataset().getUnionGraph();
            FactSentences sentences = new FactSentences(union);
            Set<String> out = new TreeSet<>();
            union.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t ->
                    sentences.of(t.getSubject()).ifPresent(x -> out.add(x.toString())));
            return out;
        });
    }

    @Test
    void eachKindOfFactInTheDemoReadsAsASentence() {
        Set<String> said = sentences();
        for (String expected : List.of(
                "Albania accused Iran of a cyberattack (2022-09-07)",
                "Albania was hit by a cyberattack (2022-07-15)",
                "Albania broke off diplomatic relations with Iran (2022-09-07)",
                "Albania expelled diplomats of Iran (2022-09-07)",
                "The embassy of Iran in Albania closed",
                "Iran denied an accusation by Albania",
                "Iran condemned Albania",
                "Albania hosts People's Mojahedin Organization of Iran")) {
            assertTrue(said.contains(expected), expected + " in " + said);
        }
    }

    @Test
    void theActorsStayLinksAndOtherNodesAreNoFacts() {
        Txn.executeRead(store.dataset(), () -> {
            FactSentences sentences = new FactSentences(store.dataset().getUnionGraph());
            Node alb = NodeFactory.createURI("https://w3id.org/geokg/id/state/ALB");
            Node irn = NodeFactory.createURI("https://w3id.org/geokg/id/state/IRN");
            FactSentences.Sentence s = sentences.of(
                    NodeFactory.createURI("https://w3id.org/geokg/id/accusation/ALB-IRN-cyberattack/2022-09-07")).orElseThrow();
            assertEquals(List.of(alb, irn), s.actors());
            assertTrue(sentences.of(alb).isEmpty());
            assertEquals("Albania", sentences.label(alb));
            assertEquals("ZZZ", sentences.label(NodeFactory.createURI("https://w3id.org/geokg/id/state/ZZZ")));
        });
    }
}
