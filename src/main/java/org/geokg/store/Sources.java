package org.geokg.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactsToRdf;
import org.geokg.rdf.Iris;

/**
 * Turns the files a user names (facts JSON, articles to extract, RDF in any common syntax, and directories
 * of these) into graphs ready to load. Nothing touches the store here, so a bad file is found before any
 * write. The format comes from the file's extension:
 * <ul>
 *   <li>{@code .json}: a facts document if it has {@code facts}, else an article object;</li>
 *   <li>{@code .jsonl}: one facts document or article per line;</li>
 *   <li>{@code .txt}, {@code .html}, {@code .htm}: an article, extracted;</li>
 *   <li>{@code .ttl}, {@code .nt}, {@code .nq}, {@code .trig}, {@code .jsonld}, {@code .rdf}, {@code .owl}: RDF.
 *       Triples outside a named graph go to a graph named after the file.</li>
 * </ul>
 */
public final class Sources {

    /** One file (or one line of a JSON Lines file) made ready to load: its graphs and, when facts, its documents. */
    public record Prepared(String source, DatasetGraph graphs, List<FactsDocument> documents) {
        /** The rdf:type triples this input gives a node, in any of its graphs (its actors are typed in the actors graph). */
        public List<org.apache.jena.graph.Triple> typesOf(Node node) {
            List<org.apache.jena.graph.Triple> types = new ArrayList<>();
            graphs.find(Node.ANY, node, org.apache.jena.vocabulary.RDF.Nodes.type, Node.ANY).forEachRemaining(q ->
                    types.add(org.apache.jena.graph.Triple.create(node, q.getPredicate(), q.getObject())));
            return types;
        }

        /** The named graphs this input writes, shared graphs (the actors) first. */
        public List<Node> graphNames() {
            List<Node> names = new ArrayList<>();
            graphs.listGraphNodes().forEachRemaining(names::add);
            names.sort(java.util.Comparator.comparing((Node g) -> !Iris.isShared(g)));
            return names;
        }
    }

    private final FactsJson factsJson;
    private final FactsToRdf mapping;
    private final Function<Article, FactsDocument> extractor;
    private final ArticleReader articles;

