package org.geokg.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactsJsonTest {

    private final FactsJson json = FactsJson.of(ProjectFiles.directory(Path.of(".")));

    static String doc(String facts) {
        return """
            {"article": {"id": "a1", "published": "2022-09-08", "text": "Albania blamed Iran for the hack."},
             "entities": [
               {"key": "ALB", "type": "State", "name": "Albania", "mentions": [{"text": "Albania", "start": 0, "end": 7}]},
               {"key": "IRN", "type": "State", "name": "Iran"}],
             "facts": [%s]}
            """.formatted(facts);
    }

    static final String GOOD_FACT = """
        {"id": "f1", "type": "Accusation", "accuser": "ALB", "accused": "IRN", "about": "Cyberattack",
         "date": "2022-09", "confidence": 0.8,
         "evidence": {"text": "Albania blamed Iran for the hack.", "start": 0, "end": 33}}""";

    @Test
    void readsADocument() {
        FactsDocument d = json.parse(doc(GOOD_FACT), "t.json");
        Fact f = d.facts().get(0);
        assertEquals(FactType.Accusation, f.type());
        assertEquals("ALB", f.role(Role.ACCUSER));
        assertEquals(ActKind.Cyberattack, f.about().orElseThrow());
        assertEquals(PartialDate.Precision.MONTH, f.date().orElseThrow().precision());
        assertEquals(0, d.entity("ALB").orElseThrow().mentions().get(0).start());
    }

    @Test
    void writesWhatItReads() {
        FactsDocument seed = json.read(Path.of("data/facts/albania-iran-2022.json"));
        StringWriter out = new StringWriter();
        json.write(seed, out);
        assertEquals(seed, json.parse(out.toString(), "again.json"));
        assertEquals(seed, json.parse(json.writeLine(seed), "line.json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown type       | "type": "Accusation"                   | "type": "Attack"                  | /facts/0/type
        missing role       | "accused": "IRN",                      | ''                                | /facts/0
        impossible date    | "date": "2022-09"                      | "date": "2022-02-30"              | /facts/0/date
        malformed date     | "date": "2022-09"                      | "date": "Sept 2022"               | /facts/0/date
        offsets outside    | "start": 0, "end": 33                  | "start": 0, "end": 99             | /facts/0/evidence/end
        quote mismatch     | "text": "Albania blamed Iran for the hack." | "text": "Iran blamed Albania." | /facts/0/evidence/text
        unknown entity     | "accused": "IRN"                       | "accused": "IRNN"                 | /facts/0/accused
        role of other type | "accused": "IRN",                      | "accused": "IRN", "host": "ALB",  | /facts/0/host
        confidence range   | "confidence": 0.8                      | "confidence": 1.8                 | /facts/0/confidence
        unknown field      | "confidence": 0.8                      | "confidence": 0.8, "colour": "red" | /facts/0
        """)
    void reportsTheJsonPointerOfABadFact(String name, String from, String to, String pointer) {
        String bad = doc(GOOD_FACT.replace(from, to));
        GeokgException e = assertThrows(GeokgException.class, () -> json.parse(bad, "bad.json"));
        assertEquals(ErrorCode.FACTS_FORMAT, e.code());
        assertTrue(e.location().equals("bad.json at " + pointer), name + ": " + e.getMessage());
    }

    @Test
    void reportsLineAndColumnOfASyntaxError() {
        GeokgException e = assertThrows(GeokgException.class,
                () -> json.parse("{\n  \"article\": {\"id\": \"a\",,}\n}", "broken.json"));
        assertEquals(ErrorCode.JSON_SYNTAX, e.code());
        assertTrue(e.location().startsWith("broken.json:2:"), e.getMessage());
    }

    @Test
    void refusesDeeplyNestedJson() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        GeokgException e = assertThrows(GeokgException.class, () -> json.parse(deep, "deep.json"));
        assertEquals(ErrorCode.JSON_SYNTAX, e.code());
        assertTrue(e.reason().contains("nested deeper than 64 levels"), e.getMessage());
    }

    @Test
    void refusesDuplicateEntityKeysAndFactIds() {
        String twice = doc(GOOD_FACT + "," + GOOD_FACT);
        GeokgException e = assertThrows(GeokgException.class, () -> json.parse(twice, "twice.json"));
        assertEquals("twice.json at /facts/1/id", e.location());
    }

    @Test
    void refusesAReferenceToAFactOfTheWrongType() {
        String denial = """
            {"id": "f2", "type": "Denial", "actor": "IRN", "accuser": "ALB", "answers": "f2", "confidence": 1,
             "evidence": {"text": "Albania", "start": 0, "end": 7}}""";
        GeokgException e = assertThrows(GeokgException.class,
                () -> json.parse(doc(GOOD_FACT + "," + denial), "ref.json"));
        assertEquals("ref.json at /facts/1/answers", e.location());
    }
}
