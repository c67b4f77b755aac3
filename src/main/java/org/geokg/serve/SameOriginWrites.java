package org.geokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses writes that a web page on another site makes the analyst's browser send. Browsers keep the
 * Basic credentials of a login and attach them to every request to the server, so without this check any
 * page the analyst visits could post a SPARQL Update form to {@code /geokg/update} (cross-site request
 * forgery). Browsers label such requests with {@code Origin} and {@code Sec-Fetch-Site}; a write whose
 * origin is not the server's own is answered 403. Tools such as {@code geokg load --server} and curl send
 * neither header and are not affected, nor is the Fuseki UI, which runs on the server's own origin.
 *
 * <p>It also reads the body of any refused write, so that the connection stays usable for the client.
 */
final class SameOriginWrites implements Filter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!SAFE_METHODS.contains(req.getMethod().toUpperCase(Locale.ROOT)) && crossSite(req)) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Writes from web pages of other sites are refused (the Origin is not this server)");
            return;
        }
        chain.doFilter(request, response);
        if (((HttpServletResponse) response).getStatus() >= 400) {
            // A refused write (403 for a user who is not a writer) leaves its body unread; reading it keeps the
            // connection usable, where otherwise the server would drop it under a client about to reuse it.
            try {
                request.getInputStream().skip(Long.MAX_VALUE);
            } catch (IOException | IllegalStateException e) {
                // Already read as a reader, or the client went away: nothing to keep.
            }
        }
    }

    /** True if a browser says the request comes from a page that is not on this server. */
    static boolean crossSite(HttpServletRequest req) {
        String fetchSite = req.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        // Behind a proxy the Host header names the public host, as the Origin does; the scheme may differ.
        String host = req.getHeader("X-Forwarded-Host") != null ? req.getHeader("X-Forwarded-Host")
                : req.getHeader("Host");
        try {
            URI o = URI.create(origin.strip());
            return host == null || o.getRawAuthority() == null
                    || !o.getRawAuthority().equalsIgnoreCase(host.split(",")[0].strip());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
