package org.geokg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.Iris;

/**
 * The knowledge graph on disk: a TDB2 database holding one named graph per article (plus the gazetteer
 * graph and the graph of derived links), queried through the union of all graphs as the default graph.
 *
 * <p>A load is one transaction: every input is parsed and mapped first, every graph is checked against the
 * SHACL shapes inside the transaction, and only then is anything committed. Loading an article again
 * replaces its graph, so a second load of the same input leaves the store unchanged.
 *
 * <pre>
 *   try (KnowledgeStore store = KnowledgeStore.open(Path.of("store"), Validator.of(files), FactIdentity.standard())) {
 *       LoadReport report = store.load(sources.prepare(Path.of("data/facts/albania-iran-2022.json")));
 *   }
 * </pre>
 */
public final class KnowledgeStore implements AutoCloseable {

    /** A graph the store keeps present and up to date, such as the gazetteer. */
    public record Reference(Node graph, String version, Supplier<Graph> content) {
    }

    private final DatasetGraph dsg;
    private final Optional<Path> location;
    private final Validator validator;
    private final Reconciler reconciler;
    private final List<Reference> references;

    private KnowledgeStore(DatasetGraph dsg, Optional<Path> location, Validator validator, FactIdentity identity,
                           List<Reference> references) {
        this.dsg = dsg;
        this.location = location;
        this.validator = Objects.requireNonNull(validator, "validator");
        this.reconciler = new Reconciler(identity);
        this.references = List.copyOf(references);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the TDB2 store in a directory.
     *
     * @throws GeokgException with {@link ErrorCode#STORE_LOCKED} if another process, such as a running
     *                        server, holds it
     */
    public static KnowledgeStore open(Path dir, Validator validator, FactIdentity identity, List<Reference> references) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new GeokgException(ErrorCode.STORE, dir.toString(), "is a file, not a store directory");
            }
            Files.createDirectories(dir);
            return new KnowledgeStore(DatabaseMgr.connectDatasetGraph(dir.toString()), Optional.of(dir), validator,
                    identity, references);
        } catch (AlreadyLocked e) {
            throw locked(dir, e);
        } catch (java.io.IOException e) {
            throw new GeokgException(ErrorCode.STORE, dir.toString(), "cannot create the store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Another process holding the lock gives a DBOpEnvException, not AlreadyLocked (ProcessFileLock).
            String message = String.valueOf(e.getMessage());
            if (e.getCause() instanceof AlreadyLocked || message.contains("locked")
                    || message.startsWith("Failed to get a lock")) {
                throw locked(dir, e);
            }
            throw e;
        }
    }

    /** A store in memory, for tests and dry runs. */
    public static KnowledgeStore inMemory(Validator validator, FactIdentity identity, List<Reference> references) {
        return new KnowledgeStore(DatabaseMgr.createDatasetGraph(), Optional.empty(), validator, identity, references);
    }

    private static GeokgException locked(Path dir, Exception e) {
        return new GeokgException(ErrorCode.STORE_LOCKED, dir.toString(), "the store is in use by another process "
                + "(a running geokg serve?); load through the server with --server http://127.0.0.1:3030/ "
                + "--user NAME, or stop it first", e);
    }

    /** The dataset, with the union of the named graphs as its default graph for queries. */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** The store's directory, if it is on disk. */
    public Optional<Path> location() {
        return location;
    }

    /** The one-node-per-fact rule as this store applies it. */
    Reconciler reconciler() {
        return reconciler;
    }

    /** The validator this store checks loads with. */
    public Validator validator() {
        return validator;
    }

    /**
     * Loads inputs in one transaction: all of them or, on the first bad one, none.
     *
     * @throws GeokgException naming the input and the SHACL focus node and message when one does not conform
     */
    public LoadReport load(List<Sources.Prepared> inputs) {
        return load(inputs, false);
    }

