package org.geokg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * SPARQL Query over the store itself rather than the {@link CheckedDataset} around it, so that queries run
 * on TDB2's own engine (which only recognises a TDB2 dataset) with the union of the named graphs as the
 * default graph. The transaction is the action's, begun on the wrapper, which is the same TDB2 transaction.
 */
final class UnionQuery extends SPARQL_QueryDataset {

    @Override
    protected DatasetGraph getDataset(HttpAction action) {
        return action.getActiveDSG() instanceof CheckedDataset checked ? checked.store().dataset()
                : action.getActiveDSG();
    }
}
