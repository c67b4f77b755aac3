package org.geokg.serve;

import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.UploadRDF;

/**
 * File upload (HTML forms and request bodies) that adds data but never replaces the store: Fuseki's
 * upload treats PUT as "clear the whole dataset, then load".
 */
final class CheckedUpload extends UploadRDF {

    @Override
    protected void doPut(HttpAction action) {
        // Read the refused body, so that the connection stays usable for the client's next request.
        ActionLib.consumeBody(action);
        ServletOps.errorMethodNotAllowed("PUT", "PUT would replace every graph in the store; POST adds data");
    }
}
