package org.geokg.extract;

import java.util.List;
import org.geokg.facts.EntityType;

/**
 * What a role source found: one member per coordinated actor ("Albania and the US blamed Iran" gives
 * two), each with its candidate keys (several only when resolved from context).
 *
 * @param members the actors found, left to right
 * @param how     a short note for explanations ("subject", "pronoun it", "according to")
 * @param anchor  for a speaker, the token of the reporting verb ("said"), whose time expressions date
 *                the statement; otherwise -1
 */
record Filler(List<Member> members, String how, int anchor) {

    static final Filler NONE = new Filler(List.of(), "none");

    Filler(List<Member> members, String how) {
        this(members, how, -1);
    }

    Filler at(int token) {
        return new Filler(members, how, token);
    }

    /**
     * One actor of a filler.
     *
     * @param keys        candidate keys, preferred first
     * @param type        the actor's type
     * @param kind        how the text refers to it
     * @param canAct      true when it can speak or act for its actor (not a nationality adjective)
     * @param fromContext true when resolved from context rather than named
     * @param head        for a nationality adjective, the nouns after it (lower case), else ""
     * @param token       where it is in the text
     * @param pronoun     true when it comes from a pronoun ("it", "they", "him", "its")
     */
    record Member(List<String> keys, EntityType type, ActorPhrase.Kind kind, boolean canAct, boolean fromContext,
                  String head, int token, boolean pronoun) {

        Member {
            keys = List.copyOf(keys);
        }
    }

    Filler {
        members = List.copyOf(members);
    }

    /** The same actors, marked as reached through a pronoun. */
    Filler viaPronoun() {
        List<Member> out = new java.util.ArrayList<>();
        for (Member m : members) {
            out.add(new Member(m.keys(), m.type(), m.kind(), m.canAct(), m.fromContext(), m.head(), m.token(), true));
        }
        return new Filler(out, how, anchor);
    }

    boolean isEmpty() {
        return members.isEmpty();
    }
}
