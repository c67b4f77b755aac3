package org.geokg.extract;

import java.util.List;
import org.geokg.facts.EntityType;

/**
 * A noun phrase that names or stands for an actor: "Albania", "the Polish Foreign Ministry
 * spokesman", "Russian hackers", "the Baltic nation". Role finding works on these.
 *
 * @param index       position among the article's phrases
 * @param first       its first token
 * @param last        the token after it
 * @param kind        how it refers to its actor
 * @param type        the actor's type
 * @param keys        the actor's key, or for a phrase resolved from context the candidates in order of
 *                    preference (role finding takes the first that fits)
 * @param head        for a demonym phrase, the token of the noun it modifies; otherwise -1
 * @param bodyClass   for a phrase built on a body or title, its family ("ministry", "head")
 * @param possessive  true when followed by 's ("Iran's")
 * @param fromContext true when the actor was not named but resolved from the article ("the country")
 * @param dateline    true for a capital in a dateline ("OSLO, Norway (AP) —"), which is no actor
 */
record ActorPhrase(int index, int first, int last, Kind kind, EntityType type, List<String> keys, int head,
                   String bodyClass, boolean possessive, boolean fromContext, boolean dateline) {

    /** How a phrase refers to its actor. */
    enum Kind {
        /** By name or alias. */
        NAME,
        /** By its capital ("Tehran said"). */
        CAPITAL,
        /** Through a body, official or titled person that speaks for a state. */
        AGENT,
        /** Through a nationality adjective on some other noun ("Russian hackers", "Iranian diplomats"). */
        DEMONYM,
        /** Through the leader of an exile group. */
        LEADER,
        /** Through a definite description or bare body resolved from the article ("the country"). */
        DESCRIPTOR
    }

    ActorPhrase {
        keys = List.copyOf(keys);
    }

    String key() {
        return keys.isEmpty() ? "" : keys.get(0);
    }

    /** True when the phrase can speak or act for its actor: not a mere nationality adjective. */
    boolean canAct() {
        return kind != Kind.DEMONYM && !dateline && !keys.isEmpty();
    }
}
