package org.geokg.eval;

/**
 * True positives, false positives and false negatives, with the precision, recall and F1 they give.
 * An empty denominator gives 0.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** The element-wise sum. */
    public Counts plus(Counts o) {
        return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** Facts the system produced. */
    public int system() {
        return truePositives + falsePositives;
    }

    /** Facts the gold has. */
    public int gold() {
        return truePositives + falseNegatives;
    }

    public double precision() {
        return system() == 0 ? 0 : (double) truePositives / system();
    }

    public double recall() {
        return gold() == 0 ? 0 : (double) truePositives / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
