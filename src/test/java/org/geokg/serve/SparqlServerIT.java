package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.geokg.query.NamedQuery;
import org.geokg.query.QueryCatalog;
import org.geokg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over HTTP, as analysts and their tools use it: the SPARQL protocol, who may write, the
 * guarantees writes get, and the safety limits. One server for the class (port 0, loopback, stopped after
 * the last test); the tests that need other settings start their own and stop it in {@code finally}.
 */
class SparqlServerIT {

    private static final String UPDATE = "application/sparql-update";
    private static final String GEOKG = "PREFIX geokg: <https://w3id.org/geokg/ontology#>\n";

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static SparqlServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = DemoStore.open();
        server = SparqlServer.builder(store, DemoStore.files()).port(0)
                .users(DemoStore.passwords(dir)).writers(Set.of("alice"))
                .maxBody(1 << 20)
                .build().start();
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

    private static URI at(String path) {
        return server.url().resolve(path);
    }

    private static HttpResponse<String> query(String endpoint, String sparql, String accept) {
        URI uri = at("geokg/" + endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        return DemoStore.get(http, uri, accept);
    }

    private static HttpResponse<String> update(String sparql, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(at("geokg/update")).header("Content-Type", UPDATE)
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return DemoStore.send(http, b.build());
    }

    private static boolean ask(String sparql) {
        HttpResponse<String> r = query("sparql", sparql, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.readBoolean(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
    }

    private static String alice() {
        return DemoStore.basic("alice", "alice-secret");
    }

    @Test
    void theAttributionQueryAnswersInJsonOverGet() {
        NamedQuery attribution = QueryCatalog.of(DemoStore.files()).named("attribution").orElseThrow();
        HttpResponse<String> r = query("sparql", attribution.sparql(), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        boolean albaniaAccusesIran = false;
        while (rows.hasNext()) {
            var row = rows.next();
            albaniaAccusesIran |= "ALB".equals(row.getLiteral("accuser").getString())
                    && "IRN".equals(row.getLiteral("accused").getString())
                    && "Albania".equals(row.getLiteral("accuserName").getString());
        }
        assertTrue(albaniaAccusesIran, r.body());
    }

    @Test
    void queriesAnswerInCsvOverPostOnTheSecondEndpoint() {
        String form = "query=" + URLEncoder.encode(GEOKG + "SELECT ?key WHERE { ?a geokg:key ?key } ORDER BY ?key",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/query"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("key", lines.get(0));
        assertTrue(lines.contains("ALB") && lines.contains("IRN"), r.body());
    }

    @Test
    void constructAnswersInTurtleAndJsonLd() {
        String construct = GEOKG + "CONSTRUCT { ?a geokg:key ?k } WHERE { ?a geokg:key ?k }";
        HttpResponse<String> ttl = query("sparql", construct, "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.body().contains("\"ALB\""), ttl.body());
        HttpResponse<String> jsonld = query("sparql", construct, "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains("ALB"), jsonld.body());
    }

    @Test
    void anonymousWritesAreChallenged() {
        HttpResponse<String> r = update("INSERT DATA { GRAPH <urn:x:anon> { <urn:x:anon-s> <urn:b> <urn:c> } }", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("geokg"));
        HttpResponse<String> upload = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/upload"))
                .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("<urn:x:anon-s> <urn:b> <urn:c> ."))
                .build());
        assertEquals(401, upload.statusCode());
        HttpResponse<String> data = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/data?graph=urn:x:anon"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:anon-s> <urn:b> <urn:c> ."))
                .build());
        assertEquals(401, data.statusCode());
        assertFalse(ask("ASK { <urn:x:anon-s> <urn:b> <urn:c> }"));
    }

    @Test
    void aUserWhoIsNotAWriterIsForbidden() {
        HttpResponse<String> r = update("INSERT DATA { GRAPH <urn:x:bob> { <urn:bob> <urn:b> <urn:c> } }",
                DemoStore.basic("bob", "bob-secret"));
        assertEquals(403, r.statusCode());
        assertEquals(401, update("INSERT DATA { GRAPH <urn:x:bob> { <urn:bob> <urn:b> <urn:c> } }",
                DemoStore.basic("alice", "wrong")).statusCode());
        assertFalse(ask("ASK { <urn:bob> ?p ?o }"));
    }

    @Test
    void aWriterUpdatesAndQueriesSeeIt() {
        HttpResponse<String> r = update(GEOKG + "INSERT DATA { GRAPH <urn:x:notes> { "
                + "<https://w3id.org/geokg/id/state/ALB> <http://www.w3.org/2000/01/rdf-schema#comment> \"note\" } }",
                alice());
        assertEquals(204, r.statusCode(), r.body());
        assertTrue(ask("ASK { <https://w3id.org/geokg/id/state/ALB> <http://www.w3.org/2000/01/rdf-schema#comment> \"note\" }"));
    }

