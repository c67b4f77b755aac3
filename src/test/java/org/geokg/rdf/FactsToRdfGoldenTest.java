package org.geokg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.geokg.ProjectFiles;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of the RDF mapping: each folder under {@code src/test/resources/rdf/golden/} holds a facts
 * document and the TriG it must map to, compared as datasets (isomorphism, not text). Adding a folder adds a
 * test. Run with {@code -Dgeokg.golden.write=true} to write a missing expected file for review.
 */
class FactsToRdfGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/rdf/golden");

    @TestFactory
    Stream<DynamicTest> mapsEachGoldenCase() throws IOException {
        FactsJson json = FactsJson.of(ProjectFiles.directory(Path.of(".")));
        FactsToRdf mapping = new FactsToRdf(FactIdentity.standard());
        return Files.list(GOLDEN).sorted().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            FactsDocument doc = json.read(dir.resolve("input.facts.json"));
            DatasetGraph actual = DatasetGraphFactory.createTxnMem();
            mapping.emit(doc, StreamRDFLib.dataset(actual));
            Path expectedFile = dir.resolve("expected.trig");
            if (!Files.exists(expectedFile)) {
                if (Boolean.getBoolean("geokg.golden.write")) {
                    try (OutputStream out = Files.newOutputStream(expectedFile)) {
                        actual.prefixes().putAll(Prefixes.mapping());
                        RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
                    }
                }
                fail("no expected.trig in " + dir);
            }
            DatasetGraph expected = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
            if (!IsoMatcher.isomorphic(expected, actual)) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                RDFDataMgr.write(out, actual, RDFFormat.NQUADS);
                fail("mapping of " + dir + " differs from expected.trig; got:\n" + out);
            }
            // The same input maps to the same quads every time.
            DatasetGraph again = DatasetGraphFactory.createTxnMem();
            mapping.emit(doc, StreamRDFLib.dataset(again));
            assertTrue(IsoMatcher.isomorphic(actual, again));
        }));
    }
}
