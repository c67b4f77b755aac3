package org.geokg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.facts.ActKind;
import org.geokg.facts.FactType;
import org.geokg.facts.Role;
import org.geokg.rdf.RoleProperties;
import org.geokg.vocabulary.GEOKG;

/**
 * Says a fact as a plain English sentence, such as "Albania accused Iran of a cyberattack (2022-09-07)",
 * from what the graph holds about it, with the actors kept as links so that a page can make them
 * clickable. Analysts read facts this way on the resource pages.
 */
final class FactSentences {

    /** One piece of a sentence: plain text, or an actor with its IRI. */
    record Part(String text, Optional<Node> actor) {
        static Part text(String text) {
            return new Part(text, Optional.empty());
        }
    }

    /** A sentence about one fact, in pieces; {@link #toString()} gives the plain text. */
    record Sentence(Node fact, FactType type, List<Part> parts, Optional<String> date) {
        Sentence {
            parts = List.copyOf(parts);
        }

        /** The actors the sentence names, in order. */
        List<Node> actors() {
            return parts.stream().flatMap(p -> p.actor().stream()).toList();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.text()));
            return sb.toString();
        }
    }

    private final Graph graph;

    /** Sentences read from a graph, usually the union of the store's named graphs. */
    FactSentences(Graph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** The fact type of a node, if it is typed as a fact. */
    Optional<FactType> typeOf(Node node) {
        var it = graph.find(node, RDF.Nodes.type, Node.ANY);
        try {
            while (it.hasNext()) {
                Optional<FactType> type = RoleProperties.typeOf(it.next().getObject());
                if (type.isPresent()) {
                    return type;
                }
            }
        } finally {
            it.close();
        }
        return Optional.empty();
    }

    /** The sentence for a fact node, or empty if the node is not a fact. */
    Optional<Sentence> of(Node fact) {
        Optional<FactType> type = typeOf(fact);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        switch (type.get()) {
            case Accusation -> {
                actor(parts, fact, Role.ACCUSER, type.get());
                parts.add(Part.text(" accused "));
                actor(parts, fact, Role.ACCUSED, type.get());
                one(fact, GEOKG.Nodes.about).flatMap(RoleProperties::kindOf)
                        .ifPresent(k -> parts.add(Part.text(" of " + act(k))));
            }
            case Cyberattack -> {
                actor(parts, fact, Role.TARGET, type.get());
                parts.add(Part.text(" was hit by a cyberattack"));
            }
            case DiplomaticRupture -> pair(parts, fact, type.get(), " broke off diplomatic relations with ");
            case Expulsion -> pair(parts, fact, type.get(), " expelled diplomats of ");
            case EmbassyClosure -> {
                Optional<Node> embassy = one(fact, GEOKG.Nodes.embassy);
                parts.add(Part.text("The embassy of "));
                parts.add(actorPart(embassy.flatMap(e -> one(e, GEOKG.Nodes.sendingState))));
                parts.add(Part.text(" in "));
                parts.add(actorPart(embassy.flatMap(e -> one(e, GEOKG.Nodes.hostState))));
                parts.add(Part.text(" closed"));
            }
            case Denial -> pair(parts, fact, type.get(), " denied an accusation by ");
            case Hosting -> pair(parts, fact, type.get(), " hosts ");
            case Sanction -> pair(parts, fact, type.get(), " imposed sanctions on ");
            case Recall -> pair(parts, fact, type.get(), " recalled its ambassador from ");
            case Condemnation -> pair(parts, fact, type.get(), " condemned ");
        }
        Optional<String> date = one(fact, GEOKG.Nodes.date).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        Optional<String> since = one(fact, GEOKG.Nodes.since).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm);
        date.ifPresent(d -> parts.add(Part.text(" (" + d + ")")));
        if (date.isEmpty()) {
            since.ifPresent(d -> parts.add(Part.text(" (since " + d + ")")));
        }
        return Optional.of(new Sentence(fact, type.get(), parts, date.or(() -> since)));
    }

    /** How an accusation names the kind of act it blames. */
    static String act(ActKind kind) {
        return switch (kind) {
            case Cyberattack -> "a cyberattack";
            case Assassination -> "an assassination";
            case Espionage -> "espionage";
            case Interference -> "interference";
            case Terrorism -> "terrorism";
            case Attack -> "an attack";
            case Other -> "a hostile act";
        };
    }

    /** A readable name for any node: its English label, another label, its key, or the end of its IRI. */
    String label(Node node) {
        Optional<String> en = Optional.empty();
        Optional<String> any = Optional.empty();
        var it = graph.find(node, RDFS.Nodes.label, Node.ANY);
        try {
            while (it.hasNext()) {
                Node l = it.next().getObject();
                if (!l.isLiteral()) {
                    continue;
                }
                String text = l.getLiteralLexicalForm();
                if (en.isEmpty() && l.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                    en = Optional.of(text);
                }
                if (any.isEmpty() || text.compareTo(any.get()) < 0) {
                    any = Optional.of(text);
                }
            }
        } finally {
            it.close();
        }
        if (any.isPresent()) {
            return en.orElse(any.get());
        }
        Optional<String> key = one(node, GEOKG.Nodes.key).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        if (key.isPresent()) {
            return key.get();
        }
        if (node.isURI()) {
            String uri = node.getURI();
            int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#'));
            return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
        }
        return node.toString();
    }

    /** "first-actor verb second-actor", for the types with two actors in role order. */
    private void pair(List<Part> parts, Node fact, FactType type, String verb) {
        actor(parts, fact, type.roles().get(0), type);
        parts.add(Part.text(verb));
        actor(parts, fact, type.roles().get(1), type);
    }

    private void actor(List<Part> parts, Node fact, Role role, FactType type) {
        parts.add(actorPart(one(fact, RoleProperties.property(type, role))));
    }

    private Part actorPart(Optional<Node> actor) {
        return actor.map(a -> new Part(label(a), Optional.of(a))).orElse(Part.text("someone"));
    }

    /** The first value of a property, in IRI order so that the choice is stable. */
    Optional<Node> one(Node s, Node p) {
        List<Node> values = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
        return values.stream().min(Comparator.comparing(Node::toString));
    }
}