    /**
     * Loads inputs in one transaction. With {@code keepGoing}, inputs that fail validation are left out and
     * reported instead of aborting the load.
     */
    public LoadReport load(List<Sources.Prepared> inputs, boolean keepGoing) {
        long start = System.nanoTime();
        List<String> rejected = new ArrayList<>();
        int[] counts = new int[3];
        long[] quads = new long[1];
        Txn.executeWrite(dsg, () -> {
            ensureReferences();
            Set<Reconciler.StoredKey> touched = new LinkedHashSet<>();
            for (Sources.Prepared input : inputs) {
                List<Validator.Violation> violations = validate(input);
                if (!violations.isEmpty()) {
                    if (!keepGoing) {
                        Validator.requireConforms(violations, input.source());
                    }
                    rejected.add(new GeokgException(ErrorCode.SHACL, input.source(), violations.get(0).toString())
                            .getMessage());
                    continue;
                }
                for (Node graph : input.graphNames()) {
                    if (Iris.isShared(graph)) {
                        input.graphs().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                            dsg.add(q);
                            quads[0]++;
                        });
                        continue;
                    }
                    touched.addAll(reconciler.keysIn(dsg, graph));
                    dsg.removeGraph(graph);
                    input.graphs().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        dsg.add(q);
                        quads[0]++;
                    });
                    touched.addAll(reconciler.keysIn(dsg, graph));
                    counts[1]++;
                }
                counts[0]++;
                counts[2] += input.documents().stream().mapToInt(d -> d.facts().size()).sum();
            }
            reconciler.reconcile(dsg, touched);
        });
        return new LoadReport(counts[0], counts[1], quads[0], counts[2], Duration.ofNanos(System.nanoTime() - start),
                rejected);
    }

    /**
     * Starts tracking writes made to {@link #dataset()} by other means than {@link #load}, such as a SPARQL
     * Update or a graph store PUT on the server, so that they get the guarantees of a load. Call inside one
     * write transaction: {@link Changes#touching} before the first change to each graph, then
     * {@link Changes#settle} before commit.
     */
    public Changes changes() {
        return new Changes();
    }

    /**
     * The graphs one write transaction changes. {@link #settle} checks them as a load would, with the SHACL
     * shapes, and reconciles the facts whose reports changed across articles.
     */
    public final class Changes {

        private final Set<Node> graphs = new LinkedHashSet<>();
        private final Set<Reconciler.StoredKey> keys = new LinkedHashSet<>();

        private Changes() {
        }

        /** Records a graph about to change, with the facts it holds before the change. */
        public void touching(Node graph) {
            Node name = Quad.isDefaultGraph(graph) ? Quad.defaultGraphIRI : graph;
            if (graphs.add(name) && !Quad.isDefaultGraph(name) && !Quad.isUnionGraph(name)) {
                keys.addAll(reconciler.keysIn(dsg, name));
            }
        }

        /** True if no graph was touched. */
        public boolean isEmpty() {
            return graphs.isEmpty();
        }

        /**
         * Validates every touched graph and reconciles their facts across articles, in the current write
         * transaction.
         *
         * @throws GeokgException naming the graph: {@link ErrorCode#STORE} for a write to the default graph
         *                        (the union of the named graphs) or to a graph geokg keeps itself,
         *                        {@link ErrorCode#SHACL} for data that breaks the shapes
         */
        public void settle() {
            for (Node graph : graphs) {
                if (Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph)) {
                    throw new GeokgException(ErrorCode.STORE, "default graph", "the default graph is the union "
                            + "of the named graphs and cannot be written; write into a named graph "
                            + "(GRAPH <iri> { ... } in SPARQL Update, ?graph=<iri> in the graph store protocol)");
                }
                if (graph.equals(org.geokg.rdf.Iris.LINKS_GRAPH)
                        || references.stream().anyMatch(r -> r.graph().equals(graph))) {
                    throw new GeokgException(ErrorCode.STORE, graph.getURI(),
                            "this graph is kept by geokg itself (reference data or derived links) and cannot be written");
                }
            }
            for (Node graph : graphs) {
                Validator.requireConforms(validator.validate(dsg.getGraph(graph), KnowledgeStore.this::storedTypes),
                        graph.getURI());
                keys.addAll(reconciler.keysIn(dsg, graph));
            }
            reconciler.reconcile(dsg, keys);
        }
    }

    private List<Validator.Violation> validate(Sources.Prepared input) {
        List<Validator.Violation> all = new ArrayList<>();
        for (Node graph : input.graphNames()) {
            all.addAll(validator.validate(input.graphs().getGraph(graph), n -> {
                List<Triple> own = input.typesOf(n);
                return own.isEmpty() ? storedTypes(n) : own;
            }));
        }
        return all;
    }


    /** The rdf:type triples the store holds for a node, which validation borrows; call in a transaction. */
    List<Triple> storedTypes(Node node) {
        List<Triple> types = new ArrayList<>();
        dsg.find(Node.ANY, node, RDF.Nodes.type, Node.ANY)
                .forEachRemaining(q -> types.add(Triple.create(node, RDF.Nodes.type, q.getObject())));
        return types;
    }

    /** Writes each reference graph whose stored version differs from the current one. Call in a write transaction. */
    private void ensureReferences() {
        for (Reference ref : references) {
            Node version = NodeFactory.createLiteralString(ref.version());
            if (dsg.contains(ref.graph(), ref.graph(), DCTerms.hasVersion.asNode(), version)) {
                continue;
            }
            dsg.removeGraph(ref.graph());
            ref.content().get().find().forEachRemaining(t -> dsg.add(ref.graph(), t.getSubject(), t.getPredicate(),
                    t.getObject()));
            dsg.add(ref.graph(), ref.graph(), DCTerms.hasVersion.asNode(), version);
        }
    }

    /** Makes sure the reference graphs are present, in a transaction of its own. */
    public void prepare() {
        Txn.executeWrite(dsg, this::ensureReferences);
    }

    /** Counts per class (over the union graph) and per named graph. */
    public Stats stats() {
        return Txn.calculateRead(dsg, () -> {
            TreeMap<String, Long> classes = new TreeMap<>();
            TreeMap<String, Long> graphs = new TreeMap<>();
            Set<Quad> seenTypes = new java.util.HashSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
                if (seenTypes.add(Quad.create(Quad.defaultGraphIRI, q.getSubject(), q.getPredicate(), q.getObject()))
                        && q.getObject().isURI()) {
                    classes.merge(q.getObject().getURI(), 1L, Long::sum);
                }
            });
            long total = 0;
            var names = dsg.listGraphNodes();
            while (names.hasNext()) {
                Node g = names.next();
                long n = dsg.getGraph(g).size();
                graphs.put(g.getURI(), n);
                total += n;
            }
            return new Stats(total, classes, graphs);
        });
    }

    /**
     * Counts in the store.
     *
     * @param quads   quads in all named graphs
     * @param classes instances per class, counted once however many graphs type them
     * @param graphs  quads per named graph
     */
    public record Stats(long quads, java.util.SortedMap<String, Long> classes, java.util.SortedMap<String, Long> graphs) {
    }

    /**
     * Validates every named graph in the store, each with the types the store holds.
     *
     * @return the violations by graph; empty when everything conforms
     */
    public java.util.SortedMap<String, List<Validator.Violation>> validateAll() {
        return Txn.calculateRead(dsg, () -> {
            TreeMap<String, List<Validator.Violation>> out = new TreeMap<>();
            var names = dsg.listGraphNodes();
            while (names.hasNext()) {
                Node g = names.next();
                List<Validator.Violation> v = validator.validate(dsg.getGraph(g), this::storedTypes);
                if (!v.isEmpty()) {
                    out.put(g.getURI(), v);
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        if (location.isPresent()) {
            // Releases the files and the lock, so another process (or a later open) can use the store.
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }
}
