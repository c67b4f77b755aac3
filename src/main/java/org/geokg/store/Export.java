package org.geokg.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.rdf.Prefixes;

/**
 * Writes the whole store with its named graphs: TriG and N-Quads stream graph by graph; JSON-LD is
 * compacted with the context published as {@code ontology/context.jsonld}, so it reads as plain JSON
 * ({@code "accuser": "id:state/ALB"}) and names that context by its IRI.
 */
public final class Export {

    /** The formats geokg exports. */
    public enum Format { trig, nq, jsonld }

    /** Where the JSON-LD context is published. */
    public static final String CONTEXT_IRI = "https://w3id.org/geokg/ontology/context.jsonld";

    private final ProjectFiles files;

    public Export(ProjectFiles files) {
        this.files = files;
    }

    /** Writes the dataset's named graphs to a stream. */
    public void write(DatasetGraph dsg, Format format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case trig -> stream(dsg, RDFFormat.TRIG_BLOCKS, out);
                case nq -> stream(dsg, RDFFormat.NQUADS, out);
                case jsonld -> jsonld(dsg, out);
            }
        });
    }

    private static void stream(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        writer.start();
        Prefixes.emit(writer);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(writer::quad);
        writer.finish();
    }

    private void jsonld(DatasetGraph dsg, OutputStream out) {
        try {
            QuadsToJsonld consumer = JsonLd.fromRdf();
            consumer.mode(JsonLdVersion.V1_1);
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                try {
                    Node o = q.getObject();
                    String g = q.getGraph().isURI() ? q.getGraph().getURI() : null;
                    if (o.isLiteral()) {
                        String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                        consumer.quad(term(q.getSubject()), term(q.getPredicate()), o.getLiteralLexicalForm(),
                                o.getLiteralDatatypeURI(), lang, null, g);
                    } else {
                        consumer.quad(term(q.getSubject()), term(q.getPredicate()), term(o), null, null, null, g);
                    }
                } catch (RdfConsumerException e) {
                    throw new GeokgException(ErrorCode.STORE, "", "cannot write JSON-LD: " + e.getMessage(), e);
                }
            });
            JsonArray expanded = consumer.toJsonLd();
            JsonObject context;
            try (InputStream in = files.open("ontology/context.jsonld")) {
                context = Json.createReader(in).readObject();
            }
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            JsonObjectBuilder result = Json.createObjectBuilder().add("@context", CONTEXT_IRI);
            compacted.forEach((k, v) -> {
                if (!"@context".equals(k)) {
                    result.add(k, v);
                }
            });
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new java.io.FilterOutputStream(out) {
                        @Override
                        public void close() throws java.io.IOException {
                            flush();
                        }
                    })) {
                writer.writeObject(result.build());
            }
        } catch (JsonLdError | java.io.IOException e) {
            throw new GeokgException(ErrorCode.STORE, "", "cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
