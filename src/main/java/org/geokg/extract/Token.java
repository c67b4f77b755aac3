package org.geokg.extract;

/**
 * A word, number or punctuation mark of an article, with its offsets into the original text.
 *
 * @param index position in the article's token list
 * @param start first character (inclusive)
 * @param end   last character (exclusive)
 * @param text  the token as written, with quotes and dashes normalised
 * @param norm  {@link #text} in lower case: what lexicons match against
 * @param kind  word, number or punctuation
 * @param newlineBefore true when a line break separates this token from the previous one
 */
record Token(int index, int start, int end, String text, String norm, Kind kind, boolean newlineBefore) {

    /** What a token is made of. */
    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** True when the token starts with an upper-case letter. */
    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String lower) {
        return norm.equals(lower);
    }
}
