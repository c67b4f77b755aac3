package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.geokg.ProjectFiles;
import org.geokg.rdf.FactIdentity;
import org.geokg.store.KnowledgeStore;
import org.geokg.store.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets one line naming the file, the place in it and the cause, exit code 1, and
 * leaves the store exactly as it was, quad for quad, even when a good file is loaded in the same command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private Path tmp;

    private Path store;
    private Path good;
    private String seed;

    @BeforeAll
    void storeWithTheDemoFacts(@TempDir Path dir) throws Exception {
        tmp = dir;
        store = tmp.resolve("store");
        seed = Files.readString(Path.of("data/facts/albania-iran-2022.json"));
        assertEquals(0, Cli.run("load", "--store", store.toString(), "data/facts/albania-iran-2022.json").code());
        good = tmp.resolve("good.ttl");
        Files.writeString(good, "<https://example.org/a> <https://example.org/b> \"c\" .\n");
    }

    private Set<Quad> quads() {
        ProjectFiles files = ProjectFiles.directory(Path.of("."));
        try (KnowledgeStore s = KnowledgeStore.open(store, Validator.of(files), FactIdentity.standard(), List.of())) {
            return Txn.calculateRead(s.dataset(), () -> {
                Set<Quad> all = new HashSet<>();
                s.dataset().find().forEachRemaining(all::add);
                return all;
            });
        }
    }

    interface Content {
        void write(Path file) throws Exception;
    }

    static Arguments bad(String name, String file, String code, String where, Content content) {
        return Arguments.of(name, file, code, where, content);
    }

    List<Arguments> cases() {
        return List.of(
            bad("invalid JSON", "a.json", "JSON_SYNTAX", ":3:", f -> Files.writeString(f, "{\n \"article\": {\n  \"id\" \"x\"}}")),
            bad("unknown fact type", "b.json", "FACTS_FORMAT", " at /facts/0/type",
                    f -> Files.writeString(f, seed.replace("\"type\": \"DiplomaticRupture\"", "\"type\": \"Rupture\""))),
            bad("missing role", "c.json", "FACTS_FORMAT", " at /facts/0",
                    f -> Files.writeString(f, seed.replace("\"actor\": \"ALB\",\n      \"target\": \"IRN\",\n      \"date\": \"2022-09-07\"",
                            "\"actor\": \"ALB\",\n      \"date\": \"2022-09-07\""))),
            bad("bad date", "d.json", "FACTS_FORMAT", " at /facts/2/date",
                    f -> Files.writeString(f, seed.replace("\"2022-07-15\"", "\"2022-07-32\""))),
            bad("offsets outside the text", "e.json", "FACTS_FORMAT", " at /entities/0/mentions/0/end",
                    f -> Files.writeString(f, seed.replaceFirst("\"end\": (\\d+)", "\"end\": 999999"))),
            bad("unresolvable entity key", "f.json", "FACTS_FORMAT", " at /facts/0/target",
                    f -> Files.writeString(f, seed.replaceFirst("\"target\": \"IRN\"", "\"target\": \"IRAN\""))),
            bad("SHACL violation", "g.ttl", "SHACL", ": <https://w3id.org/geokg/id/recall/x>",
                    f -> Files.writeString(f, "<https://w3id.org/geokg/id/recall/x> a <https://w3id.org/geokg/ontology#Recall> .\n")),
            bad("invalid RDF syntax", "h.ttl", "RDF_SYNTAX", ":2:",
                    f -> Files.writeString(f, "<https://example.org/a> <https://example.org/b> \"c\" .\n<https://example.org/a> oops .\n")),
            bad("unknown extension", "i.docx", "UNKNOWN_FORMAT", ": unknown file extension",
                    f -> Files.writeString(f, "anything")),
            bad("bytes that are not UTF-8", "j.txt", "NOT_TEXT", ":2: is not UTF-8",
                    f -> Files.write(f, "first line\nsecond \u00e9 line".getBytes(StandardCharsets.ISO_8859_1))),
            bad("a binary file", "k.json", "NOT_TEXT", ":1: has a NUL byte",
                    f -> Files.write(f, new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08})),
            bad("an empty file", "l.json", "NOT_TEXT", ": is empty", f -> Files.write(f, new byte[0])),
            bad("a 200 MB article", "m.txt", "TOO_LARGE", ": is 209715200 bytes", f -> {
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(200L * 1024 * 1024);
                }
            }),
            bad("deeply nested JSON", "n.json", "JSON_SYNTAX", ":1:",
                    f -> Files.writeString(f, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))),
            bad("a bad line in JSON Lines", "o.jsonl", "JSON_SYNTAX", ":2:",
                    f -> Files.writeString(f, seed.replace("\n", " ") + "\n{\"facts\": [}\n")),
            bad("an empty RDF file", "p.nt", "NOT_TEXT", ": is empty", f -> Files.write(f, new byte[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithOneLineAndTheStoreStaysAsItWas(String name, String fileName, String code, String where,
                                                     Content content) throws Exception {
        Set<Quad> before = quads();
        Path file = tmp.resolve(fileName);
        content.write(file);
        Cli result = Cli.run("load", "--store", store.toString(), good.toString(), file.toString());
        assertEquals(1, result.code(), name + ": " + result.err());
        assertEquals(1, result.err().lines().count(), name + ": one line\n" + result.err());
        String expectedStart = "geokg: " + code + ": " + file;
        assertTrue(result.err().startsWith(expectedStart), name + ": " + result.err());
        assertTrue(result.err().contains(where), name + ": expected '" + where + "' in " + result.err());
        assertEquals(before, quads(), name + ": the store is unchanged");
        Files.delete(file);
    }
}
