package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Set;
import java.util.stream.Stream;
import org.geokg.ProjectFiles;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.facts.Entity;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.facts.Role;
import org.geokg.facts.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests, one folder per case under {@code src/test/resources/extract/golden/}: {@code article.txt}
 * (a text written for the test), {@code article.meta.json} (its publication date) and {@code expected.json}
 * (the facts as tuples, with a date or since where the case checks one; {@code "exact": true} when no other
 * fact may be produced). Adding a folder adds a test.
 */
class GoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/extract/golden");

    private static FactExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = FactExtractor.load(ProjectFiles.directory(Path.of(".").toAbsolutePath()));
    }

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Article article = ArticleReader.standard().read(dir.resolve("article.txt"));
        FactsDocument doc = extractor.extract(article);
        JsonNode expected = FactsJson.mapper().readTree(Files.readString(dir.resolve("expected.json")));

        for (Fact f : doc.facts()) {
            assertTrue(f.evidence().matches(article.text()), "evidence offsets of " + f.id());
        }
        for (Entity e : doc.entities()) {
            for (Span m : e.mentions()) {
                assertTrue(m.matches(article.text()), "mention offsets of " + e.key());
            }
        }

        Set<String> want = new LinkedHashSet<>();
        for (JsonNode x : expected.get("facts")) {
            String tuple = tuple(x);
            want.add(tuple);
            Fact f = doc.facts().stream().filter(s -> tuple(s).equals(tuple)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing " + tuple + "\n  got: " + describe(doc)));
            if (x.has("date")) {
                assertEquals(x.get("date").isNull() ? null : x.get("date").asText(),
                        f.date().map(Object::toString).orElse(null), "date of " + tuple);
            }
            if (x.has("since")) {
                assertEquals(x.get("since").asText(), f.since().map(Object::toString).orElse(null), "since of " + tuple);
            }
        }
        if (expected.path("exact").asBoolean(false)) {
            List<String> extra = new ArrayList<>();
            for (Fact f : doc.facts()) {
                if (!want.contains(tuple(f))) {
                    extra.add(tuple(f) + " [" + f.rule().orElse("") + "] \"" + f.evidence().text() + "\"");
                }
            }
            if (!extra.isEmpty()) {
                fail("unexpected facts:\n  " + String.join("\n  ", extra));
            }
        }
    }

    private static String tuple(JsonNode x) {
        FactType type = FactType.named(x.get("type").asText()).orElseThrow();
        StringBuilder b = new StringBuilder(type.name()).append('(');
        for (Role r : type.roles()) {
            b.append(x.get(r.jsonName()).asText()).append(',');
        }
        if (type == FactType.Accusation) {
            b.append(x.get("about").asText());
        }
        return b.append(')').toString();
    }

    private static String tuple(Fact f) {
        StringBuilder b = new StringBuilder(f.type().name()).append('(');
        for (Role r : f.type().roles()) {
            b.append(f.role(r)).append(',');
        }
        f.about().ifPresent(a -> b.append(a.name()));
        return b.append(')').toString();
    }

    private static String describe(FactsDocument doc) {
        List<String> out = new ArrayList<>();
        for (Fact f : doc.facts()) {
            out.add(tuple(f) + f.date().map(d -> " " + d).orElse("") + " [" + f.rule().orElse("") + "]");
        }
        return out.isEmpty() ? "no facts" : String.join("\n        ", out);
    }

}