    /**
     * @param factsJson the facts reader
     * @param mapping   the facts-to-RDF mapping
     * @param articles  how article files are read
     * @param extractor how an article becomes facts
     */
    public Sources(FactsJson factsJson, FactsToRdf mapping, ArticleReader articles,
                   Function<Article, FactsDocument> extractor) {
        this.factsJson = Objects.requireNonNull(factsJson, "factsJson");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** The files a path stands for: itself, or the loadable files under a directory in name order. */
    public static List<Path> expand(Path path) {
        if (!Files.exists(path)) {
            throw new GeokgException(ErrorCode.MISSING_FILE, path.toString(), "no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().endsWith(ArticleReader.SIDECAR_SUFFIX))
                    .filter(p -> kind(p).isPresent())
                    .sorted().toList();
        } catch (IOException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, path.toString(), "cannot list: " + e.getMessage(), e);
        }
    }

    /** The kinds of file geokg reads. */
    public enum Kind { JSON, JSONL, ARTICLE, RDF }

    /** The kind of a file, from its extension. */
    public static Optional<Kind> kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return Optional.of(Kind.JSONL);
        }
        if (name.endsWith(".jsonld")) {
            return Optional.of(Kind.RDF);
        }
        if (name.endsWith(".json")) {
            return Optional.of(Kind.JSON);
        }
        if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(Kind.ARTICLE);
        }
        if (rdfLang(file).isPresent()) {
            return Optional.of(Kind.RDF);
        }
        return Optional.empty();
    }

    private static Optional<Lang> rdfLang(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : List.of(".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf", ".owl")) {
            if (name.endsWith(ext)) {
                return Optional.ofNullable(RDFLanguages.filenameToLang(name));
            }
        }
        return Optional.empty();
    }

    /** Reads one file into one or more prepared inputs. */
    public List<Prepared> prepare(Path file) {
        List<Prepared> out = new ArrayList<>();
        prepare(file, out::add);
        return out;
    }

    /**
     * Reads one file, handing on each prepared input as soon as it is ready, so that a large JSON Lines file
     * need not be held in memory whole (the bulk load streams this way).
     */
    public void prepare(Path file, java.util.function.Consumer<Prepared> each) {
        Kind kind = kind(file).orElseThrow(() -> new GeokgException(ErrorCode.UNKNOWN_FORMAT, file.toString(),
                "unknown file extension; geokg reads .json (facts or article), .jsonl, .txt, .html, "
                        + ".ttl, .nt, .nq, .trig, .jsonld, .rdf"));
        switch (kind) {
            case RDF -> each.accept(rdf(file));
            case JSON -> each.accept(json(file));
            case JSONL -> jsonLines(file, each);
            case ARTICLE -> each.accept(facts(extractor.apply(articles.read(file)), file.toString()));
        }
    }

    /** Prepares a facts document that is already in memory. */
    public Prepared facts(FactsDocument doc, String source) {
        // A plain in-memory dataset: a prepared input is read by one thread and needs no transactions.
        DatasetGraph dsg = DatasetGraphFactory.create();
        mapping.emitQuads(doc, StreamRDFLib.dataset(dsg));
        return new Prepared(source, dsg, List.of(doc));
    }

    private Prepared json(Path file) {
        String name = file.toString();
        String text = org.geokg.article.TextFile.read(file, articles.maxBytes());
        JsonNode tree = factsJson.tree(text, name);
        if (tree.isObject() && tree.has("facts")) {
            return facts(factsJson.fromTree(tree, name), name);
        }
        Article article = articles.fromJson(tree, name, file.getFileName().toString());
        return facts(extractor.apply(article), name);
    }

    private void jsonLines(Path file, java.util.function.Consumer<Prepared> out) {
        lines(file, task -> out.accept(task.get()));
    }

    /**
     * Reads a JSON Lines file and hands on, for each line in order, the work that prepares it, so that a caller
     * may prepare lines on several threads (this object is safe to share between threads).
     */
    public void lines(Path file, java.util.function.Consumer<java.util.function.Supplier<Prepared>> each) {
        String name = file.toString();
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        org.geokg.article.JsonLines.forEach(file, articles.maxBytes(), (lineNo, line) -> each.accept(() -> {
            String where = name + ":" + lineNo;
            JsonNode tree = factsJson.tree(line, where);
            if (tree.isObject() && tree.has("facts")) {
                return facts(factsJson.fromTree(tree, where), where);
            }
            Article article = articles.fromJson(tree, where, stem + "-" + lineNo);
            return facts(extractor.apply(article), where);
        }));
    }

    private static Prepared rdf(Path file) {
        Lang lang = rdfLang(file).orElseThrow();
        String name = file.toString();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node fileGraph = Iris.fileGraph(file.getFileName().toString());
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                super.quad(Quad.create(fileGraph, triple));
            }

            @Override
            public void quad(Quad quad) {
                super.quad(quad.isDefaultGraph() ? Quad.create(fileGraph, quad.asTriple()) : quad);
            }
        };
        try {
            if (Files.size(file) == 0) {
                throw new GeokgException(ErrorCode.NOT_TEXT, name, "is empty");
            }
            try (InputStream in = Files.newInputStream(file)) {
                RDFParser.source(in).lang(lang).base(file.toUri().toString())
                        .errorHandler(strictErrors(name)).parse(sink);
            }
        } catch (RiotParseException e) {
            throw new GeokgException(ErrorCode.RDF_SYNTAX, name + ":" + e.getLine() + ":" + e.getCol(),
                    e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new GeokgException(ErrorCode.RDF_SYNTAX, name, firstLine(e.getMessage()), e);
        } catch (java.util.IllegalFormatException e) {
            // Jena 5.6's Turtle tokenizer fails this way when a file ends inside a datatype or prefixed name.
            throw new GeokgException(ErrorCode.RDF_SYNTAX, name, "the file ends in the middle of a term", e);
        } catch (IOException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, name, "cannot read: " + e.getMessage(), e);
        }
        return new Prepared(name, dsg, List.of());
    }

    /** Fails on the first error or warning-level problem that would change the data (bad IRIs, bad literals). */
    private static ErrorHandler strictErrors(String name) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // Warnings (such as an unusual but legal IRI) do not stop a load.
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RiotParseException(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RiotParseException(message, line, col);
            }
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid RDF";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
