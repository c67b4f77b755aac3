package org.geokg.facts;

import java.util.Arrays;
import java.util.Optional;

/** The kind of act an Accusation blames, in the guidelines' closed list. */
public enum ActKind {
    /** Any hack, intrusion or cyber-espionage. */
    Cyberattack,
    /** Killings and attempted killings. */
    Assassination,
    /** Diplomats identified as spies. */
    Espionage,
    /** Meddling, supporting separatists or opposition, election meddling. */
    Interference,
    /** Supporting, financing or harbouring groups the accuser calls terrorist. */
    Terrorism,
    /** A physical attack or explosion. */
    Attack,
    /** Any other concrete hostile act. */
    Other;

    /** The kind with this exact name, if any. */
    public static Optional<ActKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
