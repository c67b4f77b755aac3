package org.geokg.extract;

import java.util.List;

/**
 * An article's text cut into tokens and sentences, with the normalised characters matching runs on.
 * Offsets everywhere are those of the original text.
 */
final class AnalyzedText {

    private final String text;
    private final Token[] tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOf;

    private AnalyzedText(String text, Token[] tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.sentenceOf = new int[tokens.length];
        for (Sentence s : sentences) {
            for (int i = s.first(); i < s.last(); i++) {
                sentenceOf[i] = s.index();
            }
        }
    }

    static AnalyzedText of(String text) {
        char[] norm = TextNormalizer.normalize(text);
        List<Token> tokens = Tokenizer.tokenize(norm);
        return new AnalyzedText(text, tokens.toArray(new Token[0]), List.copyOf(SentenceSplitter.split(tokens)));
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.length;
    }

    Token token(int i) {
        return tokens[i];
    }

    /** The lower-case text of token i, or "" outside the article. */
    String norm(int i) {
        return i >= 0 && i < tokens.length ? tokens[i].norm() : "";
    }

    List<Sentence> sentences() {
        return sentences;
    }

    Sentence sentenceOf(int token) {
        return sentences.get(sentenceOf[token]);
    }

    /** The original text between two tokens (inclusive first, exclusive last). */
    String between(int first, int last) {
        if (last <= first) {
            return "";
        }
        return text.substring(tokens[first].start(), tokens[last - 1].end());
    }
}
