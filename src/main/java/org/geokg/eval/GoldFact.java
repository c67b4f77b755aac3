package org.geokg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geokg.facts.FactType;
import org.geokg.facts.Role;

/**
 * One fact of a gold file: its type, the gold keys in its roles, and what the scorer also looks at.
 *
 * @param type  the fact type
 * @param roles gold entity keys by role
 * @param about for an Accusation, the kind of act as written in the gold file
 * @param date  the gold date as written ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), if any
 */
public record GoldFact(FactType type, Map<Role, String> roles, Optional<String> about, Optional<String> date) {

    public GoldFact {
        Objects.requireNonNull(type, "type");
        EnumMap<Role, String> copy = new EnumMap<>(Role.class);
        copy.putAll(roles);
        roles = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(date, "date");
    }
}
