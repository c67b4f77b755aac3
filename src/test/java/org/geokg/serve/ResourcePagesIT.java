package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.store.KnowledgeStore;
import org.geokg.vocabulary.GEOKG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** geokg's IRIs dereferenced on the server: data for data clients, pages for people. */
class ResourcePagesIT {

    private static final String ALB = "https://w3id.org/geokg/id/state/ALB";
    private static final String ACCUSATION = "https://w3id.org/geokg/id/accusation/ALB-IRN-cyberattack/2022-09-07";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static KnowledgeStore store;
    private static SparqlServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = DemoStore.open();
        // Hostile text in the data: the page must show it, not run it.
        Txn.executeWrite(store.dataset(), () -> {
            Node g = NodeFactory.createURI("urn:x:hostile");
            Node alb = NodeFactory.createURI(ALB);
            store.dataset().add(g, alb, RDFS.Nodes.comment, NodeFactory.createLiteralString("<script>alert(1)</script>"));
            store.dataset().add(g, alb, OWL.sameAs.asNode(), NodeFactory.createURI("javascript:alert(2)"));
        });
        server = SparqlServer.builder(store, DemoStore.files()).port(0).build().start();
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

    private static URI page(String iri) {
        return server.url().resolve(iri.substring("https://w3id.org/geokg/".length()));
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @Test
    void dataClientsGetTurtle() {
        HttpResponse<String> r = DemoStore.get(http, page(ALB), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        Graph g = parse(r.body(), Lang.TURTLE);
        Node alb = NodeFactory.createURI(ALB);
        assertTrue(g.contains(alb, RDFS.Nodes.label, NodeFactory.createLiteralLang("Albania", "en")));
        // The facts that name Albania point at it, with their types.
        Node accusation = NodeFactory.createURI(ACCUSATION);
        assertTrue(g.contains(accusation, GEOKG.Nodes.accuser, alb));
        assertTrue(g.contains(accusation, org.apache.jena.vocabulary.RDF.Nodes.type, GEOKG.Nodes.Accusation));
        assertFalse(g.contains(Node.ANY, GEOKG.Nodes.mentions, alb), "articles' plain mentions are left out");
    }

    @Test
    void aFactsDescriptionCarriesItsEvidenceInJsonLd() {
        HttpResponse<String> r = DemoStore.get(http, page(ACCUSATION), "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Graph g = parse(r.body(), Lang.JSONLD);
        Node evidence = g.find(NodeFactory.createURI(ACCUSATION), GEOKG.Nodes.evidence, Node.ANY).next().getObject();
        assertTrue(g.find(evidence, GEOKG.Nodes.quote, Node.ANY).next().getObject().getLiteralLexicalForm()
                .contains("accusing it of having orchestrated a massive cyberattack"));
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/geokg/id/state/IRN"), RDFS.Nodes.label, Node.ANY));
    }

    @Test
    void browsersGetAPageThatSaysTheFactsAndLinksOn() {
        HttpResponse<String> r = DemoStore.get(http, page(ALB), BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        Document doc = Jsoup.parse(r.body());
        assertEquals("Albania", doc.selectFirst("h1").text());
        Element fact = doc.select("a").stream()
                .filter(a -> a.text().equals("Albania accused Iran of a cyberattack (2022-09-07)")).findFirst()
                .orElseThrow(() -> new AssertionError(r.body()));
        assertEquals("/id/accusation/ALB-IRN-cyberattack/2022-09-07", fact.attr("href"));
        Element item = fact.parent();
        assertNotNull(item.selectFirst("blockquote"));
        assertTrue(item.selectFirst("blockquote").text().contains("orchestrated a massive cyberattack"));
        assertEquals("/id/article/albania-iran-2022", item.selectFirst(".src a").attr("href"));
        assertTrue(item.select(".src a").stream().anyMatch(a -> a.attr("href").startsWith("https://www.asianews.it/")));
        assertTrue(doc.select("a[href=/id/state/IRN]").stream().anyMatch(a -> a.text().equals("Iran")),
                "Iran is among the related actors");

        // From the accusation on to Iran.
        Document accusation = Jsoup.parse(DemoStore.get(http, server.url().resolve(fact.attr("href")), BROWSER).body());
        assertEquals("Albania accused Iran of a cyberattack (2022-09-07)", accusation.selectFirst("h1").text());
        assertEquals("/id/state/IRN", accusation.selectFirst("h1 a[href=/id/state/IRN]").attr("href"));
    }

    @Test
    void textFromTheDataIsEscapedAndOnlyWebLinksAreLinks() {
        String body = DemoStore.get(http, page(ALB), BROWSER).body();
        assertFalse(body.contains("<script>"), body);
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body);
        assertFalse(body.contains("href=\"javascript:"), body);
        assertTrue(Jsoup.parse(body).select("script").isEmpty());
    }

    @Test
    void unknownResourcesAndFormatsAreRefused() {
        assertEquals(404, DemoStore.get(http, page("https://w3id.org/geokg/id/state/XYZ"), BROWSER).statusCode());
        assertEquals(406, DemoStore.get(http, page(ALB), "image/png").statusCode());
        HttpResponse<String> byParameter = DemoStore.get(http, URI.create(page(ALB) + "?format=jsonld"), BROWSER);
        assertTrue(byParameter.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void theVocabularyIsServed() {
        HttpResponse<String> ontology = DemoStore.get(http, server.url().resolve("ontology/geokg.ttl"), "*/*");
        assertEquals(200, ontology.statusCode());
        assertTrue(ontology.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(ontology.body(), Lang.TURTLE).contains(GEOKG.Nodes.Accusation, Node.ANY, Node.ANY));
        assertTrue(parse(DemoStore.get(http, server.url().resolve("ontology/shapes.ttl"), "*/*").body(), Lang.TURTLE)
                .size() > 10);
        HttpResponse<String> context = DemoStore.get(http, server.url().resolve("ontology/context.jsonld"), "*/*");
        assertTrue(context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(context.body().contains("\"@context\""));
        assertEquals(404, DemoStore.get(http, server.url().resolve("ontology/facts.schema.json"), "*/*").statusCode());
        int traversal = DemoStore.get(http, server.url().resolve("ontology/..%2Fpom.xml"), "*/*").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "status " + traversal);
    }
}
