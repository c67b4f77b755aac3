package org.geokg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geokg.facts.FactType;

/**
 * The score of a whole evaluation set: every article's score, and their micro-averaged sums per type,
 * over all types (strict and relaxed) and for dates.
 */
public record Score(List<ArticleScore> articles, Map<FactType, Counts> perType, Counts micro, Counts relaxed,
                    DateAccuracy dates) {

    public Score {
        articles = List.copyOf(articles);
        EnumMap<FactType, Counts> copy = new EnumMap<>(FactType.class);
        copy.putAll(perType);
        perType = Collections.unmodifiableMap(copy);
    }

    /** Sums article scores: micro-averaging adds the counts before computing the ratios. */
    public static Score of(List<ArticleScore> articles) {
        EnumMap<FactType, Counts> perType = new EnumMap<>(FactType.class);
        Counts relaxed = Counts.ZERO;
        DateAccuracy dates = DateAccuracy.ZERO;
        for (ArticleScore a : articles) {
            a.perType().forEach((t, c) -> perType.merge(t, c, Counts::plus));
            relaxed = relaxed.plus(a.relaxed());
            dates = dates.plus(a.dates());
        }
        Counts micro = perType.values().stream().reduce(Counts.ZERO, Counts::plus);
        return new Score(articles, perType, micro, relaxed, dates);
    }
}
