package org.geokg.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.geokg.facts.FactType;

/** Prints a {@link Score} as a table, and with {@code verbose} the misses and spurious facts of each article. */
public final class EvalReport {

    private EvalReport() {
    }

    /** Writes the summary table, and the per-article details when verbose. */
    public static void write(Score score, boolean verbose, PrintWriter out) {
        if (verbose) {
            for (ArticleScore a : score.articles()) {
                details(a, out);
            }
            out.println();
        }
        Counts micro = score.micro();
        out.printf(Locale.ROOT, "%d articles, %d gold facts, %d system facts%n", score.articles().size(),
                micro.gold(), micro.system());
        out.printf(Locale.ROOT, "%-18s %5s %5s %5s %7s %7s %7s%n", "type", "gold", "sys", "tp", "P", "R", "F1");
        for (Map.Entry<FactType, Counts> e : score.perType().entrySet()) {
            row(e.getKey().name(), e.getValue(), out);
        }
        row("micro", micro, out);
        row("relaxed", score.relaxed(), out);
        out.printf(Locale.ROOT, "(relaxed: Accusation compared without 'about')%n");
        DateAccuracy d = score.dates();
        out.printf(Locale.ROOT, "date accuracy %.3f (%d of %d matched facts with a gold date)%n", d.accuracy(),
                d.correct(), d.dated());
        out.flush();
    }

    private static void row(String label, Counts c, PrintWriter out) {
        out.printf(Locale.ROOT, "%-18s %5d %5d %5d %7.3f %7.3f %7.3f%n", label, c.gold(), c.system(),
                c.truePositives(), c.precision(), c.recall(), c.f1());
    }

    private static void details(ArticleScore a, PrintWriter out) {
        Counts c = a.micro();
        out.printf(Locale.ROOT, "== %s  tp=%d fp=%d fn=%d%n", a.id(), c.truePositives(), c.falsePositives(),
                c.falseNegatives());
        for (ArticleScore.Missed m : a.missed()) {
            out.println("  missed   " + m.tuple() + m.goldDate().map(d -> " date=" + d).orElse(""));
        }
        for (ArticleScore.Spurious s : a.spurious()) {
            out.println("  spurious " + s.tuple() + s.fact().date().map(d -> " date=" + d).orElse("")
                    + s.fact().rule().map(r -> " [" + r + "]").orElse(""));
            out.println("           \"" + oneLine(s.fact().evidence().text()) + "\"");
        }
        for (ArticleScore.WrongDate w : a.wrongDate()) {
            out.println("  date     " + w.tuple() + " gold=" + w.goldDate() + " system="
                    + w.systemDate().orElse("none"));
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
