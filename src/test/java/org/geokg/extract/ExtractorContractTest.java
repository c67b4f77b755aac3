package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.article.Article;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What callers may rely on: empty input, deterministic output, one shared instance across threads, clear lexicon errors. */
class ExtractorContractTest {

    private static final ProjectFiles FILES = ProjectFiles.directory(Path.of(".").toAbsolutePath());
    private static FactExtractor extractor;
    private static FactsJson json;

    @BeforeAll
    static void load() {
        extractor = FactExtractor.load(FILES);
        json = FactsJson.of(FILES);
    }

    private static Article article(String id, String text) {
        return new Article(id, Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2022, 9, 8)),
                Optional.empty(), text);
    }

    private static String render(FactsDocument doc) {
        StringWriter out = new StringWriter();
        json.write(doc, out);
        return out.toString();
    }

    private static List<Article> goldenArticles() throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/extract/golden"))) {
            for (Path d : dirs.sorted().toList()) {
                out.add(article(d.getFileName().toString(),
                        Files.readString(d.resolve("article.txt"), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void emptyAndBlankTextsGiveEmptyDocuments() {
        assertTrue(extractor.extract(article("empty", "")).facts().isEmpty());
        assertTrue(extractor.extract(article("blank", " \n\n\t ")).entities().isEmpty());
        assertTrue(extractor.extract(article("punct", "...!?")).facts().isEmpty());
    }

    @Test
    void outputIsDeterministicAndTheSameFromManyThreads() throws Exception {
        List<Article> articles = goldenArticles();
        List<String> sequential = new ArrayList<>();
        for (Article a : articles) {
            sequential.add(render(extractor.extract(a)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            for (Article a : articles) {
                parallel.add(pool.submit(() -> render(extractor.extract(a))));
            }
            for (int i = 0; i < articles.size(); i++) {
                assertEquals(sequential.get(i), parallel.get(i).get(), articles.get(i).id());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aMalformedLexiconLineIsReportedWithItsFileAndLine(@TempDir Path home) throws IOException {
        Path lexicon = home.resolve("data/lexicon");
        Files.createDirectories(lexicon);
        try (Stream<Path> files = Files.list(Path.of("data/lexicon"))) {
            for (Path f : files.toList()) {
                Files.copy(f, lexicon.resolve(f.getFileName()));
            }
        }
        Path triggers = lexicon.resolve("triggers.tsv");
        Files.writeString(triggers, Files.readString(triggers)
                + "bad.rule\tAccusation\t~accuse\taccuser=SUBJ accused=NOWHERE\t\n");
        int line = Files.readAllLines(triggers).size();
        GeokgException e = assertThrows(GeokgException.class, () -> FactExtractor.load(ProjectFiles.directory(home)));
        assertEquals(ErrorCode.FACTS_FORMAT, e.code());
        assertEquals("data/lexicon/triggers.tsv:" + line, e.location());
        assertTrue(e.reason().contains("NOWHERE"), e.reason());
    }
}
