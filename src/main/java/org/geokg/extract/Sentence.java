package org.geokg.extract;

/**
 * A sentence of an article: its tokens {@code [first, last)} and its characters {@code [start, end)} in
 * the original text.
 *
 * @param index     position among the article's sentences
 * @param paragraph the paragraph (line block) it belongs to
 * @param first     index of its first token
 * @param last      index after its last token
 * @param start     offset of its first character
 * @param end       offset after its last character
 */
record Sentence(int index, int paragraph, int first, int last, int start, int end) {

    int size() {
        return last - first;
    }

    boolean contains(int token) {
        return token >= first && token < last;
    }
}
