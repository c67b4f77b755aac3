package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;

/** Which URLs the server may fetch from for SERVICE and LOAD. */
class FederationPolicyTest {

    @Test
    void byDefaultNothingIsFetched() {
        FederationPolicy none = FederationPolicy.none();
        assertTrue(none.refusal("http://127.0.0.1:1/").orElseThrow().contains("no host"));
        assertTrue(none.refusal("https://query.wikidata.org/sparql").isPresent());
        assertTrue(none.refusal("file:///etc/passwd").isPresent());
    }

    @Test
    void allowedHostsAreMatchedByHostOverHttpOnly() {
        FederationPolicy policy = new FederationPolicy(Set.of("Query.Wikidata.org"));
        assertEquals(Optional.empty(), policy.refusal("https://query.wikidata.org/sparql"));
        assertEquals(Optional.empty(), policy.refusal("http://QUERY.wikidata.org:8080/bigdata"));
        assertTrue(policy.refusal("https://query.wikidata.org.evil.example/sparql").isPresent());
        assertTrue(policy.refusal("https://evil.example/?u=https://query.wikidata.org/").isPresent());
        assertTrue(policy.refusal("ftp://query.wikidata.org/x").orElseThrow().contains("not an http"));
        assertTrue(policy.refusal("urn:x-arq:self").isPresent());
    }

    @Test
    void hostsAreNamesNotUrls() {
        assertThrows(IllegalArgumentException.class, () -> new FederationPolicy(Set.of("https://query.wikidata.org")));
        assertThrows(IllegalArgumentException.class, () -> new FederationPolicy(Set.of("host:8080")));
        assertThrows(IllegalArgumentException.class, () -> new FederationPolicy(Set.of(" ")));
    }

    @Test
    void jsonLdCannotMakeTheServerFetchItsContext() {
        String json = "{ \"@context\": \"http://127.0.0.1:1/context.jsonld\", \"@id\": \"urn:x:a\", \"name\": \"x\" }";
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, FederationPolicy.none().jsonLdOptions());
        RiotException e = assertThrows(RiotException.class, () -> RDFParser.fromString(json, Lang.JSONLD)
                .context(context).parse(GraphFactory.createDefaultGraph()));
        assertTrue(String.valueOf(e.getMessage()).contains("refused"), e.getMessage());
    }

    @Test
    void loadsAreCheckedLikeServiceCalls() {
        FederationPolicy policy = new FederationPolicy(Set.of("data.example.org"));
        assertEquals(Optional.empty(), policy.refusedLoad(UpdateFactory.create(
                "LOAD <https://data.example.org/a.ttl> INTO GRAPH <urn:g>")));
        String refused = policy.refusedLoad(UpdateFactory.create(
                "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } } ; LOAD <file:///etc/passwd>")).orElseThrow();
        assertTrue(refused.startsWith("LOAD <file:///etc/passwd> refused"), refused);
    }
}
