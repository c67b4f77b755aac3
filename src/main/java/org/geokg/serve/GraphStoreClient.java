package org.geokg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.geokg.ErrorCode;
import org.geokg.rdf.Iris;
import org.geokg.GeokgException;

/**
 * Sends graphs to a running {@code geokg serve} over the SPARQL graph store protocol, so that analysts
 * can load while the server (and its lock on the store) stays up: one {@code PUT /geokg/data?graph=<iri>}
 * per graph, which replaces that graph as a local load does. The server checks and reconciles each PUT
 * like a load; its refusals come back as one-line errors.
 *
 * <pre>
 *   GraphStoreClient client = new GraphStoreClient(URI.create("http://127.0.0.1:3030/"),
 *           Credentials.of("alice", Optional.empty(), System.getenv()), Duration.ofSeconds(60));
 *   client.put(graphName, graph);
 * </pre>
 */
public final class GraphStoreClient {

    /** The environment variable that may hold the password. */
    public static final String PASSWORD_ENV = "GEOKG_PASSWORD";

    /** A user and password for HTTP Basic login; the password never appears in {@link #toString()}. */
    public record Credentials(String user, String password) {

        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        /**
         * The credentials for a user: the password is the first line of the password file when one is
         * given, else the value of {@value #PASSWORD_ENV} in the environment.
         *
         * @throws GeokgException if there is no password, or the file cannot be read
         */
        public static Credentials of(String user, Optional<Path> passwordFile, Map<String, String> env) {
            if (user == null || user.isBlank() || user.contains(":")) {
                throw new GeokgException(ErrorCode.BAD_ARGUMENT, "--user", "give the user name to log in as, "
                        + "without ':'");
            }
            if (passwordFile.isPresent()) {
                Path file = passwordFile.get();
                try {
                    String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    if (first.isEmpty()) {
                        throw new GeokgException(ErrorCode.BAD_ARGUMENT, file.toString(),
                                "the password file is empty; its first line must be the password");
                    }
                    return new Credentials(user, first);
                } catch (IOException e) {
                    throw new GeokgException(ErrorCode.MISSING_FILE, file.toString(), "cannot read the password "
                            + "file: " + e.getMessage(), e);
                }
            }
            String fromEnv = env.get(PASSWORD_ENV);
            if (fromEnv == null || fromEnv.isEmpty()) {
                throw new GeokgException(ErrorCode.BAD_ARGUMENT, "--user " + user, "no password: put it in a file "
                        + "named with --password-file FILE, or in the environment variable " + PASSWORD_ENV);
            }
            return new Credentials(user, fromEnv);
        }

        String basicHeader() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    /** What the server did with one graph. */
    public enum Outcome { CREATED, REPLACED }

    private final URI server;
    private final Credentials credentials;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param server      the server's base URL, such as {@code http://127.0.0.1:3030/}; a URL ending in the
     *                    dataset, {@code .../geokg}, is accepted too
     * @param credentials who to log in as
     * @param timeout     how long to wait for each answer
     */
    public GraphStoreClient(URI server, Credentials credentials, Duration timeout) {
        this.server = base(Objects.requireNonNull(server, "server"));
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The server's base URL, from what the user typed. */
    static URI base(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new GeokgException(ErrorCode.BAD_ARGUMENT, "--server " + url, "give the server's http(s) URL, "
                    + "such as http://127.0.0.1:3030/");
        }
        String path = url.getPath() == null ? "" : url.getPath();
        path = path.replaceFirst("/+$", "");
        if (path.endsWith("/" + SparqlServer.DATASET)) {
            path = path.substring(0, path.length() - SparqlServer.DATASET.length() - 1);
        }
        return URI.create(scheme + "://" + url.getRawAuthority() + path + "/");
    }

    /** The graph store endpoint this client writes to. */
    public URI endpoint() {
        return server.resolve(SparqlServer.DATASET + "/data");
    }

    /** True if the password travels unencrypted to another machine. */
    public boolean sendsPasswordInClear() {
        String host = server.getHost();
        return server.getScheme().equals("http") && !(host.equals("127.0.0.1") || host.equals("localhost")
                || host.equals("[::1]") || host.equals("::1"));
    }

    /**
     * Replaces one graph on the server; a shared graph ({@link Iris#isShared}, the actors) is added to instead.
     *
     * @throws GeokgException with {@link ErrorCode#SERVER} saying what the server answered and what to do
     */
    public Outcome put(Node graphName, Graph graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.NTRIPLES).output(body);
        URI target = URI.create(endpoint() + "?graph=" + URLEncoder.encode(graphName.getURI(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/n-triples")
                .header("Authorization", credentials.basicHeader())
                .method(Iris.isShared(graphName) ? "POST" : "PUT", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new GeokgException(ErrorCode.SERVER, server.toString(), "cannot connect; is geokg serve running "
                    + "there?", e);
        } catch (HttpTimeoutException e) {
            throw new GeokgException(ErrorCode.SERVER, server.toString(), "no answer within " + timeout.toSeconds()
                    + " s while sending graph <" + graphName.getURI() + ">", e);
        } catch (IOException e) {
            throw new GeokgException(ErrorCode.SERVER, server.toString(), "the connection failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeokgException(ErrorCode.SERVER, server.toString(), "interrupted", e);
        }
        int status = response.statusCode();
        String where = "<" + graphName.getURI() + ">";
        return switch (status) {
            case 201 -> Outcome.CREATED;
            case 200, 204 -> Outcome.REPLACED;
            case 401 -> throw new GeokgException(ErrorCode.SERVER, server.toString(), "login as " + credentials.user()
                    + " failed; check --user and the password (--password-file or " + PASSWORD_ENV + ")");
            case 403 -> throw new GeokgException(ErrorCode.SERVER, server.toString(), "user " + credentials.user()
                    + " may not write on this server; ask for a place in its --writers");
            case 404, 405 -> throw new GeokgException(ErrorCode.SERVER, endpoint().toString(), "no writable graph "
                    + "store here; the server writes only when started with a password file (--passwd)");
            case 413 -> throw new GeokgException(ErrorCode.SERVER, where, "the graph (" + body.size()
                    + " bytes) is larger than the server's --max-body");
            default -> throw new GeokgException(ErrorCode.SERVER, where, "the server refused it (HTTP " + status
                    + "): " + message(response.body()));
        };
    }

    /** The server's error message without Fuseki's "Error NNN:" prefix, on one line. */
    static String message(String body) {
        String text = body == null ? "" : body.strip().replaceFirst("^Error \\d+: ?", "");
        text = text.replaceAll("\\s*\\R\\s*", " ");
        return text.isEmpty() ? "no reason given" : text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
