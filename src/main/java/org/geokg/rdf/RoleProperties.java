package org.geokg.rdf;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.facts.ActKind;
import org.geokg.facts.FactType;
import org.geokg.facts.Role;
import org.geokg.vocabulary.GEOKG;

/**
 * How the roles of the facts format become ontology properties. Most keep their name ({@code actor},
 * {@code target}, {@code accuser}); a Denial's actor is its {@code denier}; an EmbassyClosure's owner and
 * host describe the {@code embassy} node it closes.
 */
public final class RoleProperties {

    private static final Map<FactType, Node> CLASSES = classes();
    private static final Map<ActKind, Node> KINDS = kinds();

    private static Map<FactType, Node> classes() {
        Map<FactType, Node> map = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            map.put(t, NodeFactory.createURI(GEOKG.NS + t.name()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<ActKind, Node> kinds() {
        Map<ActKind, Node> map = new EnumMap<>(ActKind.class);
        for (ActKind k : ActKind.values()) {
            map.put(k, NodeFactory.createURI(GEOKG.NS + k.name() + "Act"));
        }
        return Collections.unmodifiableMap(map);
    }

    private RoleProperties() {
    }

    /** The ontology class of a fact type. */
    public static Node classOf(FactType type) {
        return CLASSES.get(type);
    }

    /** The fact type of an ontology class, if it is one. */
    public static java.util.Optional<FactType> typeOf(Node cls) {
        return CLASSES.entrySet().stream().filter(e -> e.getValue().equals(cls)).map(Map.Entry::getKey).findFirst();
    }

    /** The individual standing for a kind of act. */
    public static Node kind(ActKind kind) {
        return KINDS.get(kind);
    }

    /** The kind of act an individual stands for, if any. */
    public static java.util.Optional<ActKind> kindOf(Node node) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().equals(node)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The property that links a fact of this type to the actor in a role, or for an EmbassyClosure the
     * property of its embassy node ({@code sendingState} for the owner, {@code hostState} for the host).
     */
    public static Node property(FactType type, Role role) {
        if (type == FactType.EmbassyClosure) {
            return role == Role.OWNER ? GEOKG.Nodes.sendingState : GEOKG.Nodes.hostState;
        }
        if (type == FactType.Denial && role == Role.ACTOR) {
            return GEOKG.Nodes.denier;
        }
        return switch (role) {
            case ACCUSER -> GEOKG.Nodes.accuser;
            case ACCUSED -> GEOKG.Nodes.accused;
            case ACTOR -> GEOKG.Nodes.actor;
            case TARGET -> GEOKG.Nodes.target;
            case HOST -> GEOKG.Nodes.host;
            case GUEST -> GEOKG.Nodes.guest;
            case OWNER -> throw new IllegalArgumentException("owner belongs to EmbassyClosure");
        };
    }

    /** The role properties of a type, in role order. */
    public static List<Node> properties(FactType type) {
        return type.roles().stream().map(r -> property(type, r)).toList();
    }
}
