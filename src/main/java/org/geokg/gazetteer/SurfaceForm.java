package org.geokg.gazetteer;

import java.util.Objects;
import org.geokg.facts.EntityType;

/**
 * One way an actor is written in text, for the extractor's matcher. A capital ("Tehran said"), a
 * demonym ("Iranian diplomats"), a state body ("the GRU") or an official ("Lavrov") stands for its state,
 * so such forms carry the state's key and type; the same text may appear for several keys when it is
 * genuinely ambiguous ("Congolese").
 *
 * @param text          the form as written
 * @param key           the key of the actor it stands for
 * @param type          that actor's type
 * @param kind          how the form relates to the actor
 * @param caseSensitive true when the form must match exactly as written: all-capital forms such as
 *                      {@code US}, {@code EU}, {@code GRU} or {@code U.S.}, so that "us" the pronoun never
 *                      matches; other forms match regardless of case
 */
public record SurfaceForm(String text, String key, EntityType type, SurfaceForm.Kind kind, boolean caseSensitive) {

    /** How a form relates to its actor. */
    public enum Kind {
        /** The actor's usual name. */
        NAME,
        /** Another name, official name, abbreviation or vendor name. */
        ALIAS,
        /** A nationality adjective or noun of a state (Iranian, Iranians). */
        DEMONYM,
        /** A state's capital, used for the government ("Moscow said"). */
        CAPITAL,
        /** An agency, ministry, office or armed force that speaks for a state (GRU, Kremlin). */
        BODY,
        /** A person who speaks for a state (a head of government, a foreign minister). */
        OFFICIAL,
        /** The leader of an exile group, who stands for the group. */
        LEADER
    }

    public SurfaceForm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty surface form for " + key);
        }
    }

    /**
     * The gazetteer's convention for case: a form with at least one upper-case letter and no lower-case
     * letter is matched as written; any other form is matched ignoring case.
     */
    public static boolean isCaseSensitive(String text) {
        boolean upper = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            upper |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return upper;
    }
}
