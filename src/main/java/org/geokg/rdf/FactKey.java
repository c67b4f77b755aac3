package org.geokg.rdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.geokg.facts.ActKind;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;

/**
 * What makes two reports the same fact, apart from the date: the type, the actors in its roles (by key,
 * in role order) and, for an Accusation, the kind of act. The path under {@code id/} of a fact's IRI is
 * this key followed by a date segment: {@code accusation/ALB-IRN-cyberattack/2022-09-07}.
 */
public record FactKey(FactType type, List<String> roleKeys, Optional<ActKind> about) {

    public FactKey {
        Objects.requireNonNull(type, "type");
        roleKeys = List.copyOf(roleKeys);
        if (roleKeys.size() != type.roles().size()) {
            throw new IllegalArgumentException(type + " has " + type.roles().size() + " roles, got " + roleKeys);
        }
        Objects.requireNonNull(about, "about");
    }

    /** The key of a fact from a facts document. */
    public static FactKey of(Fact fact) {
        return new FactKey(fact.type(), fact.type().roles().stream().map(fact::role).toList(), fact.about());
    }

    /** The IRI path of this key, such as {@code accusation/ALB-IRN-cyberattack}. */
    public String path() {
        StringBuilder sb = new StringBuilder(typeSlug(type)).append('/').append(String.join("-", roleKeys));
        about.ifPresent(a -> sb.append('-').append(a.name().toLowerCase(Locale.ROOT)));
        return sb.toString();
    }

    /** The path segment of a fact type: {@code DiplomaticRupture} becomes {@code diplomatic-rupture}. */
    public static String typeSlug(FactType type) {
        return type.name().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return path();
    }
}
