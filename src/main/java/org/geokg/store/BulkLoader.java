package org.geokg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.facts.FactType;
import org.geokg.facts.PartialDate;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactsToRdf;
import org.geokg.rdf.Iris;
import org.geokg.vocabulary.GEOKG;

/**
 * Loads a large batch into a TDB2 store through TDB2's bulk loader, for the first load of years of news, where
 * one ordinary transaction would hold every prepared graph in memory and re-place every fact in the store.
 *
 * <p>It works in four steps:
 * <ol>
 *   <li>One streaming pass reads, checks and maps every input exactly as {@code geokg load} does (facts
 *       schema, SHACL shapes with the types the store already holds) and writes the quads to a temporary file,
 *       keeping in memory only each fact report's key, date and publication date. A bad input stops the load
 *       here, before anything is written.</li>
 *   <li>The graphs the batch replaces are removed, in one transaction.</li>
 *   <li>{@link FactIdentity} places every report of the batch in memory, so the fact IRIs and dates written
 *       are final; the links from denials to other articles' accusations are computed the same way. The
 *       temporary file then streams, rewritten, into TDB2's phased bulk loader.</li>
 *   <li>Fact keys (and denier-accuser pairs) that the store already held before the load, or that the
 *       replaced graphs held, are reconciled by the store's own {@link Reconciler}, in one transaction.</li>
 * </ol>
 * The store ends with the same quads an ordinary load of the same inputs gives (see {@code BulkLoaderTest}).
 *
 * <p><b>What it does not guarantee.</b> Steps 2 to 4 are three commits, not one, and TDB2's phased loader is
 * not crash-transactional (Jena's documentation: only the basic and sequential loaders are). If the process
 * or the machine dies during steps 2 to 4, the store may hold part of the batch, or be damaged if the crash
 * hit the index writing; back the store up before a bulk load you cannot repeat. Running the same bulk load
 * again after a failure completes it, since a load replaces the graphs it names. The loader needs the store
 * to itself: it refuses a store that another process, such as {@code geokg serve}, holds.
 */
public final class BulkLoader {

    private final KnowledgeStore store;
    private final Sources sources;
    private final Path tempDir;
    private final int threads;

    /**
     * @param store   the store to load into; it must be on disk
     * @param sources how files are read and mapped
     * @param tempDir where the temporary quads file goes (it is as large as the batch's quads in binary RDF)
     * @param threads how many threads check inputs in the first pass
     */
    public BulkLoader(KnowledgeStore store, Sources sources, Path tempDir, int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.tempDir = Objects.requireNonNull(tempDir, "tempDir");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        if (store.location().isEmpty()) {
            throw new IllegalArgumentException("the bulk loader needs a store on disk");
        }
    }

    /** What the first pass learnt about one prepared input. */
    private record Input(List<Node> graphs, long quads, int facts, int reports) {
    }

    /**
     * Loads files (facts documents, JSON Lines of them, articles to extract, RDF).
     *
     * @param keepGoing leave out inputs that fail their checks and report them, instead of loading nothing
     * @param progress  receives a line at each step
     */
    public LoadReport load(List<Path> files, boolean keepGoing, Consumer<String> progress) {
        long start = System.nanoTime();
        store.prepare();
        DatasetGraph dsg = store.dataset();
        Reconciler reconciler = store.reconciler();
        Path temp;
        try {
            Files.createDirectories(tempDir);
            temp = Files.createTempFile(tempDir, "geokg-bulk-", ".rt");
        } catch (IOException e) {
            throw new GeokgException(ErrorCode.STORE, tempDir.toString(), "cannot create a temporary file: " + e.getMessage(), e);
        }
        try {
            // 1. Read, check and map everything; keep the reports.
            List<Input> inputs = new ArrayList<>();
            List<Reconciler.GraphReport> reports = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            Txn.executeRead(dsg, () -> firstPass(files, keepGoing, temp, inputs, reports, rejected));
            Map<Node, Integer> lastVersion = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                for (Node g : inputs.get(i).graphs()) {
                    lastVersion.put(g, i);
                }
            }
            // Reports arrive in input order; keep those of each graph's last version.
            List<Reconciler.GraphReport> current = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < inputs.size(); i++) {
                for (int n = 0; n < inputs.get(i).reports(); n++) {
                    Reconciler.GraphReport r = reports.get(next++);
                    if (lastVersion.get(r.graph()) == i) {
                        current.add(r);
                    }
                }
            }
            progress.accept(String.format("checked %d inputs (%d graphs, %d fact reports) in %.1f s", inputs.size(),
                    lastVersion.size(), current.size(), (System.nanoTime() - start) / 1e9));

