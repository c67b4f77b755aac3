package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits normalised text into tokens. Hyphens and possessive {@code 's} become tokens of their own
 * ({@code Iran's} → {@code Iran 's}, {@code US-based} → {@code US - based}), dotted acronyms stay whole
 * ({@code U.S.}), numbers keep their inner separators ({@code 1,000}, {@code 11:59}). Gazetteer forms and
 * lexicon phrases go through the same tokenizer, so both sides agree.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokenizes a whole normalised text. */
    static List<Token> tokenize(char[] s) {
        List<Token> out = new ArrayList<>(s.length / 5 + 4);
        int n = s.length;
        int i = 0;
        boolean newline = true;
        while (i < n) {
            char c = s[i];
            if (c == '\n') {
                newline = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u200B' || c == '\uFEFF'
                    || c == '\u00AD') {
                i++;
                continue;
            }
            int end;
            Token.Kind kind;
            if (Character.isDigit(c)) {
                end = number(s, i);
                kind = Token.Kind.NUMBER;
                // "15th", "2nd": an ordinal suffix stays with its number
                int j = end;
                while (j < n && Character.isLetter(s[j])) {
                    j++;
                }
                if (j > end && j - end <= 2) {
                    end = j;
                } else if (j > end) {
                    end = word(s, i);
                    kind = Token.Kind.WORD;
                }
            } else if ((c == 'n' || c == 'N') && i + 2 < n && s[i + 1] == '\'' && (s[i + 2] == 't' || s[i + 2] == 'T')
                    && (i + 3 >= n || !isWordChar(s[i + 3])) && i > 0 && isWordChar(s[i - 1])) {
                end = i + 3;
                kind = Token.Kind.WORD;
            } else if (isWordChar(c)) {
                end = acronym(s, i);
                if (end < 0) {
                    end = word(s, i);
                }
                kind = Token.Kind.WORD;
            } else if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S')
                    && (i + 2 >= n || !isWordChar(s[i + 2])) && i > 0 && isWordChar(s[i - 1])) {
                end = i + 2;
                kind = Token.Kind.WORD;
            } else {
                end = i + 1;
                kind = Token.Kind.PUNCT;
            }
            String text = new String(s, i, end - i);
            out.add(new Token(out.size(), i, end, text, text.toLowerCase(Locale.ROOT), kind, newline));
            newline = false;
            i = end;
        }
        return out;
    }

    /** Tokenizes a lexicon or gazetteer phrase into its lower-case token texts. */
    static List<String> norms(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenize(TextNormalizer.normalize(phrase))) {
            out.add(t.norm());
        }
        return out;
    }

    /** Tokenizes a phrase into its token texts as written (normalised quotes, original case). */
    static List<String> texts(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenize(TextNormalizer.normalize(phrase))) {
            out.add(t.text());
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** End of a word starting at i: letters and digits, keeping inner apostrophes except 's and n't. */
    private static int word(char[] s, int i) {
        int n = s.length;
        int j = i;
        while (j < n) {
            char c = s[j];
            if (isWordChar(c)) {
                j++;
                continue;
            }
            if (c == '\'' && j + 1 < n && isWordChar(s[j + 1]) && j > i) {
                boolean possessive = (s[j + 1] == 's' || s[j + 1] == 'S') && (j + 2 >= n || !isWordChar(s[j + 2]));
                boolean negation = (s[j + 1] == 't' || s[j + 1] == 'T') && (j + 2 >= n || !isWordChar(s[j + 2]))
                        && (s[j - 1] == 'n' || s[j - 1] == 'N');
                if (possessive) {
                    return j;
                }
                if (negation) {
                    // "didn't" -> "did" "n't"
                    return j - 1 > i ? j - 1 : j;
                }
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /** End of a dotted acronym (U.S., D.P.R.K.) starting at i, or -1 when there is none. */
    private static int acronym(char[] s, int i) {
        int n = s.length;
        int j = i;
        int letters = 0;
        while (j + 1 < n && Character.isLetter(s[j]) && s[j + 1] == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2 ? j : -1;
    }

    /** End of a number starting at i: digits with inner , . : / between digits. */
    private static int number(char[] s, int i) {
        int n = s.length;
        int j = i;
        while (j < n) {
            if (Character.isDigit(s[j])) {
                j++;
            } else if ((s[j] == ',' || s[j] == '.' || s[j] == ':' || s[j] == '/') && j + 1 < n
                    && Character.isDigit(s[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
