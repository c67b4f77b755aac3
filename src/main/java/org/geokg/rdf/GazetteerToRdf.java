package org.geokg.rdf;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.facts.EntityType;
import org.geokg.gazetteer.Actor;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.gazetteer.SurfaceForm;
import org.geokg.vocabulary.GEOKG;

/**
 * Describes every actor the gazetteer knows, so that other linked-data sets join geokg's graph: type,
 * key, English label and alternative labels, ISO codes as literals, {@code owl:sameAs} links to Wikidata,
 * GeoNames and DBpedia where a source gave the identifier (never guessed), a threat actor's suspected
 * sponsor, an exile group's opponent and host. The store keeps this as the graph
 * {@link Iris#GAZETTEER_GRAPH}.
 */
public final class GazetteerToRdf {

    private final Gazetteer gazetteer;

    public GazetteerToRdf(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The gazetteer as one graph. */
    public Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Actor a : gazetteer.actors()) {
            Node node = Iris.entity(a.type(), a.key());
            ActorDescription.describe(node, a.type(), a.key(), a.name(), a.aliases(), a.ids(), g::add);
            link(g, node, GEOKG.Nodes.sponsor, a.sponsor());
            link(g, node, GEOKG.Nodes.opposes, a.opposes());
            link(g, node, GEOKG.Nodes.basedIn, a.basedIn());
        }
        for (SurfaceForm form : gazetteer.surfaceForms()) {
            if (form.type() != EntityType.State) {
                continue;
            }
            Node state = Iris.entity(EntityType.State, form.key());
            switch (form.kind()) {
                case CAPITAL -> g.add(state, GEOKG.Nodes.capital, NodeFactory.createLiteralString(form.text()));
                case DEMONYM -> g.add(state, GEOKG.Nodes.demonym, NodeFactory.createLiteralString(form.text()));
                default -> { }
            }
        }
        return g;
    }

    private void link(Graph g, Node node, Node property, Optional<String> stateKey) {
        stateKey.flatMap(k -> gazetteer.actor(EntityType.State, k))
                .ifPresent(s -> g.add(node, property, Iris.entity(EntityType.State, s.key())));
    }
}
