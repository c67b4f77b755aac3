package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.geokg.ProjectFiles;
import org.geokg.article.Article;
import org.geokg.facts.Fact;
import org.geokg.facts.FactsDocument;
import org.junit.jupiter.api.Test;

/**
 * Seeded random-mutation fuzzing of the extractor over the project's own test articles: words, sentences and
 * characters are cut, repeated, swapped and spliced (with quotes, brackets, odd Unicode and long runs), and
 * every result must come back as a document whose evidence offsets quote the text exactly. No exception may
 * escape. Bounded by {@code -Dgeokg.fuzz.seconds} (default 15); prints how many inputs it tried.
 */
class ExtractorFuzzTest {

    private static final String[] SPLICES = {"\"", "“", "”", "’s", "(", ")", " - ", "\u00a0", "\u200b", "\t", "\n\n",
        "...", "?", "U.S.", "Mr.", " it ", " the country ", " not ", " will ", " said on Monday ", " on July 15 ",
        " and ", ", ", "😀", "\ud83c", "Iran", "blamed", "accused", "expelled", "its", "which", "by", "\r\n"};

    @Test
    void everyMutantGivesADocumentWithExactEvidence() throws Exception {
        long seconds = Long.getLong("geokg.fuzz.seconds", 15);
        long seed = Long.getLong("geokg.fuzz.seed", 20261126L);
        Random random = new Random(seed);
        FactExtractor extractor = FactExtractor.load(ProjectFiles.directory(Path.of(".")));
        List<String> corpus = new ArrayList<>();
        try (var cases = Files.list(Path.of("src/test/resources/extract/golden"))) {
            for (Path dir : cases.sorted().toList()) {
                corpus.add(Files.readString(dir.resolve("article.txt")));
            }
        }
        corpus.add(Files.readString(Path.of("data/articles/albania-iran-2022.txt")));
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int tried = 0;
        long facts = 0;
        while (System.nanoTime() < deadline) {
            String text = mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
            tried++;
            Article article = new Article("fuzz-" + tried, Optional.empty(), Optional.empty(),
                    random.nextBoolean() ? Optional.of(LocalDate.of(2022, 9, 8)) : Optional.empty(), Optional.empty(), text);
            try {
                FactsDocument doc = extractor.extract(article);
                for (Fact f : doc.facts()) {
                    assertTrue(f.evidence().matches(text), "evidence quotes the text");
                }
                facts += doc.facts().size();
            } catch (RuntimeException | Error e) {
                Path saved = Path.of("target/fuzz-failures/extract-seed-" + seed + "-input-" + tried + ".txt");
                Files.createDirectories(saved.getParent());
                Files.writeString(saved, text);
                fail("input " + tried + " (saved as " + saved + ") raised " + e, e);
            }
        }
        String summary = "extractor fuzz: seed " + seed + ", " + tried + " inputs in " + seconds + " s, " + facts
                + " facts extracted, no exception";
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-extract.txt"), summary + "\n");
        assertTrue(tried > 100, summary);
    }

    @Test
    void inputsTheFuzzerOnceBrokeNowExtract() throws Exception {
        FactExtractor extractor = FactExtractor.load(ProjectFiles.directory(Path.of(".")));
        try (var found = Files.list(Path.of("src/test/resources/extract/fuzz-found"))) {
            List<Path> inputs = found.sorted().toList();
            assertTrue(!inputs.isEmpty(), "no saved inputs");
            for (Path input : inputs) {
                String text = Files.readString(input);
                Article article = new Article(input.getFileName().toString(), Optional.empty(), Optional.empty(),
                        Optional.of(LocalDate.of(2022, 9, 8)), Optional.empty(), text);
                for (Fact f : extractor.extract(article).facts()) {
                    assertTrue(f.evidence().matches(text), input + ": evidence quotes the text");
                }
            }
        }
    }

    static String mutate(String original, List<String> corpus, Random random) {
        StringBuilder s = new StringBuilder(original);
        int rounds = 1 + random.nextInt(6);
        for (int r = 0; r < rounds; r++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(7)) {
                case 0 -> s.insert(at, SPLICES[random.nextInt(SPLICES.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(30)));
                case 2 -> {
                    int end = Math.min(s.length(), at + 1 + random.nextInt(120));
                    s.insert(at, s.substring(at, end));
                }
                case 3 -> {
                    String other = corpus.get(random.nextInt(corpus.size()));
                    int from = random.nextInt(Math.max(1, other.length()));
                    s.insert(at, other, from, Math.min(other.length(), from + random.nextInt(200)));
                }
                case 4 -> s.setLength(at);
                case 5 -> s.insert(at, String.valueOf(SPLICES[random.nextInt(SPLICES.length)]).repeat(random.nextInt(50)));
                default -> {
                    if (!s.isEmpty()) {
                        int other = random.nextInt(s.length());
                        char t = s.charAt(at);
                        s.setCharAt(at, s.charAt(other));
                        s.setCharAt(other, t);
                    }
                }
            }
        }
        return s.toString();
    }
}
