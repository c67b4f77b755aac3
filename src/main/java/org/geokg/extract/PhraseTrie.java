package org.geokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over lower-case token sequences, so that thousands of multi-word forms can be matched at every
 * token of an article with a few hash look-ups. Built once, then only read.
 *
 * @param <V> what a complete phrase stands for
 */
final class PhraseTrie<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
    }

    /** The longest match at a position: the token after it and what it stands for. */
    record Match<V>(int end, List<V> values) {
    }

    private final Node<V> root = new Node<>();

    void add(List<String> norms, V value) {
        if (norms.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String n : norms) {
            node = node.next.computeIfAbsent(n, k -> new Node<>());
        }
        node.values.add(value);
    }

    /**
     * All phrases starting at token {@code start} (and ending before {@code limit}), longest first, each
     * with its end and values.
     */
    List<Match<V>> matches(AnalyzedText text, int start, int limit) {
        List<Match<V>> out = null;
        Node<V> node = root;
        for (int i = start; i < limit; i++) {
            node = node.next.get(text.token(i).norm());
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(0, new Match<>(i + 1, node.values));
            }
        }
        return out == null ? List.of() : out;
    }

    /** True if some phrase starts with this token. */
    boolean starts(String norm) {
        return root.next.containsKey(norm);
    }
}
