package org.geokg.facts;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact read from one article: its type, the entity keys in its roles, and its provenance (the
 * evidence sentence with offsets, a confidence, a date resolved against the publication date).
 *
 * @param id         unique within the document; other facts refer to it
 * @param type       the fact type
 * @param roles      entity keys by role; exactly the roles of the type
 * @param about      for an Accusation, the kind of act it blames
 * @param act        for an Accusation, the id of the fact (usually a Cyberattack) it blames
 * @param answers    for a Denial, the id of the Accusation it answers
 * @param date       when it happened or was said, when the text anchors it
 * @param since      for a Hosting, since when
 * @param confidence the extractor's confidence, 0..1
 * @param evidence   the sentence that states the fact
 * @param rule       the extraction rule that produced it, for explanation
 */
public record Fact(String id, FactType type, Map<Role, String> roles, Optional<ActKind> about,
                   Optional<String> act, Optional<String> answers, Optional<PartialDate> date,
                   Optional<PartialDate> since, double confidence, Span evidence, Optional<String> rule) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        EnumMap<Role, String> copy = new EnumMap<>(Role.class);
        copy.putAll(roles);
        if (!copy.keySet().equals(EnumSet.copyOf(type.roles()))) {
            throw new IllegalArgumentException(type + " needs roles " + type.roles() + ", got " + copy.keySet());
        }
        roles = Collections.unmodifiableMap(copy);
        if (about.isPresent() != (type == FactType.Accusation)) {
            throw new IllegalArgumentException("'about' belongs to Accusation only, and every Accusation has one");
        }
        if (act.isPresent() && type != FactType.Accusation) {
            throw new IllegalArgumentException("'act' belongs to Accusation only");
        }
        if (answers.isPresent() && type != FactType.Denial) {
            throw new IllegalArgumentException("'answers' belongs to Denial only");
        }
        if (since.isPresent() && type != FactType.Hosting) {
            throw new IllegalArgumentException("'since' belongs to Hosting only");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** The entity key in a role of this fact. */
    public String role(Role role) {
        String key = roles.get(role);
        if (key == null) {
            throw new IllegalArgumentException(type + " has no role " + role);
        }
        return key;
    }
}
