package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.eval.ArticleScore;
import org.geokg.eval.EvalReport;
import org.geokg.eval.GoldArticle;
import org.geokg.eval.GoldReader;
import org.geokg.eval.Score;
import org.geokg.eval.Scorer;
import org.geokg.extract.FactExtractor;
import org.geokg.facts.FactsDocument;
import org.geokg.rdf.FactIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code geokg eval}: extract from gold articles and score the facts with the evaluation's rule. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the extractor on gold files (the annotation guidelines' JSON format) and score its "
                + "facts against theirs:",
            "precision, recall and F1 per fact type and micro-averaged, the relaxed score (Accusation without "
                    + "'about') and date accuracy."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "List each article's missed and spurious facts, with "
            + "the evidence sentence of the spurious ones.")
    boolean verbose;

    @Option(names = "--why", description = "Also list, per article, the triggers that matched but gave no fact, "
            + "and why (for lexicon writers).")
    boolean why;

    @Parameters(index = "0", paramLabel = "DIR", description = "A gold file or a directory of gold .json files.")
    Path gold;

    @Override
    public Integer call() {
        List<GoldArticle> articles = new GoldReader().read(gold);
        FactExtractor extractor = GeokgCommand.pipeline(FactIdentity.DEFAULT_WINDOW_DAYS).factExtractor();
        PrintWriter out = spec.commandLine().getOut();
        List<ArticleScore> scores = new ArrayList<>();
        for (GoldArticle g : articles) {
            List<String> trace = new ArrayList<>();
            FactsDocument doc = extractor.extract(g.article(), trace);
            scores.add(Scorer.score(g, doc));
            if (why && !trace.isEmpty()) {
                out.println("-- " + g.article().id() + ": triggers without a fact");
                trace.forEach(t -> out.println("   " + t));
            }
        }
        EvalReport.write(Score.of(scores), verbose, out);
        return ExitCodes.OK;
    }
}
