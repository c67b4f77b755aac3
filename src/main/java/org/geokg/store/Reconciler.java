package org.geokg.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.geokg.facts.FactType;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactKey;
import org.geokg.rdf.FactsToRdf;
import org.geokg.rdf.Iris;
import org.geokg.rdf.RoleProperties;
import org.geokg.vocabulary.GEOKG;

/**
 * Keeps one node per real-world fact across articles. After a load changes some article graphs, it
 * re-applies {@link FactIdentity} to every report of each fact key the change touched (in all graphs),
 * renames fact nodes whose placement changed, and recomputes the links from denials to the accusations
 * of other articles that they answer. Everything it writes is a function of the stored reports alone, so
 * the store does not depend on the order articles were loaded in. Runs inside the load's write
 * transaction.
 */
final class Reconciler {

    /** A fact key as stored: the type, the actors' IRIs in role order and the kind-of-act node. */
    record StoredKey(FactType type, List<Node> roles, Optional<Node> about) {
        FactKey factKey() {
            return new FactKey(type, roles.stream().map(Iris::keyOf).toList(), about.flatMap(RoleProperties::kindOf));
        }
    }

    /** One graph's node for a key. */
    private record Report(Node graph, Node node) {
        String source() {
            return graph.getURI() + " " + node.getURI();
        }
    }

    private final FactIdentity identity;

    Reconciler(FactIdentity identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    /** The rule this reconciler applies. */
    FactIdentity identity() {
        return identity;
    }

    /** The keys of the facts a graph holds. */
    Set<StoredKey> keysIn(DatasetGraph dsg, Node graph) {
        Set<StoredKey> keys = new LinkedHashSet<>();
        dsg.find(graph, Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
            Optional<FactType> type = RoleProperties.typeOf(q.getObject());
            if (type.isPresent() && q.getSubject().isURI()) {
                keyOf(dsg, graph, q.getSubject(), type.get()).ifPresent(keys::add);
            }
        });
        return keys;
    }

    /**
     * One report of a fact as a graph holds it, with what {@link FactIdentity} needs to place it, and whether the
     * graph itself says which accusation it answers (then the report is a Denial that needs no derived link).
     */
    record GraphReport(StoredKey key, Node graph, Node node, FactIdentity.Report report, boolean answersInGraph) {
    }

