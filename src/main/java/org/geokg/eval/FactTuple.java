package org.geokg.eval;

import java.util.List;
import java.util.Objects;
import org.geokg.facts.FactType;

/**
 * What the scoring rule compares: a fact's type and its role values in the type's role order, followed
 * for a strict Accusation by its {@code about}. Values are upper-cased so that keys compare ignoring case.
 */
public record FactTuple(FactType type, List<String> values) {

    public FactTuple {
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
    }

    @Override
    public String toString() {
        return type + "(" + String.join(", ", values) + ")";
    }
}
