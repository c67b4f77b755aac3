package org.geokg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.article.ArticleReader;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactsToRdf;
import org.geokg.rdf.Iris;
import org.geokg.store.KnowledgeStore;
import org.geokg.store.Sources;
import org.geokg.store.Validator;

/** Test fixtures: the project files, an in-memory store holding the demo article, and HTTP helpers. */
final class DemoStore {

    /** The ontology graph as stores keep it. */
    static final String ONTOLOGY_GRAPH = Iris.BASE + "graph/ontology";
    /** The demo article's graph. */
    static final String DEMO_GRAPH = Iris.BASE + "article/albania-iran-2022";

    private DemoStore() {
    }

    /** The project's files from the checkout (the working directory of Maven's test runs). */
    static ProjectFiles files() {
        return ProjectFiles.directory(Path.of("").toAbsolutePath());
    }

    static Sources sources(ProjectFiles files) {
        return new Sources(FactsJson.of(files), new FactsToRdf(FactIdentity.standard()), ArticleReader.standard(),
                a -> {
                    throw new GeokgException(ErrorCode.BAD_ARGUMENT, a.id(), "no extraction in tests");
                });
    }

    /** A store in memory with the ontology graph and the demo facts, as an empty store gets them from serve. */
    static KnowledgeStore open() {
        ProjectFiles files = files();
        Validator validator = Validator.of(files);
        KnowledgeStore store = KnowledgeStore.inMemory(validator, FactIdentity.standard(), List.of(
                new KnowledgeStore.Reference(NodeFactory.createURI(ONTOLOGY_GRAPH), "test", validator::ontology)));
        store.prepare();
        store.load(sources(files).prepare(Path.of("data/facts/albania-iran-2022.json")));
        return store;
    }

    /** A password file with a writer, alice, and a reader, bob (whose password is stored as an MD5 hash). */
    static PasswordFile passwords(Path dir) {
        try {
            Path file = dir.resolve("passwd");
            Files.writeString(file, "alice: alice-secret\nbob: MD5:" + md5("bob-secret") + "\n");
            return PasswordFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String md5(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request and returns the response with its body as text. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with an Accept header. */
    static HttpResponse<String> get(HttpClient http, URI uri, String accept) {
        return send(http, HttpRequest.newBuilder(uri).header("Accept", accept).GET().build());
    }
}
