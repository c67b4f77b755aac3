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
 * Keeps the extractor's score on the shared dev set ({@code ../shared/eval/dev}) from sliding back. The
 * dev texts belong to their publishers and are not part of the project: without that folder this test
 * is skipped, and says so.
 */
class DevSetRegressionTest {

    /** The level reached when this bound was last raised, minus a small margin for rule changes. */
    private static final double MIN_MICRO_F1 = 0.90;
    private static final double MIN_DATE_ACCURACY = 0.85;

    private static final Path DEV = Path.of("../shared/eval/dev");

    @Test
    void microF1StaysAtItsLevel() {
        Assumptions.assumeTrue(Files.isDirectory(DEV),
                "skipped: no dev set at " + DEV.toAbsolutePath().normalize() + " (it is not part of the project)");
        FactExtractor extractor = FactExtractor.load(ProjectFiles.directory(Path.of(".").toAbsolutePath()));
        List<GoldArticle> gold = new GoldReader().read(DEV);
        List<FactsDocument> system = new ArrayList<>();
        for (GoldArticle g : gold) {
            system.add(extractor.extract(g.article()));
        }
        Score score = Scorer.score(gold, system);
        String summary = String.format(Locale.ROOT, "micro P %.3f R %.3f F1 %.3f, dates %.3f",
                score.micro().precision(), score.micro().recall(), score.micro().f1(), score.dates().accuracy());
        System.out.println("dev set: " + summary);
        assertTrue(score.micro().f1() >= MIN_MICRO_F1, summary);
        assertTrue(score.dates().accuracy() >= MIN_DATE_ACCURACY, summary);
    }
}
