package org.geokg.facts;

import java.util.Objects;

/**
 * A stretch of an article's text: the words and their character offsets ({@code start} inclusive,
 * {@code end} exclusive, counted in UTF-16 code units as Java and JavaScript count them). Evidence
 * sentences and entity mentions are spans.
 */
public record Span(String text, int start, int end) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
        }
    }

    /** The span of {@code text} between two offsets. */
    public static Span of(String text, int start, int end) {
        return new Span(text.substring(start, end), start, end);
    }

    /** True if this span's text is what the article has at its offsets. */
    public boolean matches(String articleText) {
        return end <= articleText.length() && articleText.substring(start, end).equals(text);
    }
}
