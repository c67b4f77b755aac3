package org.geokg.store;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;

/**
 * Checks graphs against {@code ontology/shapes.ttl} before they are committed. The data checked is the
 * graph itself, the ontology (so that {@code sh:class} sees subclasses) and the types of the IRIs the
 * graph refers to without typing them, borrowed from what the store already holds.
 */
public final class Validator {

    /** One violation: the node it is about and the shape's message. */
    public record Violation(Node focus, String path, String message) {
        @Override
        public String toString() {
            return "<" + focus + ">" + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    private final Shapes shapes;
    private final Graph ontology;

    private Validator(Shapes shapes, Graph ontology) {
        this.shapes = shapes;
        this.ontology = ontology;
    }

    /** The validator for the project's shapes and ontology. */
    public static Validator of(ProjectFiles files) {
        return new Validator(Shapes.parse(parse(files, "ontology/shapes.ttl")), parse(files, "ontology/geokg.ttl"));
    }

    /** The ontology graph, parsed. */
    public Graph ontology() {
        return ontology;
    }

    private static Graph parse(ProjectFiles files, String path) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = files.open(path)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }

    /**
     * Validates one graph.
     *
     * @param data       the graph
     * @param typesOf    the rdf:type triples the store holds for an IRI (empty if none)
     * @return the violations, sorted; empty when the graph conforms
     */
    public List<Violation> validate(Graph data, Function<Node, List<Triple>> typesOf) {
        Objects.requireNonNull(data, "data");
        // Views, not copies: validating one article graph used to copy the whole ontology first.
        Graph dataAndOntology = new Union(data, ontology);
        List<Node> untyped = new ArrayList<>();
        data.find().forEach(t -> {
            Node o = t.getObject();
            if (o.isURI() && !t.getPredicate().equals(RDF.Nodes.type)
                    && !dataAndOntology.contains(o, RDF.Nodes.type, Node.ANY)) {
                untyped.add(o);
            }
        });
        Graph borrowed = GraphFactory.createDefaultGraph();
        untyped.stream().distinct().forEach(n -> typesOf.apply(n).forEach(borrowed::add));
        Graph union = borrowed.isEmpty() ? dataAndOntology : new Union(dataAndOntology, borrowed);
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        if (report.conforms()) {
            return List.of();
        }
        // (Violations about nodes the graph does not describe are dropped below.)
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            // A graph answers for its own subjects; a node only borrowed for its type is checked in its own graph.
            if (!data.contains(e.focusNode(), Node.ANY, Node.ANY)) {
                continue;
            }
            out.add(new Violation(e.focusNode(), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message() == null ? "violates " + e.constraint() : e.message()));
        }
        out.sort(Comparator.comparing((Violation v) -> v.focus().toString()).thenComparing(Violation::message));
        return out;
    }

    /** Throws the first violation as a user error naming the source, the focus node and the message. */
    public static void requireConforms(List<Violation> violations, String source) {
        if (!violations.isEmpty()) {
            String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
            throw new GeokgException(ErrorCode.SHACL, source, violations.get(0) + more);
        }
    }
}