    /**
     * Every fact report a graph holds, read the way {@link #reconcile} reads stored reports, so that a batch can
     * be placed in memory before it is written ({@link BulkLoader}).
     */
    List<GraphReport> reportsIn(DatasetGraph dsg, Node graph) {
        List<GraphReport> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
            Optional<FactType> type = RoleProperties.typeOf(q.getObject());
            if (type.isPresent() && q.getSubject().isURI()) {
                keyOf(dsg, graph, q.getSubject(), type.get()).ifPresent(key -> {
                    Report r = new Report(graph, q.getSubject());
                    out.add(new GraphReport(key, graph, q.getSubject(),
                            new FactIdentity.Report(r.source(), stated(dsg, r), published(dsg, graph)),
                            dsg.contains(graph, q.getSubject(), GEOKG.Nodes.answers, Node.ANY)));
                });
            }
        });
        return out;
    }

    /** True if the store holds a report of the key, in any graph. */
    boolean holds(DatasetGraph dsg, StoredKey key, Map<List<Node>, List<Quad>> scans) {
        return !reports(dsg, key, scans).isEmpty();
    }

    /**
     * True if the store holds anything the denial links between a denier and an accuser depend on: a denial by
     * the one of the other's accusations, or an accusation by the other against the one, of any kind.
     */
    boolean holdsPair(DatasetGraph dsg, Node denier, Node accuser, Map<List<Node>, List<Quad>> scans) {
        if (holds(dsg, new StoredKey(FactType.Denial, List.of(denier, accuser), Optional.empty()), scans)) {
            return true;
        }
        List<Optional<Node>> kinds = new ArrayList<>();
        kinds.add(Optional.empty());
        for (org.geokg.facts.ActKind kind : org.geokg.facts.ActKind.values()) {
            kinds.add(Optional.of(RoleProperties.kind(kind)));
        }
        return kinds.stream().anyMatch(k ->
                holds(dsg, new StoredKey(FactType.Accusation, List.of(accuser, denier), k), scans));
    }

    /** Re-places every report of the keys and refreshes the denial links they affect. */
    void reconcile(DatasetGraph dsg, Set<StoredKey> keys) {
        Set<StoredKey> denialKeys = new LinkedHashSet<>();
        // Keys that share their first role (all accusations by the US, say) share one index scan. A scan can
        // go stale only for nodes of a key already placed (renaming touches that key's nodes alone), and
        // each key is placed once, so the cache is safe for the length of this call.
        Map<List<Node>, List<Quad>> scans = new HashMap<>();
        for (StoredKey key : keys) {
            place(dsg, key, scans);
            if (key.type() == FactType.Denial) {
                denialKeys.add(key);
            } else if (key.type() == FactType.Accusation) {
                // A denial by the accused of an accusation by the accuser may answer it.
                denialKeys.add(new StoredKey(FactType.Denial, List.of(key.roles().get(1), key.roles().get(0)),
                        Optional.empty()));
            }
        }
        denialKeys.forEach(k -> link(dsg, k));
    }

    private void place(DatasetGraph dsg, StoredKey key, Map<List<Node>, List<Quad>> scans) {
        List<Report> reports = reports(dsg, key, scans);
        if (reports.isEmpty()) {
            return;
        }
        List<FactIdentity.Report> input = new ArrayList<>();
        for (Report r : reports) {
            input.add(new FactIdentity.Report(r.source(), stated(dsg, r), published(dsg, r.graph())));
        }
        Map<String, FactIdentity.Placement> placements = identity.place(key.type(), input);
        FactKey factKey = key.factKey();
        for (Report r : reports) {
            FactIdentity.Placement p = placements.get(r.source());
            Node target = Iris.fact(factKey, p.segment());
            if (!target.equals(r.node())) {
                rename(dsg, r.graph(), r.node(), target);
            }
            List<Quad> dates = new ArrayList<>();
            dsg.find(r.graph(), target, GEOKG.Nodes.date, Node.ANY).forEachRemaining(dates::add);
            Optional<Node> want = p.writeDate().map(FactsToRdf.Literals::date);
            for (Quad q : dates) {
                if (want.isEmpty() || !want.get().equals(q.getObject())) {
                    dsg.delete(q);
                }
            }
            want.ifPresent(d -> dsg.add(r.graph(), target, GEOKG.Nodes.date, d));
        }
    }

    private static void rename(DatasetGraph dsg, Node graph, Node from, Node to) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(graph, from, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        dsg.find(graph, Node.ANY, Node.ANY, from).forEachRemaining(quads::add);
        for (Quad q : quads) {
            dsg.delete(q);
        }
        for (Quad q : quads) {
            dsg.add(graph, q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(),
                    q.getObject().equals(from) ? to : q.getObject());
        }
    }

    /** Every (graph, node) in the store with this key. */
    private List<Report> reports(DatasetGraph dsg, StoredKey key, Map<List<Node>, List<Quad>> scans) {
        Set<Report> out = new LinkedHashSet<>();
        Node cls = RoleProperties.classOf(key.type());
        if (key.type() == FactType.EmbassyClosure) {
            dsg.find(Node.ANY, Node.ANY, GEOKG.Nodes.sendingState, key.roles().get(0)).forEachRemaining(q -> {
                if (dsg.contains(q.getGraph(), q.getSubject(), GEOKG.Nodes.hostState, key.roles().get(1))) {
                    dsg.find(q.getGraph(), Node.ANY, GEOKG.Nodes.embassy, q.getSubject()).forEachRemaining(c -> {
                        if (dsg.contains(c.getGraph(), c.getSubject(), RDF.Nodes.type, cls)) {
                            out.add(new Report(c.getGraph(), c.getSubject()));
                        }
                    });
                }
            });
        } else {
            List<Node> props = RoleProperties.properties(key.type());
            List<Quad> firstRole = scans.computeIfAbsent(List.of(props.get(0), key.roles().get(0)), k -> {
                List<Quad> found = new ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, k.get(0), k.get(1)).forEachRemaining(found::add);
                return found;
            });
            firstRole.forEach(q -> {
                if (q.getSubject().isURI() && dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, cls)
                        && key.equals(keyOf(dsg, q.getGraph(), q.getSubject(), key.type()).orElse(null))) {
                    out.add(new Report(q.getGraph(), q.getSubject()));
                }
            });
        }
        List<Report> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Report::source));
        return sorted;
    }

    private static Optional<StoredKey> keyOf(DatasetGraph dsg, Node graph, Node node, FactType type) {
        List<Node> roles = new ArrayList<>();
        if (type == FactType.EmbassyClosure) {
            Optional<Node> embassy = one(dsg, graph, node, GEOKG.Nodes.embassy);
            if (embassy.isEmpty()) {
                return Optional.empty();
            }
            for (Role role : type.roles()) {
                Optional<Node> actor = one(dsg, graph, embassy.get(), RoleProperties.property(type, role));
                if (actor.isEmpty()) {
                    return Optional.empty();
                }
                roles.add(actor.get());
            }
        } else {
            for (Node p : RoleProperties.properties(type)) {
                Optional<Node> actor = one(dsg, graph, node, p);
                if (actor.isEmpty()) {
                    return Optional.empty();
                }
                roles.add(actor.get());
            }
        }
        Optional<Node> about = type == FactType.Accusation ? one(dsg, graph, node, GEOKG.Nodes.about) : Optional.empty();
        return Optional.of(new StoredKey(type, roles, about));
    }

    private static Optional<Node> one(DatasetGraph dsg, Node graph, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        Optional<Node> first = Optional.empty();
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI() && (first.isEmpty() || o.getURI().compareTo(first.get().getURI()) < 0)) {
                first = Optional.of(o);
            }
        }
        return first;
    }

    /** The date a graph states for a node: the finest its evidence gives, else the node's own date there. */
    private static Optional<PartialDate> stated(DatasetGraph dsg, Report r) {
        TreeSet<PartialDate> dates = new TreeSet<>(Comparator.comparing(PartialDate::precision)
                .thenComparing(PartialDate::first));
        dsg.find(r.graph(), r.node(), GEOKG.Nodes.evidence, Node.ANY).forEachRemaining(ev ->
                dsg.find(r.graph(), ev.getObject(), GEOKG.Nodes.statedDate, Node.ANY).forEachRemaining(d ->
                        FactsToRdf.Literals.parseDate(d.getObject()).ifPresent(dates::add)));
        if (dates.isEmpty()) {
            dsg.find(r.graph(), r.node(), GEOKG.Nodes.date, Node.ANY).forEachRemaining(d ->
                    FactsToRdf.Literals.parseDate(d.getObject()).ifPresent(dates::add));
        }
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.last());
    }

    private static Optional<LocalDate> published(DatasetGraph dsg, Node graph) {
        Optional<LocalDate> best = Optional.empty();
        var it = dsg.find(graph, Node.ANY, GEOKG.Nodes.published, Node.ANY);
        while (it.hasNext()) {
            Optional<PartialDate> d = FactsToRdf.Literals.parseDate(it.next().getObject());
            if (d.isPresent() && (best.isEmpty() || d.get().first().isBefore(best.get()))) {
                best = Optional.of(d.get().first());
            }
        }
        return best;
    }

    /**
     * Links each denial of this key that answers no accusation in its own article to the accusation of
     * another article it most likely answers: by the same accuser against the denier, the latest dated no
     * later than the denial, else the first undated one.
     */
    private void link(DatasetGraph dsg, StoredKey denialKey) {
        Node denier = denialKey.roles().get(0);
        Node accuser = denialKey.roles().get(1);
        Set<Node> denials = new TreeSet<>(Comparator.comparing(Node::getURI));
        dsg.find(Node.ANY, Node.ANY, GEOKG.Nodes.denier, denier).forEachRemaining(q -> {
            if (!q.getGraph().equals(Iris.LINKS_GRAPH)
                    && dsg.contains(q.getGraph(), q.getSubject(), GEOKG.Nodes.accuser, accuser)
                    && dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, GEOKG.Nodes.Denial)) {
                denials.add(q.getSubject());
            }
        });
        List<Quad> stale = new ArrayList<>();
        dsg.find(Iris.LINKS_GRAPH, Node.ANY, GEOKG.Nodes.answers, Node.ANY).forEachRemaining(q -> {
            if (!denials.contains(q.getSubject()) && q.getSubject().isURI()
                    && q.getSubject().getURI().startsWith(Iris.BASE + FactKey.typeSlug(FactType.Denial) + "/"
                    + Iris.keyOf(denier) + "-" + Iris.keyOf(accuser) + "/")) {
                stale.add(q);
            }
            if (denials.contains(q.getSubject())) {
                stale.add(q);
            }
        });
        stale.forEach(dsg::delete);

        Map<Node, Optional<PartialDate>> accusations = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, GEOKG.Nodes.accused, denier).forEachRemaining(q -> {
            if (dsg.contains(q.getGraph(), q.getSubject(), GEOKG.Nodes.accuser, accuser)
                    && dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, GEOKG.Nodes.Accusation)) {
                accusations.merge(q.getSubject(), date(dsg, q.getSubject()), (a, b) -> a.isPresent() ? a : b);
            }
        });
        for (Node denial : denials) {
            boolean answeredInArticle = false;
            var it = dsg.find(Node.ANY, denial, GEOKG.Nodes.answers, Node.ANY);
            while (it.hasNext()) {
                if (!it.next().getGraph().equals(Iris.LINKS_GRAPH)) {
                    answeredInArticle = true;
                }
            }
            if (answeredInArticle) {
                continue;
            }
            answer(date(dsg, denial), accusations)
                    .ifPresent(acc -> dsg.add(Iris.LINKS_GRAPH, denial, GEOKG.Nodes.answers, acc));
        }
    }

    /**
     * The accusation a denial dated so answers, among the accusations of its accuser against its denier with
     * their dates: the latest dated no later than the denial, else the first undated one.
     */
    static Optional<Node> answer(Optional<PartialDate> denialDate, Map<Node, Optional<PartialDate>> accusations) {
        LocalDate when = denialDate.map(PartialDate::last).orElse(LocalDate.MAX);
        return accusations.entrySet().stream()
                .filter(e -> e.getValue().isPresent() && !e.getValue().get().first().isAfter(when))
                .max(Comparator.comparing((Map.Entry<Node, Optional<PartialDate>> e) -> e.getValue().get().first())
                        .thenComparing(e -> e.getKey().getURI()))
                .map(Map.Entry::getKey)
                .or(() -> accusations.entrySet().stream().filter(e -> e.getValue().isEmpty())
                        .map(Map.Entry::getKey).min(Comparator.comparing(Node::getURI)));
    }

    private static Optional<PartialDate> date(DatasetGraph dsg, Node node) {
        var it = dsg.find(Node.ANY, node, GEOKG.Nodes.date, Node.ANY);
        while (it.hasNext()) {
            Optional<PartialDate> d = FactsToRdf.Literals.parseDate(it.next().getObject());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }
}
