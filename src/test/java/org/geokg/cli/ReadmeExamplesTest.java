package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.geokg.vocabulary.GEOKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples run, in order, against a fresh store; its ontology table names every term. */
class ReadmeExamplesTest {

    private static final Set<String> STORE_COMMANDS = Set.of("load", "query", "export", "stats", "validate");

    @TempDir
    Path tmp;

    static List<String> examples() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## Examples");
        int block = readme.indexOf("```bash", start);
        int end = readme.indexOf("```", block + 7);
        return readme.substring(block + 7, end).lines().map(String::strip)
                .filter(l -> l.startsWith("./geokg ")).toList();
    }

    /** Splits a command line as a shell would, for the single and double quotes the README uses. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void everyExampleRuns() throws Exception {
        List<String> examples = examples();
        assertTrue(examples.size() >= 5, "the README shows examples");
        for (String example : examples) {
            List<String> args = new ArrayList<>(words(example).subList(1, words(example).size()));
            args.replaceAll(a -> a.startsWith("/tmp/") ? tmp.resolve(a.substring(5)).toString() : a);
            if (STORE_COMMANDS.contains(args.get(0))) {
                args.add(1, "--store");
                args.add(2, tmp.resolve("store").toString());
            }
            Cli result = Cli.run(args.toArray(String[]::new));
            assertEquals(0, result.code(), example + "\n" + result.err());
            assertFalse(result.out().isBlank() && !example.contains("--output"), example + " prints something");
        }
    }

    @Test
    void theOntologyTableNamesEveryTerm() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Model ontology = RDFDataMgr.loadModel("ontology/geokg.ttl");
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(GEOKG.NS)) {
                String term = "`geokg:" + s.getLocalName() + "`";
                assertTrue(readme.contains(term), "README lists " + term);
            }
        });
    }
}
