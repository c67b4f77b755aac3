package org.geokg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.geokg.article.Article;
import org.geokg.facts.Entity;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;
import org.geokg.facts.Span;
import org.geokg.vocabulary.GEOKG;
import org.geokg.vocabulary.PROV;

/**
 * Turns one facts document into RDF: one named graph, named by the article's IRI, holding the article's
 * metadata, which actors it mentions, its facts and their evidence; and the actors' descriptions in the
 * shared graph {@link Iris#ACTORS_GRAPH}, so that an actor is described once however many articles name it.
 * The quads go into a {@link StreamRDF}, so the caller picks the destination: a file, a graph in a test, a
 * TDB2 store.
 *
 * <p>Facts with the same key ({@link FactKey}) in one article are one report, one node. Its IRI comes
 * from {@link FactIdentity} applied to this article alone; the store re-applies the rule across all
 * articles when it loads.
 *
 * <pre>
 *   FactsToRdf mapping = new FactsToRdf(FactIdentity.standard());
 *   Graph g = GraphFactory.createDefaultGraph();
 *   mapping.emit(doc, StreamRDFLib.graph(g));      // the quads' graph names are dropped by this sink
 * </pre>
 */
public final class FactsToRdf {

    private final FactIdentity identity;

    public FactsToRdf(FactIdentity identity) {
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    /** Emits the document's graph, with start and finish, and the prefixes. */
    public void emit(FactsDocument doc, StreamRDF out) {
        out.start();
        Prefixes.emit(out);
        emitQuads(doc, out);
        out.finish();
    }

    /** Emits the document's quads only (no start, finish or prefixes), for callers that stream many documents. */
    public void emitQuads(FactsDocument doc, StreamRDF out) {
        Article article = doc.article();
        Node graph = Iris.article(article.id());
        Emitter e = new Emitter(graph, out);

        e.add(graph, RDF.Nodes.type, GEOKG.Nodes.Article);
        article.url().ifPresent(u -> e.add(graph, GEOKG.Nodes.url, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
        article.title().ifPresent(t -> e.add(graph, GEOKG.Nodes.title, NodeFactory.createLiteralString(t)));
        article.source().ifPresent(s -> e.add(graph, GEOKG.Nodes.publisher, NodeFactory.createLiteralString(s)));
        article.published().ifPresent(p -> e.add(graph, GEOKG.Nodes.published,
                NodeFactory.createLiteralDT(p.toString(), XSDDatatype.XSDdate)));

        Map<String, Entity> entities = doc.entitiesByKey();
        Emitter actors = new Emitter(Iris.ACTORS_GRAPH, out);
        for (Entity entity : doc.entities().stream().sorted(Comparator.comparing(Entity::key)).toList()) {
            Node node = Iris.entity(entity.type(), entity.key());
            e.add(graph, GEOKG.Nodes.mentions, node);
            emitActor(actors, entity, node);
        }

        Map<FactKey, List<Fact>> byKey = new TreeMap<>(Comparator.comparing(FactKey::path));
        for (Fact f : doc.facts()) {
            byKey.computeIfAbsent(FactKey.of(f), k -> new ArrayList<>()).add(f);
        }
        Map<String, Node> nodeOfFact = new LinkedHashMap<>();
        Map<FactKey, Node> nodeOfKey = new LinkedHashMap<>();
        Map<FactKey, Optional<PartialDate>> dateOfKey = new LinkedHashMap<>();
        for (Map.Entry<FactKey, List<Fact>> group : byKey.entrySet()) {
            Optional<PartialDate> stated = group.getValue().stream()
                    .map(Fact::date).flatMap(Optional::stream)
                    .max(Comparator.comparing(PartialDate::precision));
            FactIdentity.Placement placement = identity.place(group.getKey().type(), List.of(
                    new FactIdentity.Report(article.id(), stated, article.published()))).get(article.id());
            Node node = Iris.fact(group.getKey(), placement.segment());
            nodeOfKey.put(group.getKey(), node);
            dateOfKey.put(group.getKey(), placement.writeDate());
            group.getValue().forEach(f -> nodeOfFact.put(f.id(), node));
        }

        for (Map.Entry<FactKey, List<Fact>> group : byKey.entrySet()) {
            FactKey key = group.getKey();
            Node node = nodeOfKey.get(key);
            Fact first = group.getValue().get(0);
            FactType type = key.type();
            e.add(node, RDF.Nodes.type, RoleProperties.classOf(type));
            if (type == FactType.EmbassyClosure) {
                Node embassy = Iris.embassy(first.role(Role.OWNER), first.role(Role.HOST));
                e.add(node, GEOKG.Nodes.embassy, embassy);
                e.add(embassy, RDF.Nodes.type, GEOKG.Nodes.Embassy);
                e.add(embassy, GEOKG.Nodes.sendingState, actor(entities, first.role(Role.OWNER)));
                e.add(embassy, GEOKG.Nodes.hostState, actor(entities, first.role(Role.HOST)));
            } else {
                for (Role role : type.roles()) {
                    e.add(node, RoleProperties.property(type, role), actor(entities, first.role(role)));
                }
            }
            key.about().ifPresent(a -> e.add(node, GEOKG.Nodes.about, RoleProperties.kind(a)));
            dateOfKey.get(key).ifPresent(d -> e.add(node, GEOKG.Nodes.date, Literals.date(d)));
            e.add(node, PROV.Nodes.wasDerivedFrom, graph);
            for (Fact f : group.getValue()) {
                f.since().ifPresent(d -> e.add(node, GEOKG.Nodes.since, Literals.date(d)));
                f.act().map(nodeOfFact::get).ifPresent(act -> e.add(node, GEOKG.Nodes.concerns, act));
                if (type == FactType.Denial) {
                    answered(doc, f).map(nodeOfFact::get).ifPresent(acc -> e.add(node, GEOKG.Nodes.answers, acc));
                }
                emitEvidence(e, article, f, node, graph);
            }
        }
    }

    private static Node actor(Map<String, Entity> entities, String key) {
        Entity entity = entities.get(key);
        if (entity == null) {
            throw new IllegalArgumentException("no entity with key " + key);
        }
        return Iris.entity(entity.type(), key);
    }

    /** The accusation a denial answers: the one it names, else the document's accusation it matches. */
    private static Optional<String> answered(FactsDocument doc, Fact denial) {
        if (denial.answers().isPresent()) {
            return denial.answers();
        }
        return doc.facts().stream()
                .filter(f -> f.type() == FactType.Accusation)
                .filter(f -> f.role(Role.ACCUSER).equals(denial.role(Role.ACCUSER))
                        && f.role(Role.ACCUSED).equals(denial.role(Role.ACTOR)))
                .map(Fact::id).findFirst();
    }

    private static void emitActor(Emitter e, Entity entity, Node node) {
        ActorDescription.describe(node, entity.type(), entity.key(), entity.name(), entity.aliases(), entity.ids(), e::add);
    }

    /** The ontology class of an entity type. */
    public static Node classOf(org.geokg.facts.EntityType type) {
        return NodeFactory.createURI(GEOKG.NS + type.name());
    }

    private static void emitEvidence(Emitter e, Article article, Fact f, Node fact, Node graph) {
        Node ev = Iris.evidence(article.id(), f.id());
        Span span = f.evidence();
        e.add(fact, GEOKG.Nodes.evidence, ev);
        e.add(ev, RDF.Nodes.type, GEOKG.Nodes.Evidence);
        e.add(ev, GEOKG.Nodes.quote, NodeFactory.createLiteralString(span.text()));
        e.add(ev, GEOKG.Nodes.beginIndex, NodeFactory.createLiteralDT(Integer.toString(span.start()),
                XSDDatatype.XSDnonNegativeInteger));
        e.add(ev, GEOKG.Nodes.endIndex, NodeFactory.createLiteralDT(Integer.toString(span.end()),
                XSDDatatype.XSDnonNegativeInteger));
        e.add(ev, GEOKG.Nodes.confidence, Literals.confidence(f.confidence()));
        f.date().ifPresent(d -> e.add(ev, GEOKG.Nodes.statedDate, Literals.date(d)));
        f.rule().ifPresent(r -> e.add(ev, GEOKG.Nodes.rule, NodeFactory.createLiteralString(r)));
        e.add(ev, PROV.Nodes.wasQuotedFrom, graph);
    }

    /** Writes quads into one graph. */
    private record Emitter(Node graph, StreamRDF out) {
        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    /** Typed literals geokg writes. */
    public static final class Literals {
        private Literals() {
        }

        /** A date as xsd:date, xsd:gYearMonth or xsd:gYear, by its precision. */
        public static Node date(PartialDate d) {
            XSDDatatype type = switch (d.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            return NodeFactory.createLiteralDT(d.toString(), type);
        }

        /** The date a literal written by {@link #date} stands for. */
        public static Optional<PartialDate> parseDate(Node literal) {
            return literal != null && literal.isLiteral() ? PartialDate.parse(literal.getLiteralLexicalForm())
                    : Optional.empty();
        }

        /** A confidence as an xsd:decimal with at most three decimals. */
        public static Node confidence(double c) {
            BigDecimal value = BigDecimal.valueOf(c).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
            if (value.scale() < 1) {
                value = value.setScale(1, RoundingMode.UNNECESSARY);
            }
            return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
        }
    }

}