            // 2. Remove the graphs the batch replaces; find what the store already holds of the batch's facts.
            Set<Reconciler.StoredKey> reconcileAfter = new LinkedHashSet<>();
            Txn.executeWrite(dsg, () -> {
                for (Node g : lastVersion.keySet()) {
                    if (!Iris.isShared(g) && dsg.containsGraph(g)) {
                        reconcileAfter.addAll(reconciler.keysIn(dsg, g));
                        dsg.removeGraph(g);
                    }
                }
                Map<List<Node>, List<Quad>> scans = new HashMap<>();
                Set<List<Node>> heldPairs = new HashSet<>();
                for (Reconciler.StoredKey k : reconcileAfter) {
                    pair(k).ifPresent(heldPairs::add);
                }
                Set<Reconciler.StoredKey> keys = new LinkedHashSet<>();
                current.forEach(r -> keys.add(r.key()));
                for (Reconciler.StoredKey k : keys) {
                    if (reconciler.holds(dsg, k, scans)) {
                        reconcileAfter.add(k);
                        pair(k).ifPresent(heldPairs::add);
                    }
                }
                for (Reconciler.StoredKey k : keys) {
                    Optional<List<Node>> p = pair(k);
                    if (p.isPresent() && (heldPairs.contains(p.get())
                            || reconciler.holdsPair(dsg, p.get().get(0), p.get().get(1), scans))) {
                        heldPairs.add(p.get());
                        reconcileAfter.add(k);
                    }
                }
            });

            // 3. Place the batch's own facts in memory, then stream everything into the bulk loader.
            Placements placements = place(reconciler, current, reconcileAfter);
            List<Quad> links = placements.links(current, reconcileAfter);
            long loaded = bulkLoad(dsg, temp, inputs, lastVersion, placements, links);
            progress.accept(String.format("bulk-loaded %d quads in %.1f s", loaded, (System.nanoTime() - start) / 1e9));

