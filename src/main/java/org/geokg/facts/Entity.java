package org.geokg.facts;

import java.util.List;
import java.util.Objects;

/**
 * An actor named in an article: its key (ISO alpha-3 for states, a short uppercase name otherwise), type,
 * name, the other names the article uses, identifiers in other datasets, and where it is mentioned.
 */
public record Entity(String key, EntityType type, String name, List<String> aliases, Identifiers ids,
                     List<Span> mentions) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(ids, "ids");
        mentions = List.copyOf(mentions);
    }
}
