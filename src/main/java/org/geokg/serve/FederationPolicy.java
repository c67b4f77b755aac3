package org.geokg.serve;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Which hosts the server may fetch from on a client's behalf: SPARQL {@code SERVICE} calls, update
 * {@code LOAD}s and the remote {@code @context} documents of JSON-LD data. By default none, so a query cannot make the server reach into the network it sits in
 * (server-side request forgery) or read its files. Hosts named with {@code --allow-federation} are
 * allowed over http and https; nothing else ever is.
 *
 * @param hosts allowed host names or addresses, lower case
 */
public record FederationPolicy(Set<String> hosts) {

    public FederationPolicy {
        TreeSet<String> normal = new TreeSet<>();
        for (String h : hosts) {
            String host = h.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty() || host.contains("/") || host.contains(":") && !host.startsWith("[")) {
                throw new IllegalArgumentException("not a host name: " + h + " (give a name such as "
                        + "query.wikidata.org, without scheme, port or path)");
            }
            normal.add(host);
        }
        hosts = Set.copyOf(normal);
    }

    /** The policy that allows no host. */
    public static FederationPolicy none() {
        return new FederationPolicy(Set.of());
    }

    /** Why the server may not fetch from this IRI, or empty if it may. */
    public Optional<String> refusal(String iri) {
        URI uri;
        try {
            uri = new URI(iri);
        } catch (URISyntaxException e) {
            return Optional.of("<" + iri + "> is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("<" + iri + "> is not an http or https URL; this server fetches nothing else");
        }
        if (!hosts.contains(host)) {
            return Optional.of("host " + (host.isEmpty() ? "(none)" : host) + " is not allowed; "
                    + (hosts.isEmpty() ? "this server fetches from no host (start it with --allow-federation HOST)"
                    : "allowed hosts: " + String.join(", ", new TreeSet<>(hosts))));
        }
        return Optional.empty();
    }

    /** The first {@code LOAD} of an update request that this policy refuses, with the reason. */
    public Optional<String> refusedLoad(UpdateRequest request) {
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateLoad load) {
                Optional<String> why = refusal(load.getSource());
                if (why.isPresent()) {
                    return Optional.of("LOAD <" + load.getSource() + "> refused: " + why.get());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Makes query and update execution in this context check every {@code SERVICE} call against the policy:
     * a service registry of its own (the standard one, copied, with a check in front) and
     * {@link ARQ#httpServiceAllowed} off when no host is allowed. The global ARQ settings are not touched.
     */
    public void applyTo(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(check());
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, !hosts.isEmpty());
    }

    /**
     * JSON-LD parser options whose document loader fetches remote {@code @context} documents only from allowed
     * hosts, so that uploading JSON-LD cannot make the server fetch other URLs. Jena's JSON-LD reader takes
     * them from the parser's context under {@code LangJSONLD11.JSONLD_OPTIONS}.
     */
    public JsonLdOptions jsonLdOptions() {
        DocumentLoader web = SchemeRouter.defaultInstance();
        return new JsonLdOptions((url, options) -> {
            Optional<String> why = refusal(url.toString());
            if (why.isPresent()) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "JSON-LD context <" + url + "> refused: " + why.get());
            }
            return web.loadDocument(url, options);
        });
    }

    private ChainingServiceExecutor check() {
        return (opExecute, opOriginal, binding, execCxt, chain) -> {
            String iri = opExecute.getService().isURI() ? opExecute.getService().getURI()
                    : opExecute.getService().toString();
            Optional<String> why = refusal(iri);
            if (why.isPresent()) {
                throw new QueryDeniedException("SERVICE <" + iri + "> refused: " + why.get());
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        };
    }
}
