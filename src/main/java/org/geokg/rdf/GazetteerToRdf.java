package org.geokg.rdf;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
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
            g.add(node, RDF.Nodes.type, FactsToRdf.classOf(a.type()));
            g.add(node, GEOKG.Nodes.key, NodeFactory.createLiteralString(a.key()));
            g.add(node, RDFS.Nodes.label, NodeFactory.createLiteralLang(a.name(), "en"));
            for (String alias : a.aliases()) {
                if (!alias.equals(a.name())) {
                    g.add(node, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, "en"));
                }
            }
            a.ids().wikidata().ifPresent(q -> g.add(node, OWL.sameAs.asNode(), Iris.wikidata(q)));
            a.ids().geonames().ifPresent(id -> g.add(node, OWL.sameAs.asNode(), Iris.geonames(id)));
            a.ids().dbpedia().ifPresent(d -> g.add(node, OWL.sameAs.asNode(), Iris.dbpedia(d)));
            a.ids().iso2().ifPresent(c -> g.add(node, GEOKG.Nodes.iso2, NodeFactory.createLiteralString(c)));
            a.ids().iso3().ifPresent(c -> g.add(node, GEOKG.Nodes.iso3, NodeFactory.createLiteralString(c)));
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
