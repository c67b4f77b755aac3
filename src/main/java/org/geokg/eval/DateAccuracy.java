package org.geokg.eval;

/**
 * Date accuracy as the scoring rule defines it: over matched facts whose gold has a date, how many
 * system dates start with the gold date.
 *
 * @param dated   matched facts whose gold has a date
 * @param correct those whose system date starts with the gold date
 */
public record DateAccuracy(int dated, int correct) {

    public static final DateAccuracy ZERO = new DateAccuracy(0, 0);

    public DateAccuracy plus(DateAccuracy o) {
        return new DateAccuracy(dated + o.dated, correct + o.correct);
    }

    /** The share of correct dates; 0 when no matched fact has a gold date. */
    public double accuracy() {
        return dated == 0 ? 0 : (double) correct / dated;
    }
}
