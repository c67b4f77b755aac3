package org.geokg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;

/**
 * How one article scored: counts per fact type (strict tuples), the relaxed counts, the date accuracy,
 * and the tuples behind them so that a verbose report can show what was missed and what was spurious.
 *
 * @param id        the article id
 * @param perType   strict counts by fact type; types absent from both sides are absent
 * @param relaxed   counts with Accusation compared without {@code about}
 * @param dates     date accuracy over this article's matched facts
 * @param missed    gold tuples the system did not produce, with the gold date
 * @param spurious  system tuples the gold does not have, with the first system fact that produced each
 * @param wrongDate matched tuples whose gold date the system date does not start with
 */
public record ArticleScore(String id, Map<FactType, Counts> perType, Counts relaxed, DateAccuracy dates,
                           List<Missed> missed, List<Spurious> spurious, List<WrongDate> wrongDate) {

    /** A gold tuple the system missed. */
    public record Missed(FactTuple tuple, Optional<String> goldDate) {
    }

    /** A system tuple the gold does not have, and the fact (with its evidence) that produced it. */
    public record Spurious(FactTuple tuple, Fact fact) {
    }

    /** A matched tuple with a gold date the system did not reproduce. */
    public record WrongDate(FactTuple tuple, String goldDate, Optional<String> systemDate) {
    }

    public ArticleScore {
        Objects.requireNonNull(id, "id");
        EnumMap<FactType, Counts> copy = new EnumMap<>(FactType.class);
        copy.putAll(perType);
        perType = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(relaxed, "relaxed");
        Objects.requireNonNull(dates, "dates");
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        wrongDate = List.copyOf(wrongDate);
    }

    /** Strict counts over all types. */
    public Counts micro() {
        return perType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
