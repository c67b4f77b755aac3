package org.geokg.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.geokg.facts.ActKind;
import org.geokg.facts.FactType;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;

/**
 * A fact as one rule found it in one sentence, before the article's candidates are merged into facts.
 *
 * @param type       the fact type
 * @param roles      the key in each role
 * @param about      for an Accusation, the kind of act
 * @param sentence   the sentence that states it
 * @param match      the trigger match
 * @param date       its date, if the text gives one
 * @param datePriority 2 for a time expression of its own clause, 1 for the article's date as today's
 *                   news, 0 for none
 * @param since      for a Hosting, since when
 * @param confidence 0..1
 * @param rule       the explanation: rule id and where each role came from
 * @param decision   for a Condemnation, true when what is condemned is a decision or measure
 */
record Candidate(FactType type, Map<Role, String> roles, Optional<ActKind> about, Sentence sentence,
                 TriggerMatch match, Optional<PartialDate> date, int datePriority, Optional<PartialDate> since,
                 double confidence, String rule, boolean decision) {

    Candidate {
        EnumMap<Role, String> copy = new EnumMap<>(Role.class);
        copy.putAll(roles);
        roles = Collections.unmodifiableMap(copy);
    }

    Candidate withDate(Optional<PartialDate> d, int priority) {
        return new Candidate(type, roles, about, sentence, match, d, priority, since, confidence, rule, decision);
    }

    /** The identity of the fact it states: type, roles and (for an Accusation) about. */
    String tuple() {
        StringBuilder b = new StringBuilder(type.name());
        for (Role r : type.roles()) {
            b.append('|').append(roles.get(r));
        }
        about.ifPresent(a -> b.append('|').append(a));
        return b.toString();
    }
}
