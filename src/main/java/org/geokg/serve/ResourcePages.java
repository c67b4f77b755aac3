package org.geokg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.facts.FactType;
import org.geokg.rdf.Iris;
import org.geokg.rdf.Prefixes;
import org.geokg.vocabulary.GEOKG;
import org.geokg.vocabulary.PROV;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes geokg's IRIs dereferenceable: {@code GET /id/state/ALB} on this server answers for
 * {@code https://w3id.org/geokg/id/state/ALB}. Data clients get the resource's description (its triples in
 * the union graph, the triples that point at it, the evidence of a fact and the labels of what it links
 * to) as Turtle, JSON-LD, N-Triples or RDF/XML; browsers get a small HTML page that says its facts as
 * sentences with their evidence and sources, and links on to the actors and facts involved. The format
 * follows the Accept header, or {@code ?format=ttl|jsonld|nt|rdf|html}.
 */
final class ResourcePages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The most facts an HTML page lists; the data formats carry all of them. */
    static final int MAX_FACTS = 500;

    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "text/html", "application/xhtml+xml", "application/json");
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD11,
            "application/json", RDFFormat.JSONLD11,
            "application/n-triples", RDFFormat.NTRIPLES,
            "application/rdf+xml", RDFFormat.RDFXML);
    private static final Map<String, String> FORMAT_PARAMETER = Map.of(
            "ttl", "text/turtle", "turtle", "text/turtle", "jsonld", "application/ld+json",
            "nt", "application/n-triples", "rdf", "application/rdf+xml", "html", "text/html");
    private static final Set<Node> MENTIONS = Set.of(GEOKG.Nodes.mentions);

    private final transient DatasetGraph dataset;
    private final String datasetName;

    /**
     * @param dataset     the store's dataset, with the union of the named graphs as default graph
     * @param datasetName the Fuseki dataset name, for links to the query UI
     */
    ResourcePages(DatasetGraph dataset, String datasetName) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.datasetName = Objects.requireNonNull(datasetName, "datasetName");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Node resource = NodeFactory.createURI(Iris.BASE + path.substring("/id/".length()));
        Optional<MediaType> type = chooseType(req);
        resp.setHeader("Vary", "Accept");
        if (type.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Available as text/html, text/turtle, "
                    + "application/ld+json, application/n-triples and application/rdf+xml");
            return;
        }
        boolean html = type.get().getContentTypeStr().contains("html");
        Txn.executeRead(dataset, () -> {
            try {
                Graph union = dataset.getUnionGraph();
                if (!union.contains(resource, Node.ANY, Node.ANY) && !union.contains(Node.ANY, Node.ANY, resource)
                        && !dataset.containsGraph(resource)) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about <" + resource.getURI()
                            + "> in this graph");
                    return;
                }
                if (html) {
                    byte[] page = new Page(union, resource).render().getBytes(StandardCharsets.UTF_8);
                    resp.setContentType("text/html;charset=utf-8");
                    // No scripts, nothing from elsewhere: data shown on the page cannot run.
                    resp.setHeader("Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
                    resp.setHeader("X-Content-Type-Options", "nosniff");
                    resp.setContentLength(page.length);
                    resp.getOutputStream().write(page);
                } else {
                    String ct = type.get().getContentTypeStr();
                    RDFFormat format = FORMATS.get(ct);
                    resp.setContentType((ct.equals("application/json") ? "application/ld+json" : ct)
                            + (ct.equals("application/rdf+xml") ? "" : ";charset=utf-8"));
                    OutputStream out = resp.getOutputStream();
                    RDFWriter.source(describe(union, resource)).format(format).output(out);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Optional<MediaType> chooseType(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return Optional.ofNullable(FORMAT_PARAMETER.get(format.toLowerCase(Locale.ROOT))).map(MediaType::create);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(MediaType.create("text/turtle"));
        }
        return Optional.ofNullable(ConNeg.chooseContentType(req, OFFERS, null));
    }

    /**
     * The description of a resource: its own triples, the triples that point at it (but not the articles'
     * plain mentions of an actor), for a fact its evidence and embassy, and the labels and types of every resource
     * these name.
     */
    static Graph describe(Graph union, Node resource) {
        Graph out = GraphFactory.createDefaultGraph();
        Prefixes.ALL.forEach(out.getPrefixMapping()::setNsPrefix);
        union.find(resource, Node.ANY, Node.ANY).forEachRemaining(out::add);
        union.find(Node.ANY, Node.ANY, resource).forEachRemaining(t -> {
            if (!MENTIONS.contains(t.getPredicate())) {
                out.add(t);
            }
        });
        for (Node p : List.of(GEOKG.Nodes.evidence, GEOKG.Nodes.embassy)) {
            union.find(resource, p, Node.ANY).forEachRemaining(t ->
                    union.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::add));
        }
        Set<Node> named = new LinkedHashSet<>();
        out.find().forEachRemaining(t -> {
            named.add(t.getSubject());
            if (t.getObject().isURI()) {
                named.add(t.getObject());
            }
        });
        named.remove(resource);
        for (Node n : named) {
            union.find(n, RDFS.Nodes.label, Node.ANY).forEachRemaining(out::add);
            union.find(n, RDF.Nodes.type, Node.ANY).forEachRemaining(out::add);
        }
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The HTML page of one resource. */
    private final class Page {
        private final Graph union;
        private final Node resource;
        private final FactSentences sentences;
        private final Document doc = Document.createShell("");
        private final Element main;

        Page(Graph union, Node resource) {
            this.union = union;
            this.resource = resource;
            this.sentences = new FactSentences(union);
            this.main = doc.body().appendElement("main");
            doc.child(0).attr("lang", "en");
        }

        String render() {
            head();
            Optional<FactType> factType = sentences.typeOf(resource);
            if (factType.isPresent()) {
                fact();
            } else if (has(RDF.Nodes.type, GEOKG.Nodes.Article)) {
                article();
            } else if (union.contains(resource, GEOKG.Nodes.key, Node.ANY)) {
                actor();
            } else {
                main.appendElement("h1").text(sentences.label(resource));
                subtitle();
            }
            statements();
            footer();
            return "<!DOCTYPE html>\n" + doc.outerHtml();
        }

        private void head() {
            doc.head().appendElement("meta").attr("charset", "utf-8");
            doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
            doc.title(sentences.typeOf(resource).flatMap(t -> sentences.of(resource)).map(Object::toString)
                    .orElseGet(() -> sentences.label(resource)) + " – geokg");
            for (String[] alt : new String[][] {{"text/turtle", "ttl"}, {"application/ld+json", "jsonld"}}) {
                doc.head().appendElement("link").attr("rel", "alternate").attr("type", alt[0])
                        .attr("href", "?format=" + alt[1]);
            }
            doc.head().appendElement("style").text("body{font:16px/1.45 system-ui,sans-serif;max-width:48em;"
                    + "margin:1em auto;padding:0 1em;color:#222}a{color:#0645ad}h1{font-size:1.5em;margin:.3em 0}"
                    + "h2{font-size:1.1em;margin-top:1.5em;border-bottom:1px solid #ddd}"
                    + ".iri,.src{color:#555;font-size:.85em;word-break:break-all}"
                    + "blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #ccc;color:#333}"
                    + "li{margin:.4em 0}table{border-collapse:collapse;font-size:.85em}"
                    + "td{border-top:1px solid #eee;padding:2px 6px;vertical-align:top;word-break:break-word}"
                    + "nav,footer{font-size:.85em;color:#555}footer{margin-top:2em}");
            Element nav = doc.body().prependElement("nav");
            nav.appendElement("a").attr("href", "/").text("geokg");
            nav.appendText(" · ");
            nav.appendElement("a").attr("href", "/#/dataset/" + datasetName + "/query").text("SPARQL query");
        }

        private void subtitle() {
            Element p = main.appendElement("p").addClass("iri");
            List<String> types = new ArrayList<>();
            union.find(resource, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> types.add(capitalised(
                    sentences.label(t.getObject()))));
            if (!types.isEmpty()) {
                p.appendText(String.join(", ", types.stream().distinct().sorted().toList()) + " · ");
            }
            p.appendText(resource.getURI());
        }

        private void actor() {
            main.appendElement("h1").text(sentences.label(resource));
            subtitle();
            Element about = main.appendElement("p");
            union.find(resource, GEOKG.Nodes.key, Node.ANY).forEachRemaining(t ->
                    about.appendText("Key " + t.getObject().getLiteralLexicalForm() + ". "));
            List<String> aliases = new ArrayList<>();
            union.find(resource, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    aliases.add(t.getObject().getLiteralLexicalForm());
                }
            });
            if (!aliases.isEmpty()) {
                about.appendText("Also called " + String.join(", ", aliases.stream().distinct().sorted().toList()) + ". ");
            }
            List<Node> same = new ArrayList<>();
            union.find(resource, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> same.add(t.getObject()));
            List<Node> sameAs = same.stream().distinct().sorted(Comparator.comparing(Node::toString)).toList();
            for (int i = 0; i < sameAs.size(); i++) {
                about.appendText(i == 0 ? "Same as " : ", ");
                Node n = sameAs.get(i);
                link(about, n, n.isURI() ? n.getURI().replaceFirst("^https?://(www\\.)?", "") : n.toString());
                about.appendText(i == sameAs.size() - 1 ? "." : "");
            }

            List<FactSentences.Sentence> facts = factsOf(resource);
            main.appendElement("h2").text("Facts (" + facts.size() + ")");
            factList(facts, true);
            Set<Node> related = new LinkedHashSet<>();
            facts.forEach(s -> related.addAll(s.actors()));
            related.remove(resource);
            if (!related.isEmpty()) {
                main.appendElement("h2").text("Related actors");
                Element ul = main.appendElement("ul");
                related.stream().sorted(Comparator.comparing(sentences::label))
                        .forEach(a -> link(ul.appendElement("li"), a, sentences.label(a)));
            }
        }

        private void fact() {
            FactSentences.Sentence sentence = sentences.of(resource).orElseThrow();
            Element h1 = main.appendElement("h1");
            sentenceInto(h1, sentence);
            subtitle();
            for (Node p : List.of(GEOKG.Nodes.concerns, GEOKG.Nodes.answers)) {
                union.find(resource, p, Node.ANY).forEachRemaining(t -> {
                    Element line = main.appendElement("p").text(sentences.label(p) + ": ");
                    link(line, t.getObject(), name(t.getObject()));
                });
            }
            main.appendElement("h2").text("Evidence");
            evidence(main.appendElement("ul"), resource);
            List<FactSentences.Sentence> pointing = new ArrayList<>();
            union.find(Node.ANY, GEOKG.Nodes.answers, resource).forEachRemaining(t -> sentences.of(t.getSubject())
                    .ifPresent(pointing::add));
            union.find(Node.ANY, GEOKG.Nodes.concerns, resource).forEachRemaining(t -> sentences.of(t.getSubject())
                    .ifPresent(pointing::add));
            if (!pointing.isEmpty()) {
                main.appendElement("h2").text("Related facts");
                factList(pointing, false);
            }
        }

        private void article() {
            Optional<String> title = literal(resource, GEOKG.Nodes.title);
            main.appendElement("h1").text(title.orElseGet(() -> sentences.label(resource)));
            subtitle();
            Element p = main.appendElement("p");
            literal(resource, GEOKG.Nodes.publisher).ifPresent(s -> p.appendText(s + " "));
            literal(resource, GEOKG.Nodes.published).ifPresent(s -> p.appendText("(" + s + ") "));
            literal(resource, GEOKG.Nodes.url).ifPresent(u -> external(p, u, "read the article"));
            List<FactSentences.Sentence> facts = new ArrayList<>();
            union.find(Node.ANY, PROV.Nodes.wasDerivedFrom, resource).forEachRemaining(t ->
                    sentences.of(t.getSubject()).ifPresent(facts::add));
            sort(facts);
            main.appendElement("h2").text("Facts reported (" + facts.size() + ")");
            factList(facts, true);
            List<Node> mentioned = new ArrayList<>();
            union.find(resource, GEOKG.Nodes.mentions, Node.ANY).forEachRemaining(t -> mentioned.add(t.getObject()));
            if (!mentioned.isEmpty()) {
                main.appendElement("h2").text("Actors mentioned");
                Element ul = main.appendElement("ul");
                mentioned.stream().distinct().sorted(Comparator.comparing(sentences::label))
                        .forEach(a -> link(ul.appendElement("li"), a, sentences.label(a)));
            }
        }

        /** The facts an actor plays a role in, directly or through an embassy, by date. */
        private List<FactSentences.Sentence> factsOf(Node actor) {
            Set<Node> facts = new LinkedHashSet<>();
            union.find(Node.ANY, Node.ANY, actor).forEachRemaining(t -> {
                if (t.getPredicate().equals(GEOKG.Nodes.sendingState) || t.getPredicate().equals(GEOKG.Nodes.hostState)) {
                    union.find(Node.ANY, GEOKG.Nodes.embassy, t.getSubject()).forEachRemaining(c -> facts.add(c.getSubject()));
                } else if (!MENTIONS.contains(t.getPredicate())) {
                    facts.add(t.getSubject());
                }
            });
            List<FactSentences.Sentence> out = new ArrayList<>();
            facts.forEach(f -> sentences.of(f).ifPresent(out::add));
            sort(out);
            return out;
        }

        private void sort(List<FactSentences.Sentence> facts) {
            facts.sort(Comparator.comparing((FactSentences.Sentence s) -> s.date().orElse("9999"))
                    .thenComparing(FactSentences.Sentence::toString));
        }

        private void factList(List<FactSentences.Sentence> facts, boolean withEvidence) {
            if (facts.isEmpty()) {
                main.appendElement("p").text("None in this graph.");
                return;
            }
            Element ul = main.appendElement("ul");
            for (FactSentences.Sentence s : facts.subList(0, Math.min(facts.size(), MAX_FACTS))) {
                Element li = ul.appendElement("li");
                link(li, s.fact(), s.toString());
                if (withEvidence) {
                    evidence(li, s.fact());
                }
            }
            if (facts.size() > MAX_FACTS) {
                main.appendElement("p").text("… and " + (facts.size() - MAX_FACTS) + " more; the Turtle and JSON-LD "
                        + "descriptions list them all.");
            }
        }

        /** The evidence quotes of a fact, each with its article and source link. */
        private void evidence(Element into, Node fact) {
            List<Node> evidence = new ArrayList<>();
            union.find(fact, GEOKG.Nodes.evidence, Node.ANY).forEachRemaining(t -> evidence.add(t.getObject()));
            evidence.sort(Comparator.comparing(Node::toString));
            for (Node ev : evidence) {
                Element block = into.tagName().equals("ul") ? into.appendElement("li") : into;
                literal(ev, GEOKG.Nodes.quote).ifPresent(q -> block.appendElement("blockquote").text(q));
                Element src = block.appendElement("div").addClass("src");
                Optional<Node> article = sentences.one(ev, PROV.Nodes.wasQuotedFrom);
                if (article.isPresent()) {
                    Node a = article.get();
                    String name = literal(a, GEOKG.Nodes.publisher).orElseGet(() -> sentences.label(a));
                    link(src, a, name + literal(a, GEOKG.Nodes.published).map(d -> ", " + d).orElse(""));
                    literal(a, GEOKG.Nodes.url).ifPresent(u -> {
                        src.appendText(" · ");
                        external(src, u, "source");
                    });
                }
                literal(ev, GEOKG.Nodes.confidence).ifPresent(c -> src.appendText(" · confidence " + c));
            }
        }

        /** Every statement about the resource, for the properties the page does not say in words. */
        private void statements() {
            TreeMap<String, List<Node>> rows = new TreeMap<>();
            union.find(resource, Node.ANY, Node.ANY).forEachRemaining(t ->
                    rows.computeIfAbsent(sentences.label(t.getPredicate()), k -> new ArrayList<>()).add(t.getObject()));
            if (rows.isEmpty()) {
                return;
            }
            main.appendElement("h2").text("Statements");
            Element table = main.appendElement("table");
            rows.forEach((p, values) -> {
                Element tr = table.appendElement("tr");
                tr.appendElement("td").text(p);
                Element td = tr.appendElement("td");
                values.stream().distinct().sorted(Comparator.comparing(Node::toString)).forEach(v -> {
                    if (v.isURI()) {
                        link(td, v, name(v));
                    } else if (v.isLiteral()) {
                        td.appendText(v.getLiteralLexicalForm());
                    } else {
                        td.appendText(v.toString());
                    }
                    td.appendElement("br");
                });
            });
        }

        private void footer() {
            Element f = doc.body().appendElement("footer");
            f.appendText("This description as ");
            f.appendElement("a").attr("href", "?format=ttl").text("Turtle");
            f.appendText(" · ");
            f.appendElement("a").attr("href", "?format=jsonld").text("JSON-LD");
        }

        private void sentenceInto(Element into, FactSentences.Sentence sentence) {
            for (FactSentences.Part part : sentence.parts()) {
                if (part.actor().isPresent()) {
                    link(into, part.actor().get(), part.text());
                } else {
                    into.appendText(part.text());
                }
            }
        }

        /** A link to a resource: on this server for geokg IRIs, to the web for http(s) ones, plain text otherwise. */
        private void link(Element into, Node target, String text) {
            String iri = target.isURI() ? target.getURI() : "";
            if (iri.startsWith(Iris.BASE)) {
                into.appendElement("a").attr("href", "/id/" + iri.substring(Iris.BASE.length())).text(text);
            } else if (iri.startsWith(GEOKG.NS)) {
                into.appendElement("a").attr("href", "/ontology/geokg.ttl").attr("title", iri).text(text);
            } else {
                external(into, iri, text);
            }
        }

        private void external(Element into, String url, String text) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                into.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer").text(text);
            } else {
                into.appendText(text);
            }
        }

        /** What to call a linked resource: a fact's sentence, an article's title, else its label. */
        private String name(Node node) {
            return sentences.of(node).map(Object::toString)
                    .or(() -> literal(node, GEOKG.Nodes.title))
                    .orElseGet(() -> sentences.label(node));
        }

        private boolean has(Node p, Node o) {
            return union.contains(resource, p, o);
        }

        private Optional<String> literal(Node s, Node p) {
            return sentences.one(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        }
    }
}
