package org.geokg.extract;

/**
 * Maps the typographic variants news text uses onto one character each (curly quotes and primes to
 * {@code '} and {@code "}, en and em dashes to {@code —}, exotic spaces to a space), one character for
 * one character. Matching runs on the normalised copy; offsets stay those of the original text.
 */
final class TextNormalizer {

    /** The dash every long dash variant becomes. */
    static final char DASH = '\u2014';

    private TextNormalizer() {
    }

    /** A copy of the text with variants replaced; always the same length as the input. */
    static char[] normalize(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(out[i]);
        }
        return out;
    }

    static char normalize(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`', '\u02BC', '\uFF07':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02':
                return '"';
            case '\u2013', '\u2014', '\u2015', '\u2212':
                return DASH;
            case '\u2010', '\u2011':
                return '-';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\t':
                return ' ';
            case '\u2028', '\u2029', '\u0085':
                return '\n';
            default:
                return c;
        }
    }
}
