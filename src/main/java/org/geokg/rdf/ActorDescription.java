package org.geokg.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.facts.EntityType;
import org.geokg.facts.Identifiers;
import org.geokg.vocabulary.GEOKG;

/**
 * How an actor is described in RDF, the same in an article's graph and in the gazetteer graph: its type,
 * key, English label and alternative labels, ISO codes, and {@code owl:sameAs} links to Wikidata, GeoNames
 * and DBpedia for the identifiers a source gave.
 */
final class ActorDescription {

    /** Receives one triple. */
    interface Sink {
        void add(Node s, Node p, Node o);
    }

    private ActorDescription() {
    }

    static void describe(Node node, EntityType type, String key, String name, List<String> aliases, Identifiers ids,
                         Sink out) {
        out.add(node, RDF.Nodes.type, FactsToRdf.classOf(type));
        out.add(node, GEOKG.Nodes.key, NodeFactory.createLiteralString(key));
        out.add(node, RDFS.Nodes.label, NodeFactory.createLiteralLang(name, "en"));
        for (String alias : aliases) {
            if (!alias.equals(name)) {
                out.add(node, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, "en"));
            }
        }
        ids.wikidata().ifPresent(q -> out.add(node, OWL.sameAs.asNode(), Iris.wikidata(q)));
        ids.geonames().ifPresent(g -> out.add(node, OWL.sameAs.asNode(), Iris.geonames(g)));
        ids.dbpedia().ifPresent(d -> out.add(node, OWL.sameAs.asNode(), Iris.dbpedia(d)));
        ids.iso2().ifPresent(c -> out.add(node, GEOKG.Nodes.iso2, NodeFactory.createLiteralString(c)));
        ids.iso3().ifPresent(c -> out.add(node, GEOKG.Nodes.iso3, NodeFactory.createLiteralString(c)));
    }
}
