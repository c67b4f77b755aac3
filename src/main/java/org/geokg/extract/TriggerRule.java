package org.geokg.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.facts.ActKind;
import org.geokg.facts.FactType;
import org.geokg.facts.Role;

/**
 * One line of {@code data/lexicon/triggers.tsv}: a word pattern that states a fact of one type, and
 * where the fillers of its roles are.
 *
 * @param id         the rule's name, reported with every fact it produces
 * @param type       the fact type it states
 * @param elements   the pattern, element by element
 * @param roles      for each role of the type, the places to look, in order
 * @param about      for an Accusation: a fixed kind, or empty to read it from the act words
 * @param confidence how reliable the rule is, 0..1
 * @param need       a word class that must occur in or up to 12 tokens after the match (an act word may
 *                   also come up to 6 tokens before it), or empty
 * @param unless     a word class that must not occur in the match, or empty
 * @param hedgeable  true when a modal in the matched clause is a hedge, not a hypothetical
 *                   ("X said Y may have been behind it" is still blame)
 * @param cyber      true when the words only state a cyber operation in an article that speaks of one
 *                   ("the attack" in a story about a hack), and not when a physical word is next to them
 * @param passive    true when the verb may be passive: then its doer follows "by" and its object is the subject
 * @param verb       true when the matched word is a verb naming the act itself: it must be used as a
 *                   finite verb (after its subject or an auxiliary, not after a determiner, preposition,
 *                   comma or "and": "Warsaw was mistreating" yes, "the shelling", "for instigating" no), and
 *                   its own act word gives an Accusation's kind
 * @param line       the line in the file, for ordering and error messages
 */
record TriggerRule(String id, FactType type, List<Element> elements, Map<Role, List<RoleSource>> roles,
                   Optional<ActKind> about, double confidence, String need, String unless, boolean hedgeable,
                   boolean cyber, boolean passive, boolean verb, int line) {

    /**
     * A pattern element: a set of words (literal words, inflections and word-class members, all lower
     * case), optional or not; or a gap of up to {@code gap} tokens.
     */
    record Element(Set<String> words, boolean optional, int gap) {

        boolean isGap() {
            return gap > 0;
        }
    }

    TriggerRule {
        elements = List.copyOf(elements);
        EnumMap<Role, List<RoleSource>> copy = new EnumMap<>(Role.class);
        roles.forEach((r, s) -> copy.put(r, List.copyOf(s)));
        roles = Collections.unmodifiableMap(copy);
    }
}