    @Test
    void aWriteThatBreaksTheShapesIsRefusedWithTheReason() {
        HttpResponse<String> r = update(GEOKG + "INSERT DATA { GRAPH <urn:x:bad> { "
                + "<https://w3id.org/geokg/id/state/ZZZ> a geokg:State ; geokg:key \"zz\" } }", alice());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("SHACL") && r.body().contains("state/ZZZ"), r.body());
        assertFalse(ask("ASK { <https://w3id.org/geokg/id/state/ZZZ> ?p ?o }"));
        HttpResponse<String> put = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/data?graph=urn:x:bad"))
                .header("Content-Type", "text/turtle").header("Authorization", alice())
                .PUT(HttpRequest.BodyPublishers.ofString("<https://w3id.org/geokg/id/state/ZZZ> a "
                        + "<https://w3id.org/geokg/ontology#State> ."))
                .build());
        assertEquals(422, put.statusCode());
        assertTrue(put.body().contains("SHACL"), put.body());
        assertFalse(ask("ASK { <https://w3id.org/geokg/id/state/ZZZ> ?p ?o }"));
    }

    @Test
    void theDefaultGraphAndGeokgsOwnGraphsCannotBeWritten() {
        HttpResponse<String> r = update("INSERT DATA { <urn:x:d> <urn:b> <urn:c> }", alice());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("default graph"), r.body());
        HttpResponse<String> drop = update("DROP GRAPH <" + DemoStore.ONTOLOGY_GRAPH + ">", alice());
        assertEquals(422, drop.statusCode());
        assertTrue(ask("ASK { GRAPH <" + DemoStore.ONTOLOGY_GRAPH + "> { ?s ?p ?o } }"));
        HttpResponse<String> wholeStore = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/data"))
                .header("Content-Type", "application/trig").header("Authorization", alice())
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:g> { <urn:a> <urn:b> <urn:c> }")).build());
        assertEquals(405, wholeStore.statusCode());
        assertTrue(ask("ASK { GRAPH <" + DemoStore.DEMO_GRAPH + "> { ?s ?p ?o } }"));
    }

    @Test
    void aGraphPutThroughTheGraphStoreIsReconciledAndReadable() {
        HttpResponse<String> put = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/data?graph=urn:x:gsp"))
                .header("Content-Type", "text/turtle").header("Authorization", alice())
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"gsp\" .")).build());
        assertEquals(201, put.statusCode(), put.body());
        HttpResponse<String> get = DemoStore.get(http, at("geokg/get?graph=urn:x:gsp"), "application/n-triples");
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("\"gsp\""), get.body());
    }

    @Test
    void aWriterUploadsQuadsAndTriplesWithoutAGraphAreRefused() {
        HttpResponse<String> quads = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/upload"))
                .header("Content-Type", "application/trig").header("Authorization", alice())
                .POST(HttpRequest.BodyPublishers.ofString("<urn:x:up> { <urn:x:uploaded> <urn:b> \"c\" }")).build());
        assertEquals(200, quads.statusCode(), quads.body());
        assertTrue(ask("ASK { GRAPH <urn:x:up> { <urn:x:uploaded> <urn:b> \"c\" } }"));
        HttpResponse<String> triples = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/upload"))
                .header("Content-Type", "text/turtle").header("Authorization", alice())
                .POST(HttpRequest.BodyPublishers.ofString("<urn:x:loose> <urn:b> \"c\" .")).build());
        assertEquals(422, triples.statusCode());
        assertFalse(ask("ASK { <urn:x:loose> ?p ?o }"));
    }

    @Test
    void serviceCallsAndLoadsAreRefused() {
        HttpResponse<String> service = query("sparql", "SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(422, service.statusCode());
        assertTrue(service.body().contains("SERVICE <http://127.0.0.1:1/> refused"), service.body());
        HttpResponse<String> load = update("LOAD <http://127.0.0.1:1/data.ttl> INTO GRAPH <urn:x:load>", alice());
        assertEquals(422, load.statusCode());
        assertTrue(load.body().contains("LOAD <http://127.0.0.1:1/data.ttl> refused"), load.body());
        HttpResponse<String> file = update("LOAD <file:///etc/hostname> INTO GRAPH <urn:x:load>", alice());
        assertEquals(422, file.statusCode());
        HttpResponse<String> inUpdate = update("INSERT { GRAPH <urn:x:svc> { ?s ?p ?o } } WHERE { "
                + "SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", alice());
        assertEquals(422, inUpdate.statusCode(), inUpdate.body());
        assertFalse(ask("ASK { GRAPH <urn:x:load> { ?s ?p ?o } }"));
    }

    @Test
    void bodiesOverTheLimitAreRefused() {
        String big = "INSERT DATA { GRAPH <urn:x:big> { <urn:a> <urn:b> \"" + "x".repeat(2 << 20) + "\" } }";
        // A client of its own: the server closes the connection after refusing the body.
        HttpResponse<String> r = DemoStore.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(at("geokg/update"))
                .header("Content-Type", UPDATE).header("Authorization", alice())
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertEquals(413, r.statusCode());
        assertFalse(ask("ASK { GRAPH <urn:x:big> { ?s ?p ?o } }"));
    }

    @Test
    void theUiIsServedWithWhatItNeeds() {
        HttpResponse<String> ui = DemoStore.get(http, at("/"), "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<title>Apache Jena Fuseki UI</title>"), ui.body());
        HttpResponse<String> status = DemoStore.get(http, at("$/server"), "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/geokg\"") && status.body().contains("\"sparql\"")
                && status.body().contains("\"update\""), status.body());
        assertEquals(200, DemoStore.get(http, at("$/ping"), "*/*").statusCode());
        assertEquals(200, DemoStore.get(http, at("$/stats/geokg"), "application/json").statusCode());
        HttpResponse<String> create = DemoStore.send(http, HttpRequest.newBuilder(at("$/datasets?dbName=x&dbType=mem"))
                .header("Authorization", alice()).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(create.statusCode() == 404 || create.statusCode() == 405, "status " + create.statusCode());
    }

    @Test
    void corsIsGrantedToReadsOnlyAndOtherSitesCannotWrite() {
        HttpResponse<String> read = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "https://example.org").GET().build());
        assertEquals(200, read.statusCode());
        assertEquals("https://example.org", read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(read.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
        HttpResponse<String> preflight = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/update"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        // A page on another site cannot use the analyst's cached login to write (CSRF): 403, no CORS header.
        HttpResponse<String> forged = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/update"))
                .header("Origin", "https://example.org").header("Authorization", alice())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(
                        "INSERT DATA { GRAPH <urn:x:cors> { <urn:x:forged> <urn:b> <urn:c> } }", StandardCharsets.UTF_8)))
                .build());
        assertEquals(403, forged.statusCode());
        assertNull(forged.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(ask("ASK { <urn:x:forged> ?p ?o }"));
        // The UI, on the server's own origin, writes.
        String own = "http://" + server.url().getRawAuthority();
        HttpResponse<String> sameOrigin = DemoStore.send(http, HttpRequest.newBuilder(at("geokg/update"))
                .header("Origin", own).header("Authorization", alice()).header("Content-Type", UPDATE)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:cors> { <urn:x:ui> <urn:b> <urn:c> } }"))
                .build());
        assertEquals(204, sameOrigin.statusCode(), sameOrigin.body());
    }

    @Test
    void aServerWithoutUsersHasNoWriteEndpointsButAUiAndLimits() {
        SparqlServer other = SparqlServer.builder(store, DemoStore.files()).port(0)
                .queryTimeout(Duration.ofMillis(500)).allowFederation(Set.of("127.0.0.1")).build();
        try {
            other.start();
            assertFalse(other.settings().writable());
            URI base = other.url();
            HttpResponse<String> update = DemoStore.send(http, HttpRequest.newBuilder(base.resolve("geokg/update"))
                    .header("Content-Type", UPDATE).header("Authorization", alice())
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:off> { <urn:a> <urn:b> <urn:c> } }"))
                    .build());
            assertTrue(update.statusCode() == 404 || update.statusCode() == 405, "status " + update.statusCode());
            HttpResponse<String> status = DemoStore.get(http, base.resolve("$/server"), "application/json");
            assertTrue(status.body().contains("\"sparql\"") && !status.body().contains("\"update\""), status.body());
            assertEquals(200, DemoStore.get(http, base, "text/html").statusCode());

            // A cartesian product of the store with itself four times is cut off by the 0.5 s limit.
            long start = System.nanoTime();
            String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            HttpResponse<String> slow = DemoStore.get(http, base.resolve("geokg/sparql?query="
                    + URLEncoder.encode(cartesian, StandardCharsets.UTF_8)), "application/sparql-results+json");
            assertEquals(503, slow.statusCode(), slow.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20);

            // An allowed host is reached: here, the server itself.
            String federated = "ASK { SERVICE <" + base.resolve("geokg/sparql") + "> { ?s <https://w3id.org/geokg/ontology#key> \"ALB\" } }";
            HttpResponse<String> ok = DemoStore.get(http, base.resolve("geokg/sparql?query="
                    + URLEncoder.encode(federated, StandardCharsets.UTF_8)), "application/sparql-results+json");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("true"), ok.body());
            HttpResponse<String> elsewhere = DemoStore.get(http, base.resolve("geokg/sparql?query=" + URLEncoder.encode(
                    "ASK { SERVICE <http://localhost:1/> { ?s ?p ?o } }", StandardCharsets.UTF_8)), "*/*");
            assertEquals(422, elsewhere.statusCode());
        } finally {
            other.close();
        }
    }
}
