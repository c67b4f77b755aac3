package org.geokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.ProjectFiles;
import org.geokg.facts.Fact;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.facts.PartialDate;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.gazetteer.Official;
import org.geokg.gazetteer.SurfaceForm;
import org.geokg.rdf.FactKey;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    static final ProjectFiles FILES = ProjectFiles.directory(Path.of("."));
    static final Gazetteer GAZETTEER = Gazetteer.load(FILES);
    static final FactsJson JSON = FactsJson.of(FILES);

    private static List<String> lines(long seed, int n) {
        CorpusGenerator corpus = new CorpusGenerator(GAZETTEER, seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(JSON.writeLine(corpus.next()));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        List<String> a = lines(7, 120);
        assertEquals(a, lines(7, 120));
        assertNotEquals(a, lines(8, 120));
    }

    @Test
    void everyDocumentPassesTheFactsChecksAndNamesTheActorsOfEachFactInItsEvidence() {
        Map<String, Set<String>> forms = new HashMap<>();
        GAZETTEER.actors().forEach(a -> {
            forms.computeIfAbsent(a.key(), k -> new HashSet<>()).add(a.name());
            forms.get(a.key()).addAll(a.aliases());
        });
        for (SurfaceForm f : GAZETTEER.surfaceForms()) {
            forms.computeIfAbsent(f.key(), k -> new HashSet<>()).add(f.text());
        }
        for (Official o : GAZETTEER.officials()) {
            forms.computeIfAbsent(o.state(), k -> new HashSet<>()).add(o.name());
        }
        int facts = 0;
        Set<FactKey> keys = new HashSet<>();
        int repeatedKeys = 0;
        int lineNo = 0;
        for (String line : lines(42, 400)) {
            // Parsing checks the schema, that roles name declared entities, and that every evidence and
            // mention quotes the article text exactly at its offsets.
            FactsDocument doc = JSON.parse(line, "line " + ++lineNo);
            int bytes = doc.article().text().length();
            assertTrue(bytes >= 1800 && bytes <= 3600, doc.article().id() + " is " + bytes + " characters");
            assertTrue(doc.facts().size() >= 1, doc.article().id());
            for (Fact f : doc.facts()) {
                facts++;
                String evidence = f.evidence().text();
                for (String key : f.roles().values()) {
                    assertTrue(forms.get(key).stream().anyMatch(evidence::contains),
                            doc.article().id() + " " + f.id() + ": no form of " + key + " in \"" + evidence + "\"");
                }
                f.date().ifPresent(d -> assertTrue(says(evidence, d, doc.article().published().orElseThrow()),
                        doc.article().id() + " " + f.id() + ": \"" + evidence + "\" does not say " + d));
                if (!keys.add(FactKey.of(f))) {
                    repeatedKeys++;
                }
            }
        }
        assertTrue(facts >= 3 * 400, "several facts per article: " + facts);
        assertTrue(repeatedKeys > 200, "the same facts are reported by several articles: " + repeatedKeys);
    }

    /** True if a sentence words a date the way the generator does. */
    private static boolean says(String sentence, PartialDate d, java.time.LocalDate published) {
        String month = d.first().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (d.precision()) {
            case DAY -> sentence.contains(month + " " + d.first().getDayOfMonth())
                    || sentence.contains(d.first().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    || sentence.contains("yesterday") && d.first().plusDays(1).equals(published);
            case MONTH -> sentence.contains(" in " + month);
            case YEAR -> sentence.contains(" in " + d.first().getYear());
        };
    }
}
