package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an article's tokens into paragraphs (every line break starts one: news excerpts put headlines,
 * datelines and paragraphs on lines of their own) and paragraphs into sentences at {@code . ! ?}, except
 * after abbreviations and initials. A missing space after a full stop ("security.The") still ends a
 * sentence.
 */
final class SentenceSplitter {

    /** Words that end with a full stop without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
            "maj", "capt", "cpt", "sgt", "adm", "brig", "cmdr", "gov", "sen", "rep", "st", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc",
            "ltd", "co", "corp", "jr", "sr", "mt", "ft", "approx", "dept", "est", "fig", "gov't", "pres", "rev",
            "hon", "amb");

    /** Words that begin a sentence after a dotted acronym such as "U.S.". */
    private static final Set<String> STARTERS = Set.of("the", "it", "he", "she", "they", "we", "in", "on", "but",
            "however", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "i", "and",
            "meanwhile", "earlier", "later", "last", "according");

    private SentenceSplitter() {
    }

    static List<Sentence> split(List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int[] paragraph = new int[n];
        for (int i = 1; i < n; i++) {
            paragraph[i] = paragraph[i - 1] + (tokens.get(i).newlineBefore() ? 1 : 0);
        }
        int first = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > first && t.newlineBefore()) {
                add(out, tokens, first, i, paragraph);
                first = i;
            }
            if (!ends(tokens, i)) {
                continue;
            }
            int j = i + 1;
            while (j < n && closing(tokens.get(j)) && tokens.get(j).start() == tokens.get(j - 1).end()
                    && !tokens.get(j).newlineBefore()) {
                j++;
            }
            if (j >= n || tokens.get(j).newlineBefore()) {
                add(out, tokens, first, j, paragraph);
                first = j;
                i = j - 1;
                continue;
            }
            if (startsSentence(tokens, i, j)) {
                add(out, tokens, first, j, paragraph);
                first = j;
                i = j - 1;
            }
        }
        if (first < n) {
            add(out, tokens, first, n, paragraph);
        }
        return out;
    }

    private static boolean ends(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isPunct()) {
            return t.is(".") || t.is("!") || t.is("?") || t.is("\u2026");
        }
        // a dotted acronym at the end of a sentence carries the full stop
        return t.isWord() && t.text().length() > 2 && t.text().endsWith(".");
    }

    private static boolean startsSentence(List<Token> tokens, int end, int next) {
        Token t = tokens.get(end);
        Token n = tokens.get(next);
        boolean upper = n.capitalized() || n.kind() == Token.Kind.NUMBER || n.is("\"") || n.is("(")
                || n.is("'") || n.is("[");
        if (!upper) {
            return false;
        }
        if (t.isWord()) {
            return STARTERS.contains(n.norm());
        }
        if (t.is(".") && end > 0) {
            Token prev = tokens.get(end - 1);
            if (prev.end() == t.start() && prev.isWord()) {
                if (ABBREVIATIONS.contains(prev.norm())) {
                    return false;
                }
                if (prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))) {
                    return false;   // an initial: "Joseph R. Biden"
                }
            }
        }
        return true;
    }

    private static boolean closing(Token t) {
        return t.is("\"") || t.is("'") || t.is(")") || t.is("]");
    }

    private static void add(List<Sentence> out, List<Token> tokens, int first, int last, int[] paragraph) {
        if (last <= first) {
            return;
        }
        out.add(new Sentence(out.size(), paragraph[first], first, last, tokens.get(first).start(),
                tokens.get(last - 1).end()));
    }
}
