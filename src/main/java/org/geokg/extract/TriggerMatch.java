package org.geokg.extract;

/**
 * Where a trigger rule matched: tokens {@code [first, last)} of one sentence.
 *
 * @param rule  the rule
 * @param first the first matched token
 * @param last  the token after the match
 */
record TriggerMatch(TriggerRule rule, int first, int last) {

    int length() {
        return last - first;
    }

    boolean overlaps(TriggerMatch o) {
        return first < o.last && o.first < last;
    }
}
