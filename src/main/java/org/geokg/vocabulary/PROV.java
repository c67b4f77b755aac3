package org.geokg.vocabulary;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of W3C PROV-O that geokg writes (Jena's vocabulary package has no PROV class). */
public final class PROV {

    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** The usual prefix for {@link #NS}. */
    public static final String PREFIX = "prov";

    private PROV() {
    }

    /** The namespace, as {@link #NS}. */
    public static String getURI() {
        return NS;
    }

    /** An entity derived from another, here a fact from the article that reports it. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    /** A quote taken from a source, here an evidence sentence from its article. */
    public static final Property wasQuotedFrom = ResourceFactory.createProperty(NS + "wasQuotedFrom");

    /** A physical, digital or conceptual thing. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    /** The same terms as graph nodes. */
    public static final class Nodes {
        private Nodes() {
        }

        public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
        public static final Node wasQuotedFrom = NodeFactory.createURI(NS + "wasQuotedFrom");
    }
}
