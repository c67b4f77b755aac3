package org.geokg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.ProjectFiles;
import org.geokg.extract.FactExtractor;
import org.geokg.facts.FactsDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the extractor's scores from sliding back, on two gold sets: the shared dev set
 * ({@code ../shared/eval/dev}; its texts belong to their publishers and are not part of the project, so
 * without that folder the test is skipped, and says so) and the project's own set
 * ({@code src/test/resources/eval/own}, texts written for geokg). Each bound is the level reached when it was
 * last raised, minus a small margin for rule changes.
 */
class ExtractorScoreRegressionTest {

    private static final Path DEV = Path.of("../shared/eval/dev");
    private static final Path OWN = Path.of("src/test/resources/eval/own");

    @Test
    void devSetScoresStayAtTheirLevel() {
        Assumptions.assumeTrue(Files.isDirectory(DEV),
                "skipped: no dev set at " + DEV.toAbsolutePath().normalize() + " (it is not part of the project)");
        assertScores("dev set", DEV, 0.90, 0.85);
    }

    @Test
    void ownSetScoresStayAtTheirLevel() {
        assertScores("own set", OWN, 0.84, 0.85);
    }

    private static void assertScores(String name, Path set, double minMicroF1, double minDateAccuracy) {
        FactExtractor extractor = FactExtractor.load(ProjectFiles.directory(Path.of(".").toAbsolutePath()));
        List<GoldArticle> gold = new GoldReader().read(set);
        List<FactsDocument> system = new ArrayList<>();
        for (GoldArticle g : gold) {
            system.add(extractor.extract(g.article()));
        }
        Score score = Scorer.score(gold, system);
        String summary = String.format(Locale.ROOT, "%s (%d articles): micro P %.3f R %.3f F1 %.3f, dates %.3f",
                name, gold.size(), score.micro().precision(), score.micro().recall(), score.micro().f1(),
                score.dates().accuracy());
        System.out.println(summary);
        assertTrue(score.micro().f1() >= minMicroF1, summary);
        assertTrue(score.dates().accuracy() >= minDateAccuracy, summary);
    }
}
