package org.geokg.extract;

import java.util.List;
import org.geokg.facts.EntityType;

/**
 * One way of writing an actor or a state body that the mention finder looks for: a gazetteer surface
 * form, or a generic body or title from {@code data/lexicon/bodies.tsv}.
 *
 * @param text          the form as written in its source
 * @param written       its tokens as written (for case checks)
 * @param key           the actor it stands for; empty for generic bodies and titles
 * @param type          that actor's type (State for bodies and titles)
 * @param kind          how the form relates to its actor
 * @param caseSensitive true when it must match exactly as written (all-capital forms such as "US")
 * @param bodyClass     for bodies and titles, the family used to resolve bare mentions ("ministry")
 */
record Form(String text, List<String> written, String key, EntityType type, Kind kind, boolean caseSensitive,
            String bodyClass) {

    /** How a form relates to what it stands for. */
    enum Kind {
        /** The actor's name or another of its names. */
        NAME,
        /** A nationality adjective or noun. */
        DEMONYM,
        /** A state's capital, standing for its government. */
        CAPITAL,
        /** A named body of a particular state (GRU, Kremlin). */
        BODY,
        /** A named official of a particular state. */
        OFFICIAL,
        /** The leader of an exile group. */
        LEADER,
        /** A body that speaks for some state, which context must supply ("the foreign ministry"). */
        GENERIC_BODY,
        /** An office held by a person ("prime minister"), whose state context must supply. */
        TITLE
    }

    Form {
        written = List.copyOf(written);
    }

    boolean generic() {
        return kind == Kind.GENERIC_BODY || kind == Kind.TITLE;
    }
}
