package org.geokg.facts;

import java.util.Arrays;
import java.util.Optional;

/** A role an actor plays in a fact; the JSON field name is {@link #jsonName()}. */
public enum Role {
    ACCUSER("accuser"),
    ACCUSED("accused"),
    ACTOR("actor"),
    TARGET("target"),
    OWNER("owner"),
    HOST("host"),
    GUEST("guest");

    private final String jsonName;

    Role(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The role's field name in facts documents and the gold files. */
    public String jsonName() {
        return jsonName;
    }

    /** The role with this JSON field name, if any. */
    public static Optional<Role> ofJsonName(String name) {
        return Arrays.stream(values()).filter(r -> r.jsonName.equals(name)).findFirst();
    }
}
