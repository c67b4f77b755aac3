package org.geokg.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.geokg.facts.EntityType;
import org.geokg.facts.Identifiers;

/**
 * An actor the gazetteer knows: the entity a fact's role can name. The extractor resolves mentions to
 * actors, and the RDF mapping takes the actor's identifiers from here, so both agree on one key per actor.
 *
 * @param key     the guidelines' entity key: ISO 3166-1 alpha-3 for a state, a short upper-case name otherwise
 * @param type    what kind of actor this is
 * @param name    the usual English name
 * @param aliases other names and short forms (official names, abbreviations, vendor names of a hacker group);
 *                demonyms, capitals, bodies and officials are only in {@link Gazetteer#surfaceForms()}
 * @param ids     identifiers in other datasets, each only where a source gave it
 * @param sponsor for a threat actor, the key of the state suspected of sponsoring it
 * @param opposes for an exile group, the key of the state it opposes
 * @param basedIn for an exile group, the key of the state that hosts it
 */
public record Actor(String key, EntityType type, String name, List<String> aliases, Identifiers ids,
                    Optional<String> sponsor, Optional<String> opposes, Optional<String> basedIn) {

    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        ids = ids == null ? Identifiers.NONE : ids;
        sponsor = sponsor == null ? Optional.empty() : sponsor;
        opposes = opposes == null ? Optional.empty() : opposes;
        basedIn = basedIn == null ? Optional.empty() : basedIn;
    }
}
