package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
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

    private static String say(String path) {
        return Txn.calculateRead(store.dataset(), () -> new FactSentences(store.dataset().getUnionGraph())
                .of(NodeFactory.createURI("https://w3id.org/geokg/id/" + path)).map(Object::toString).orElse("(none)"));
    }

    @Test
    void eachKindOfFactInTheDemoReadsAsASentence() {
        assertEquals("Albania accused Iran of a cyberattack (2022-09-07)", say("accusation/ALB-IRN-cyberattack/2022-09-07"));
        assertEquals("Albania was hit by a cyberattack (2022-07-15)", say("cyberattack/ALB/2022-07-15"));
        assertEquals("Albania broke off diplomatic relations with Iran (2022-09-07)",
                say("diplomatic-rupture/ALB-IRN/2022-09-07"));
        assertEquals("Albania expelled diplomats of Iran (2022-09-07)", say("expulsion/ALB-IRN/2022-09-07"));
        assertEquals("The embassy of Iran in Albania closed", say("embassy-closure/IRN-ALB/undated-2022-09-08"));
        assertEquals("Iran denied an accusation by Albania", say("denial/IRN-ALB/undated-2022-09-08"));
        assertEquals("Iran condemned Albania", say("condemnation/IRN-ALB/undated-2022-09-08"));
        assertTrue(say("hosting/ALB-MEK/undated-2022-09-08").startsWith("Albania hosts People"));
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