            // 4. Reconcile what the store held before.
            if (!reconcileAfter.isEmpty()) {
                Txn.executeWrite(dsg, () -> reconciler.reconcile(dsg, reconcileAfter));
                progress.accept(String.format("reconciled %d fact keys the store already held in %.1f s",
                        reconcileAfter.size(), (System.nanoTime() - start) / 1e9));
            }
            long quads = inputs.stream().mapToLong(Input::quads).sum();
            int facts = inputs.stream().mapToInt(Input::facts).sum();
            return new LoadReport(inputs.size(), lastVersion.size(), quads, facts,
                    Duration.ofNanos(System.nanoTime() - start), rejected);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                progress.accept("could not delete " + temp + ": " + e.getMessage());
            }
        }
    }

    /** The denier and accuser whose denial links a Denial or Accusation key bears on. */
    private static Optional<List<Node>> pair(Reconciler.StoredKey key) {
        if (key.type() == FactType.Denial) {
            return Optional.of(List.of(key.roles().get(0), key.roles().get(1)));
        }
        if (key.type() == FactType.Accusation) {
            return Optional.of(List.of(key.roles().get(1), key.roles().get(0)));
        }
        return Optional.empty();
    }

    /** One input after the checks, ready to be written: its graphs, its violations, its fact reports. */
    private record Checked(Sources.Prepared input, List<Validator.Violation> violations,
                           List<Reconciler.GraphReport> reports) {
    }

    /** Maps, validates and reads the reports of one input; runs on a worker thread. */
    private Checked check(Sources.Prepared input, Function<Node, List<Triple>> typesOf) {
        List<Validator.Violation> violations = new ArrayList<>();
        List<Reconciler.GraphReport> found = new ArrayList<>();
        // Types the input gives itself (its actors, in the shared actors graph) come first.
        Function<Node, List<Triple>> types = n -> {
            List<Triple> own = input.typesOf(n);
            return own.isEmpty() ? typesOf.apply(n) : own;
        };
        for (Node g : input.graphNames()) {
            violations.addAll(store.validator().validate(input.graphs().getGraph(g), types));
            found.addAll(store.reconciler().reportsIn(input.graphs(), g));
        }
        return new Checked(input, violations, found);
    }

    /**
     * The first pass: inputs are prepared and checked on one thread per core and written, in input order, to
     * the temporary file. Runs in a read transaction on the store (the validator borrows the store's types).
     */
    private void firstPass(List<Path> files, boolean keepGoing, Path temp, List<Input> inputs,
                           List<Reconciler.GraphReport> reports, List<String> rejected) {
        DatasetGraph dsg = store.dataset();
        // The store does not change during this pass, so the types it holds can be looked up once per node;
        // workers look up in transactions of their own.
        Map<Node, List<Triple>> types = new ConcurrentHashMap<>();
        Function<Node, List<Triple>> typesOf = n -> types.computeIfAbsent(n,
                k -> Txn.calculateRead(dsg, () -> store.storedTypes(k)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "geokg-bulk-check");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Checked>> window = new ArrayDeque<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
            writer.start();
            Consumer<Checked> accept = checked -> {
                Sources.Prepared input = checked.input();
                if (!checked.violations().isEmpty()) {
                    if (!keepGoing) {
                        Validator.requireConforms(checked.violations(), input.source());
                    }
                    rejected.add(new GeokgException(ErrorCode.SHACL, input.source(),
                            checked.violations().get(0).toString()).getMessage());
                    return;
                }
                long[] quads = {0};
                input.graphs().find().forEachRemaining(q -> {
                    writer.quad(q);
                    quads[0]++;
                });
                reports.addAll(checked.reports());
                int facts = input.documents().stream().mapToInt(d -> d.facts().size()).sum();
                inputs.add(new Input(input.graphNames(), quads[0], facts, checked.reports().size()));
            };
            Consumer<Supplier<Sources.Prepared>> submit = task -> {
                window.addLast(pool.submit(() -> check(task.get(), typesOf)));
                while (window.size() > 4 * threads + 16) {
                    drainOne(window, accept, keepGoing, rejected);
                }
            };
            for (Path file : files) {
                try {
                    if (Sources.kind(file).orElse(null) == Sources.Kind.JSONL) {
                        sources.lines(file, submit);
                    } else {
                        sources.prepare(file, p -> submit.accept(() -> p));
                    }
                } catch (GeokgException e) {
                    if (!keepGoing) {
                        throw e;
                    }
                    rejected.add(e.getMessage());
                }
            }
            while (!window.isEmpty()) {
                drainOne(window, accept, keepGoing, rejected);
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Takes the oldest input off the window, in order, and writes it or reports why not. */
    private static void drainOne(Deque<Future<Checked>> window, Consumer<Checked> accept, boolean keepGoing,
                                 List<String> rejected) {
        try {
            accept.accept(window.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking inputs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GeokgException g) {
                if (!keepGoing) {
                    throw g;
                }
                rejected.add(g.getMessage());
            } else if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Where each report of the batch goes: its final node and the date its graph states for it. */
    private static final class Placements {
        private final Map<Node, Map<Node, Node>> renames = new HashMap<>();
        private final Map<Node, Optional<PartialDate>> dateOf = new HashMap<>();
        private final List<Quad> dates = new ArrayList<>();

        Node target(Node graph, Node node) {
            Map<Node, Node> m = renames.get(graph);
            Node t = m == null ? null : m.get(node);
            return t == null ? node : t;
        }

        boolean placed(Node graph, Node node) {
            Map<Node, Node> m = renames.get(graph);
            return m != null && m.containsKey(node);
        }

        /** The derived denial links of the batch's own denier-accuser pairs, as {@link Reconciler} derives them. */
        List<Quad> links(List<Reconciler.GraphReport> reports, Set<Reconciler.StoredKey> reconcileAfter) {
            Map<List<Node>, Set<Node>> denials = new LinkedHashMap<>();
            Set<Node> answered = new HashSet<>();
            Map<List<Node>, Map<Node, Optional<PartialDate>>> accusations = new HashMap<>();
            for (Reconciler.GraphReport r : reports) {
                if (reconcileAfter.contains(r.key())) {
                    continue;
                }
                Node node = target(r.graph(), r.node());
                Optional<List<Node>> p = pair(r.key());
                if (r.key().type() == FactType.Denial) {
                    denials.computeIfAbsent(p.orElseThrow(), k -> new LinkedHashSet<>()).add(node);
                    if (r.answersInGraph()) {
                        answered.add(node);
                    }
                } else if (r.key().type() == FactType.Accusation) {
                    accusations.computeIfAbsent(p.orElseThrow(), k -> new HashMap<>())
                            .put(node, dateOf.getOrDefault(node, Optional.empty()));
                }
            }
            List<Quad> out = new ArrayList<>();
            denials.forEach((p, nodes) -> {
                Map<Node, Optional<PartialDate>> candidates = accusations.getOrDefault(p, Map.of());
                for (Node denial : nodes) {
                    if (!answered.contains(denial)) {
                        Reconciler.answer(dateOf.getOrDefault(denial, Optional.empty()), candidates)
                                .ifPresent(acc -> out.add(Quad.create(Iris.LINKS_GRAPH, denial, GEOKG.Nodes.answers, acc)));
                    }
                }
            });
            return out;
        }
    }

    /** Applies the identity rule to the batch's reports of every key the store does not hold already. */
    private static Placements place(Reconciler reconciler, List<Reconciler.GraphReport> reports,
                                    Set<Reconciler.StoredKey> reconcileAfter) {
        Map<Reconciler.StoredKey, List<Reconciler.GraphReport>> byKey = new LinkedHashMap<>();
        for (Reconciler.GraphReport r : reports) {
            if (!reconcileAfter.contains(r.key())) {
                byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        Placements out = new Placements();
        FactIdentity identity = reconciler.identity();
        byKey.forEach((key, list) -> {
            Map<String, FactIdentity.Placement> placed = identity.place(key.type(),
                    list.stream().map(Reconciler.GraphReport::report).toList());
            for (Reconciler.GraphReport r : list) {
                FactIdentity.Placement p = placed.get(r.report().source());
                Node target = Iris.fact(key.factKey(), p.segment());
                out.renames.computeIfAbsent(r.graph(), g -> new HashMap<>()).put(r.node(), target);
                p.writeDate().ifPresent(d -> {
                    out.dates.add(Quad.create(r.graph(), target, GEOKG.Nodes.date, FactsToRdf.Literals.date(d)));
                    out.dateOf.put(target, Optional.of(d));
                });
            }
        });
        return out;
    }

    /**
     * Streams the first pass's quads into TDB2's phased loader: each graph's last version only, fact nodes
     * renamed to their final IRIs, each placed node's dates replaced by the one its placement writes, and the
     * derived links added.
     */
    private static long bulkLoad(DatasetGraph dsg, Path temp, List<Input> inputs, Map<Node, Integer> lastVersion,
                                 Placements placements, List<Quad> links) {
        DataLoader loader = LoaderFactory.phasedLoader(TDBInternal.getDatasetGraphTDB(dsg), (fmt, args) -> { });
        long[] sent = {0};
        loader.startBulk();
        try {
            StreamRDF into = loader.stream();
            long[] seen = {0};
            int[] input = {0};
            long[] inputEnd = {inputs.isEmpty() ? 0 : inputs.get(0).quads()};
            StreamRDF rewrite = new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    while (seen[0] >= inputEnd[0] && input[0] < inputs.size() - 1) {
                        input[0]++;
                        inputEnd[0] += inputs.get(input[0]).quads();
                    }
                    seen[0]++;
                    Node g = q.getGraph();
                    // A replaced graph keeps only its last version; the shared actors graph gathers every input's.
                    if (!Iris.isShared(g) && lastVersion.get(g) != input[0]) {
                        return;
                    }
                    if (q.getPredicate().equals(GEOKG.Nodes.date) && placements.placed(g, q.getSubject())) {
                        return;
                    }
                    into.quad(Quad.create(g, placements.target(g, q.getSubject()), q.getPredicate(),
                            q.getObject().isURI() ? placements.target(g, q.getObject()) : q.getObject()));
                    sent[0]++;
                }
            };
            try (InputStream in = Files.newInputStream(temp)) {
                RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(rewrite);
            }
            placements.dates.forEach(into::quad);
            links.forEach(into::quad);
            sent[0] += placements.dates.size() + links.size();
            loader.finishBulk();
        } catch (IOException e) {
            loader.finishException(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return sent[0];
    }
}
