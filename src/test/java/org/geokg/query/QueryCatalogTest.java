package org.geokg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.article.ArticleReader;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactsToRdf;
import org.geokg.rdf.GazetteerToRdf;
import org.geokg.rdf.Iris;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.store.KnowledgeStore;
import org.geokg.store.Sources;
import org.geokg.store.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every canned query in {@code queries/} runs against a fixture store (the demo facts, the RDF golden inputs
 * and the gazetteer) and must give exactly the rows in {@code src/test/resources/query-results/NAME.tsv}.
 * Run with {@code -Dgeokg.golden.write=true} to write a missing expected file for review.
 */
class QueryCatalogTest {

    static final ProjectFiles FILES = ProjectFiles.directory(Path.of("."));
    static final Path RESULTS = Path.of("src/test/resources/query-results");
    static KnowledgeStore store;

    @BeforeAll
    static void fixture() throws Exception {
        Sources sources = new Sources(FactsJson.of(FILES), new FactsToRdf(FactIdentity.standard()),
                ArticleReader.standard(), a -> {
                    throw new IllegalStateException("no extraction here");
                });
        Gazetteer gazetteer = Gazetteer.load(FILES);
        store = KnowledgeStore.inMemory(Validator.of(FILES), FactIdentity.standard(), List.of(
                new KnowledgeStore.Reference(Iris.GAZETTEER_GRAPH, "test", () -> new GazetteerToRdf(gazetteer).graph())));
        List<Sources.Prepared> inputs = new ArrayList<>(sources.prepare(Path.of("data/facts/albania-iran-2022.json")));
        inputs.addAll(sources.prepare(Path.of("data/linked/wikidata-excerpt.ttl")));
        try (Stream<Path> golden = Files.list(Path.of("src/test/resources/rdf/golden"))) {
            for (Path dir : golden.sorted().toList()) {
                inputs.addAll(sources.prepare(dir.resolve("input.facts.json")));
            }
        }
        store.load(inputs);
    }

    static String run(NamedQuery q, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(q.sparql(), q.name(), params, ResultFormat.tsv, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedRows() {
        QueryCatalog catalog = QueryCatalog.of(FILES);
        assertFalse(catalog.all().isEmpty());
        return catalog.all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            assertFalse(q.question().isEmpty(), q.name() + " has a # Question: header");
            assertFalse(q.columns().isEmpty(), q.name() + " has a # Columns: header");
            String actual = run(q, Map.of());
            Path expected = RESULTS.resolve(q.name() + ".tsv");
            if (!Files.exists(expected)) {
                if (Boolean.getBoolean("geokg.golden.write")) {
                    Files.writeString(expected, actual);
                }
                fail("no expected rows for " + q.name() + "; got:\n" + actual);
            }
            assertEquals(Files.readString(expected), actual, q.name());
        }));
    }

    @Test
    void theAttributionQueryNamesAlbaniaAndTheUnitedStatesAccusingIranOfTheJulyAttack() {
        QueryCatalog catalog = QueryCatalog.of(FILES);
        String rows = run(catalog.named("attribution").orElseThrow(), Map.of("accusedKey", "IRN"));
        List<String> lines = rows.lines().skip(1).toList();
        assertEquals(2, lines.size(), rows);
        for (String accuser : List.of("\"ALB\"", "\"USA\"")) {
            String line = lines.stream().filter(l -> l.startsWith(accuser + "\t")).findFirst().orElseThrow();
            assertEquals(true, line.contains("<https://w3id.org/geokg/id/cyberattack/ALB/2022-07-15>"), line);
            assertEquals(true, line.contains("\"2022-07-15\"^^<http://www.w3.org/2001/XMLSchema#date>"), line);
        }
    }

    @Test
    void anAccuserKeyNarrowsTheAttributionsToThatAccuser() {
        QueryCatalog catalog = QueryCatalog.of(FILES);
        String rows = run(catalog.named("attribution").orElseThrow(), Map.of("accuserKey", "ALB", "accusedKey", "IRN"));
        List<String> lines = rows.lines().skip(1).toList();
        assertEquals(1, lines.size(), rows);
        assertEquals(true, lines.get(0).startsWith("\"ALB\"\t\"IRN\"\t"), rows);
    }

    @Test
    void wikidataMembershipJoinsThroughSameAs() {
        QueryCatalog catalog = QueryCatalog.of(FILES);
        String rows = run(catalog.named("nato-cyberattacks").orElseThrow(), Map.of("accusedKey", "IRN"));
        List<String> lines = rows.lines().skip(1).toList();
        assertEquals(2, lines.size(), rows);
        org.junit.jupiter.api.Assertions.assertTrue(lines.stream().allMatch(l -> l.startsWith("\"ALB\"\t")), rows);
        String russia = run(catalog.named("nato-cyberattacks").orElseThrow(), Map.of("accusedKey", "RUS"));
        org.junit.jupiter.api.Assertions.assertTrue(russia.contains("\"NOR\""), russia);
    }

    @Test
    void parametersNarrowAQuery() {
        QueryCatalog catalog = QueryCatalog.of(FILES);
        NamedQuery q = catalog.named("diplomatic-breaks").orElseThrow();
        String both = run(q, Map.of("stateA", "IRN", "stateB", "ALB"));
        String none = run(q, Map.of("stateA", "IRN", "stateB", "NOR"));
        assertEquals(4, both.lines().count(), both);
        assertEquals(1, none.lines().count(), none);
    }

    @Test
    void anUnknownQueryNameListsTheCannedOnes() {
        GeokgException e = org.junit.jupiter.api.Assertions.assertThrows(GeokgException.class,
                () -> QueryCatalog.of(FILES).resolve("atribution"));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("attribution"));
    }
}
