package org.geokg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.web.HttpSC;
import org.geokg.GeokgException;
import org.geokg.store.KnowledgeStore;

/**
 * The store as the server's write endpoints see it, so that a SPARQL Update, a graph store PUT or an
 * upload gets the guarantees of {@code geokg load}: every graph a write transaction touches is checked
 * against the SHACL shapes and its facts are reconciled across articles before the commit, and a write
 * that breaks the rules is rolled back and answered with 422 and the reason.
 *
 * <p>Its default graph is, as in queries, the read-only union of the named graphs: an update's
 * {@code WHERE} sees all the data, and writes to the default graph are refused at commit.
 */
final class CheckedDataset extends DatasetGraphWrapper {

    private final KnowledgeStore store;
    /** The graphs the current write transaction of each thread touched; TDB2 runs one writer at a time. */
    private final ThreadLocal<KnowledgeStore.Changes> changes = new ThreadLocal<>();

    CheckedDataset(KnowledgeStore store, Context context) {
        super(store.dataset(), Objects.requireNonNull(context, "context"));
        this.store = store;
    }

    /** The store's own dataset, for reads that should run on TDB2's query engine. */
    KnowledgeStore store() {
        return store;
    }

    private KnowledgeStore.Changes changes() {
        KnowledgeStore.Changes c = changes.get();
        if (c == null) {
            c = store.changes();
            changes.set(c);
        }
        return c;
    }

    private void touching(Node graph) {
        if (graph == null || graph.equals(Node.ANY)) {
            List<Node> all = new ArrayList<>();
            getW().listGraphNodes().forEachRemaining(all::add);
            all.forEach(changes()::touching);
            changes().touching(Quad.defaultGraphIRI);
        } else {
            changes().touching(graph);
        }
    }

    @Override
    public Graph getDefaultGraph() {
        return new UnionView(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode)) {
            return getDefaultGraph();
        }
        if (Quad.isUnionGraph(graphNode)) {
            return GraphView.createUnionGraph(this);
        }
        // A view that routes writes through this dataset, so that they are tracked.
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        touching(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        touching(graphName);
        super.removeGraph(graphName);
    }

    @Override
    public void add(Quad quad) {
        touching(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void delete(Quad quad) {
        touching(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        touching(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touching(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        touching(g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void clear() {
        touching(Node.ANY);
        super.clear();
    }

    /**
     * Settles the touched graphs, then commits.
     *
     * @throws ActionErrorException 422 with the one-line reason when a touched graph may not be written or
     *                              breaks the shapes; the transaction is then aborted
     */
    @Override
    public void commit() {
        KnowledgeStore.Changes touched = changes.get();
        changes.remove();
        if (touched != null && !touched.isEmpty()) {
            try {
                touched.settle();
            } catch (GeokgException e) {
                super.abort();
                throw new ActionErrorException(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage(), null);
            }
        }
        super.commit();
    }

    @Override
    public void abort() {
        changes.remove();
        super.abort();
    }

    @Override
    public void end() {
        changes.remove();
        super.end();
    }

    /** The store is closed by its owner, not by the server that shows it. */
    @Override
    public void close() {
    }

    /** The union of the named graphs, read through the store; writes go to the real default graph and are refused. */
    private static final class UnionView extends GraphView {
        private final CheckedDataset dataset;

        UnionView(CheckedDataset dataset) {
            super(dataset, Quad.defaultGraphNodeGenerated);
            this.dataset = dataset;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Node s, Node p, Node o) {
            return dataset.getR().getUnionGraph().find(s, p, o);
        }
    }
}
