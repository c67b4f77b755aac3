package org.geokg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.geokg.ProjectFiles;

/**
 * Serves the vocabulary files at {@code /ontology/...}: the ontology, the SHACL shapes and the JSON-LD
 * context, so that clients of this server can read what the data means and how it is checked. Only these
 * three names are served ({@code /ontology} itself gives the ontology); nothing else on disk is reachable.
 */
final class OntologyFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** File name to media type. */
    static final Map<String, String> FILES = Map.of(
            "geokg.ttl", "text/turtle",
            "shapes.ttl", "text/turtle",
            "context.jsonld", "application/ld+json");

    private final transient ProjectFiles files;

    OntologyFiles(ProjectFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            // The namespace https://w3id.org/geokg/ontology# itself: the ontology.
            name = "geokg.ttl";
        }
        String type = FILES.get(name);
        if (type == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Served here: /ontology/geokg.ttl, "
                    + "/ontology/shapes.ttl, /ontology/context.jsonld");
            return;
        }
        byte[] body = files.read("ontology/" + name).getBytes(StandardCharsets.UTF_8);
        resp.setContentType(type + ";charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
