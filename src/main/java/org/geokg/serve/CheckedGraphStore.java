package org.geokg.serve;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * The graph store protocol, read and write, without its one operation that replaces the whole store: a
 * PUT of quads with no {@code ?graph=}. Loads go graph by graph ({@code PUT ?graph=<article IRI>}), so no
 * request empties the store by accident.
 */
final class CheckedGraphStore extends GSP_RW {

    @Override
    protected void execPutQuads(HttpAction action) {
        // Read the refused body, so that the connection stays usable for the client's next request.
        ActionLib.consumeBody(action);
        ServletOps.errorMethodNotAllowed("PUT", "PUT of a whole dataset would replace every graph in the store; "
                + "PUT one graph with ?graph=<iri>, or POST quads to add them");
    }
}
