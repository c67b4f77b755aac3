package org.geokg.facts;

/**
 * The kinds of actor a fact can name, as in the annotation guidelines. Each maps to one class of
 * the ontology with the same local name.
 */
public enum EntityType {
    /** A sovereign or de-facto state, keyed by ISO 3166-1 alpha-3. */
    State,
    /** An opposition, separatist or dissident group based outside the state it opposes. */
    ExileGroup,
    /** An intergovernmental organisation (NATO, EU, UN). */
    Organization,
    /** A named hacker or cyber group (APT28, Lazarus). */
    ThreatActor,
    /** A person who fills a role no other type covers. */
    Person;

    /** The path segment of this type in entity IRIs and keys: {@code state}, {@code exile-group}, ... */
    public String slug() {
        return switch (this) {
            case State -> "state";
            case ExileGroup -> "exile-group";
            case Organization -> "organization";
            case ThreatActor -> "threat-actor";
            case Person -> "person";
        };
    }
}
