package org.geokg.serve;

import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.atlas.web.AuthScheme;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.store.KnowledgeStore;

/**
 * The knowledge graph on the web: an embedded Fuseki with its web UI over the store, as dataset
 * {@code /geokg}, plus geokg's IRIs made dereferenceable under {@code /id/} and the vocabulary under
 * {@code /ontology/}. Safe by default:
 * <ul>
 *   <li>it listens on 127.0.0.1 only unless another host is given;</li>
 *   <li>anyone may read ({@code /geokg/sparql}, {@code /geokg/query}, {@code /geokg/get}); writing
 *       ({@code /geokg/update}, {@code /geokg/data}, {@code /geokg/upload}) needs HTTP Basic login as a user
 *       of the password file who is one of the writers, and with no users the write endpoints do not exist;</li>
 *   <li>writes are checked and reconciled as {@code geokg load} does ({@link CheckedDataset});</li>
 *   <li>queries stop after a time limit; {@code SERVICE} and {@code LOAD} reach only allowed hosts
 *       ({@link FederationPolicy}); request bodies have a size limit; no endpoint creates or deletes datasets;
 *       CORS is granted to reads only, and writes from other sites' pages are refused ({@link SameOriginWrites}).</li>
 * </ul>
 *
 * <pre>
 *   try (SparqlServer server = SparqlServer.builder(store, files).port(0).build().start()) {
 *       URI sparql = server.url().resolve("geokg/sparql");
 *   }
 * </pre>
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's name: the server answers SPARQL at {@code /geokg/sparql}. */
    public static final String DATASET = "geokg";
    /** The HTTP Basic realm the write endpoints ask passwords for. */
    public static final String REALM = "geokg";
    /** The default port. */
    public static final int DEFAULT_PORT = 3030;
    /** The default query time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The default limit on request bodies: 16 MiB. */
    public static final long DEFAULT_MAX_BODY = 16L << 20;

    /** The read endpoints, the only paths that grant cross-origin access. */
    static final List<String> READ_PATHS = List.of("/" + DATASET + "/sparql", "/" + DATASET + "/query",
            "/" + DATASET + "/get", "/id/*", "/ontology/*");
    /** The write endpoints, which refuse requests from other sites' pages. */
    static final List<String> WRITE_PATHS = List.of("/" + DATASET + "/update", "/" + DATASET + "/data",
            "/" + DATASET + "/upload");

    private final FusekiServer fuseki;
    private final Settings settings;
    private boolean started;

    /**
     * What a server was built with.
     *
     * @param host         the address it listens on
     * @param https        whether it speaks HTTPS
     * @param users        the password file, when writes are on
     * @param writers      the users who may write; empty means every user of the password file
     * @param queryTimeout the time limit of a query or update
     * @param federation   the hosts SERVICE and LOAD may reach
     * @param maxBody      the largest request body accepted, in bytes
     */
    public record Settings(String host, boolean https, Optional<PasswordFile> users, Set<String> writers,
                           Duration queryTimeout, FederationPolicy federation, long maxBody) {

        public Settings {
            writers = Set.copyOf(writers);
        }

        /** True if the write endpoints exist. */
        public boolean writable() {
            return users.isPresent();
        }

        /** True if the server listens on a loopback address only. */
        public boolean loopbackOnly() {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        /** Who may write, in words. */
        public String writersDescription() {
            if (users.isEmpty()) {
                return "nobody";
            }
            Set<String> who = writers.isEmpty() ? users.get().users() : writers;
            return String.join(", ", new TreeSet<>(who))
                    + (writers.isEmpty() ? " (every user in " + users.get().path() + ")" : "");
        }
    }

    private SparqlServer(FusekiServer fuseki, Settings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** A builder for a server over a store; the project files supply the ontology files it serves. */
    public static Builder builder(KnowledgeStore store, ProjectFiles files) {
        return new Builder(store, files);
    }

    /**
     * Starts listening.
     *
     * @throws GeokgException if the port is taken or the host cannot be bound
     */
    public SparqlServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new GeokgException(ErrorCode.SERVER, settings.host() + ":" + fuseki.getPort(),
                    "cannot listen: " + cause.getMessage() + "; is another server running there? "
                            + "Choose another --port or --host", e);
        }
        started = true;
        return this;
    }

    /** The settings the server runs with. */
    public Settings settings() {
        return settings;
    }

    /** The port it listens on (the real one after {@link #start()} when built with port 0). */
    public int port() {
        return fuseki.getPort();
    }

    /** The server's base URL, such as {@code http://127.0.0.1:3030/}. */
    public URI url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return URI.create((settings.https() ? "https" : "http") + "://" + host + ":" + port() + "/");
    }

    /** The URL of the dataset, such as {@code http://127.0.0.1:3030/geokg}. */
    public URI datasetUrl() {
        return url().resolve(DATASET);
    }

    /**
     * The web UI's query page with a query filled in (the route {@code /#/dataset/geokg/query?query=...} of
     * the Fuseki UI); the analyst presses the run button.
     */
    public URI queryPage(String sparql) {
        String encoded = URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(url() + "#/dataset/" + DATASET + "/query?query=" + encoded);
    }

    /** Why this configuration deserves a warning, such as passwords sent in clear to a network; empty if none. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (settings.writable() && !settings.https() && !settings.loopbackOnly()) {
            out.add("the write endpoints take passwords over plain HTTP on " + settings.host()
                    + ", where others on the network can read them; put an HTTPS proxy in front "
                    + "(see docs/serve.md), use --https, or bind to 127.0.0.1");
        }
        return out;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the store stays open for its owner to close. */
    @Override
    public void close() {
        if (started) {
            started = false;
            fuseki.stop();
        }
    }

    /**
     * Configures a server; {@link #build()} checks the settings together and reports the first problem as a
     * {@link GeokgException} naming the option, as {@code geokg serve} shows it.
     */
    public static final class Builder {
        private final KnowledgeStore store;
        private final ProjectFiles files;
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private Optional<PasswordFile> users = Optional.empty();
        private Optional<Set<String>> writers = Optional.empty();
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private Set<String> federation = Set.of();
        private long maxBody = DEFAULT_MAX_BODY;
        private Optional<Path> https = Optional.empty();

        private Builder(KnowledgeStore store, ProjectFiles files) {
            this.store = Objects.requireNonNull(store, "store");
            this.files = Objects.requireNonNull(files, "files");
        }

        /** The address to listen on; 127.0.0.1 by default, 0.0.0.0 for every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host").strip();
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The users who may log in; without a password file (or with an empty one) the write endpoints are off. */
        public Builder users(PasswordFile users) {
            this.users = Optional.of(users);
            return this;
        }

        /** The users who may write; by default every user in the password file. */
        public Builder writers(Set<String> writers) {
            this.writers = Optional.of(Set.copyOf(writers));
            return this;
        }

        /** How long a query or update may run. */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The hosts SERVICE and LOAD may reach; none by default. */
        public Builder allowFederation(Set<String> hosts) {
            this.federation = Set.copyOf(hosts);
            return this;
        }

        /** The largest request body in bytes. */
        public Builder maxBody(long bytes) {
            this.maxBody = bytes;
            return this;
        }

        /**
         * Serve HTTPS instead of HTTP, with the keystore named in a JSON file
         * {@code {"keystore": "keystore.jks", "passwd": "..."}} (Fuseki's format; the keystore path is relative
         * to that file).
         */
        public Builder https(Path certificateFile) {
            this.https = Optional.of(certificateFile);
            return this;
        }

        /** Checks the settings and builds the server, not yet listening. */
        public SparqlServer build() {
            if (port < 0 || port > 65535) {
                throw bad("--port", "must be between 0 and 65535, not " + port);
            }
            if (host.isEmpty()) {
                throw bad("--host", "must name an address, such as 127.0.0.1 or 0.0.0.0");
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw bad("--timeout", "must be a positive number of seconds");
            }
            if (maxBody <= 0) {
                throw bad("--max-body", "must be a positive size, such as 16M");
            }
            FederationPolicy federationPolicy;
            try {
                federationPolicy = new FederationPolicy(federation);
            } catch (IllegalArgumentException e) {
                throw bad("--allow-federation", e.getMessage());
            }
            Optional<PasswordFile> login = users.filter(u -> !u.isEmpty());
            Set<String> writerNames = writers.orElse(Set.of());
            if (writers.isPresent()) {
                if (login.isEmpty()) {
                    throw bad("--writers", "names writers but no user can log in; give a password file with "
                            + "--passwd FILE (or GEOKG_PASSWD_FILE)");
                }
                if (writerNames.isEmpty()) {
                    throw bad("--writers", "is empty; leave it out to let every user in the password file write");
                }
                Set<String> unknown = new TreeSet<>(writerNames);
                unknown.removeAll(login.get().users());
                if (!unknown.isEmpty()) {
                    throw bad("--writers", "names " + String.join(", ", unknown) + ", not in the password file "
                            + login.get().path() + " (users there: " + String.join(", ", login.get().users()) + ")");
                }
            }
            if (https.isPresent() && !Files.isRegularFile(https.get())) {
                throw new GeokgException(ErrorCode.MISSING_FILE, https.get().toString(), "no such HTTPS settings file "
                        + "(a JSON object with \"keystore\" and \"passwd\")");
            }
            Settings settings = new Settings(host, https.isPresent(), login, writerNames, queryTimeout,
                    federationPolicy, maxBody);
            return new SparqlServer(fuseki(settings), settings);
        }

        private FusekiServer fuseki(Settings settings) {
            long timeoutMillis = settings.queryTimeout().toMillis();
            Context datasetContext = store.dataset().getContext().copy();
            settings.federation().applyTo(datasetContext);
            CheckedDataset dataset = new CheckedDataset(store, datasetContext);

            Context queryContext = new Context();
            queryContext.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            // The UI queries the first query endpoint it finds, so "sparql" comes first.
            DataService.Builder service = DataService.newBuilder(dataset)
                    .addEndpoint(endpoint(Operation.Query, "sparql", new UnionQuery(), queryContext, null))
                    .addEndpoint(endpoint(Operation.Query, "query", new UnionQuery(), queryContext, null))
                    .addEndpoint(endpoint(Operation.GSP_R, "get", null, null, null));
            if (settings.writable()) {
                AuthPolicy writePolicy = settings.writers().isEmpty() ? Auth.ANY_USER
                        : Auth.policyAllowSpecific(settings.writers());
                service.addEndpoint(endpoint(Operation.Update, "update",
                                new CheckedUpdate(settings.federation(), timeoutMillis), null, writePolicy))
                        .addEndpoint(endpoint(Operation.GSP_RW, "data", new CheckedGraphStore(), null, writePolicy))
                        .addEndpoint(endpoint(Operation.Upload, "upload", new CheckedUpload(), null, writePolicy));
            }

            URL webapp = SparqlServer.class.getClassLoader().getResource("webapp");
            if (webapp == null) {
                throw new GeokgException(ErrorCode.SERVER, "jena-fuseki-ui", "the Fuseki web UI is not on the "
                        + "classpath; rebuild geokg with 'mvn package'");
            }
            FusekiServer.Builder builder = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .add("/" + DATASET, service)
                    .staticFileBase(webapp.toExternalForm())
                    .addServlet("/$/server", new ActionServerStatus())
                    .enablePing(true)
                    .enableStats(true)
                    .addServlet("/id/*", new ResourcePages(store.dataset(), DATASET))
                    .addServlet("/ontology/*", new OntologyFiles(files));
            for (String path : READ_PATHS) {
                builder.addFilter(path, new ReadOnlyCors());
            }
            if (settings.writable()) {
                for (String path : WRITE_PATHS) {
                    builder.addFilter(path, new SameOriginWrites());
                }
            }
            if (settings.https()) {
                builder.https(port, https.orElseThrow().toString());
            } else {
                builder.port(port);
            }
            settings.users().ifPresent(u -> builder.passwordFile(u.path().toString())
                    .auth(AuthScheme.BASIC).realm(REALM));
            FusekiServer server = builder.build();

            Server jetty = server.getJettyServer();
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector sc) {
                    sc.setHost(settings.host());
                }
            }
            // Bodies over the limit are refused with 413 before any of them is parsed.
            Handler handler = jetty.getHandler();
            SizeLimitHandler limit = new SizeLimitHandler(settings.maxBody(), -1);
            limit.setHandler(handler);
            jetty.setHandler(limit);
            return server;
        }

        private static Endpoint endpoint(Operation op, String name, ActionService processor, Context context,
                                         AuthPolicy policy) {
            Endpoint.Builder b = Endpoint.create().operation(op).endpointName(name);
            if (processor != null) {
                b.processor(processor);
            }
            if (context != null) {
                b.context(context);
            }
            if (policy != null) {
                b.authPolicy(policy);
            }
            return b.build();
        }

        private static GeokgException bad(String option, String reason) {
            return new GeokgException(ErrorCode.BAD_ARGUMENT, option, reason);
        }
    }
}
