package org.geokg.eval;

import java.util.List;
import java.util.Objects;

/**
 * An actor as a gold file declares it: the key facts use, its type, and the surface forms the text uses
 * for it. The scorer maps system entities onto gold entities through these names.
 *
 * @param key   the guidelines' entity key
 * @param type  the entity type as written in the gold file
 * @param names every surface form of the actor in the text
 */
public record GoldEntity(String key, String type, List<String> names) {

    public GoldEntity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
    }
}
