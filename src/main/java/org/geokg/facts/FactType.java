package org.geokg.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fact types of the annotation guidelines with their roles, in the order the scoring rule compares
 * them. Each maps to one ontology class with the same local name.
 */
public enum FactType {
    /** The accuser publicly blames the accused for an act; a claim, never the act itself. */
    Accusation(Role.ACCUSER, Role.ACCUSED),
    /** A cyber operation against the target state or its institutions; no attacker role. */
    Cyberattack(Role.TARGET),
    /** The actor severs diplomatic relations with the target. */
    DiplomaticRupture(Role.ACTOR, Role.TARGET),
    /** The actor expels diplomats of the target. */
    Expulsion(Role.ACTOR, Role.TARGET),
    /** The embassy of the owner in the host closes, whoever closes it. */
    EmbassyClosure(Role.OWNER, Role.HOST),
    /** The actor rejects an accusation made by the accuser. */
    Denial(Role.ACTOR, Role.ACCUSER),
    /** The host state shelters the guest group. */
    Hosting(Role.HOST, Role.GUEST),
    /** The actor imposes sanctions on the target. */
    Sanction(Role.ACTOR, Role.TARGET),
    /** The actor recalls its own ambassador or diplomats from the target. */
    Recall(Role.ACTOR, Role.TARGET),
    /** The actor condemns the target without blaming it for a specific act. */
    Condemnation(Role.ACTOR, Role.TARGET);

    private final List<Role> roles;

    FactType(Role... roles) {
        this.roles = List.of(roles);
    }

    /** The roles every fact of this type fills, in scoring order. */
    public List<Role> roles() {
        return roles;
    }

    /** True for the claim types, which record what someone said rather than what happened. */
    public boolean isClaim() {
        return this == Accusation || this == Denial || this == Condemnation;
    }

    /** The type with this exact name, if any. */
    public static Optional<FactType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
