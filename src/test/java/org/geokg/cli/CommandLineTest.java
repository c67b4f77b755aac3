package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @TempDir
    Path tmp;

    private String store() {
        return tmp.resolve("store").toString();
    }

    @Test
    void loadsQueriesAndExports() throws Exception {
        Cli load = Cli.run("load", "--store", store(), "data/facts/albania-iran-2022.json");
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().contains("1 graph"), load.out());

        Cli query = Cli.run("query", "--store", store(), "--format", "csv", "attribution", "-p", "accusedKey=IRN");
        assertEquals(0, query.code(), query.err());
        assertTrue(query.out().startsWith("accuser,accused,"), query.out());
        assertEquals(3, query.out().lines().count(), query.out());

        Cli sparql = Cli.run("query", "--store", store(), "--format", "tsv", "--sparql",
                "PREFIX geokg: <https://w3id.org/geokg/ontology#> SELECT (COUNT(*) AS ?n) { ?x a geokg:Expulsion }");
        assertEquals("?n\n1\n", sparql.out());

        Path trig = tmp.resolve("all.trig");
        assertEquals(0, Cli.run("export", "--store", store(), "--format", "trig", "--output", trig.toString()).code());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(trig).lang(Lang.TRIG).parse(back);
        assertTrue(back.containsGraph(org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/geokg/id/article/albania-iran-2022")));

        Cli jsonld = Cli.run("export", "--store", store(), "--format", "jsonld");
        assertEquals(0, jsonld.code(), jsonld.err());
        assertTrue(jsonld.out().contains("\"@context\": \"https://w3id.org/geokg/ontology/context.jsonld\""));
        assertTrue(jsonld.out().contains("\"accuser\": \"id:state/ALB\""), "reads as plain JSON with the context");

        Cli stats = Cli.run("stats", "--store", store());
        assertTrue(stats.out().contains("geokg:Accusation"), stats.out());
        assertEquals(0, Cli.run("validate", "--store", store()).code());
    }

    @Test
    void aBadInputIsOneLineNamingFileAndPointerWithExitCodeOne() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("data/facts/albania-iran-2022.json"))
                .replace("\"type\": \"Expulsion\"", "\"type\": \"Expulsoin\""));
        Cli load = Cli.run("load", "--store", store(), bad.toString());
        assertEquals(1, load.code());
        assertEquals(1, load.err().lines().count(), load.err());
        assertTrue(load.err().startsWith("geokg: FACTS_FORMAT: " + bad + " at /facts/3/type: "), load.err());
        assertFalse(Files.exists(tmp.resolve("store").resolve("Data-0001")) && Cli.run("stats", "--store", store())
                .out().contains("geokg:Expulsion"));

        Cli verbose = Cli.run("load", "--verbose", "--store", store(), bad.toString());
        assertTrue(verbose.err().contains("\tat org.geokg."), "--verbose adds the stack trace");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run("load").code());
        assertEquals(2, Cli.run("query", "--format", "xml", "attribution").code());
        assertEquals(2, Cli.run("frobnicate").code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "load", "query", "export", "validate", "stats"})
    void everyCommandHasHelp(String command) {
        Cli help = Cli.run(command, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: geokg " + command), help.out());
    }

    @Test
    void anUnknownExtensionIsRefused() throws Exception {
        Path odd = tmp.resolve("facts.xlsx");
        Files.writeString(odd, "x");
        Cli load = Cli.run("load", "--store", store(), odd.toString());
        assertEquals(1, load.code());
        assertTrue(load.err().startsWith("geokg: UNKNOWN_FORMAT: " + odd), load.err());
    }
}
