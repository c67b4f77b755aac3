package org.geokg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.article.TextFile;
import org.geokg.facts.FactType;
import org.geokg.facts.FactsJson;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;

/**
 * Reads gold files in the annotation guidelines' format
 * ({@code {id, url, source, published, title, text, entities, facts}}), one per {@code .json} file.
 * Problems are reported with the file and a JSON pointer.
 */
public final class GoldReader {

    private final ArticleReader articles = ArticleReader.standard();

    /** Reads one gold file, or every {@code .json} file directly in a directory, sorted by name. */
    public List<GoldArticle> read(Path path) {
        if (!Files.exists(path)) {
            throw new GeokgException(ErrorCode.MISSING_FILE, path.toString(), "no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(readFile(path));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(path)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, path.toString(), "cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new GeokgException(ErrorCode.MISSING_FILE, path.toString(), "has no .json gold files");
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Path f : files) {
            out.add(readFile(f));
        }
        return out;
    }

    /** Reads one gold file. */
    public GoldArticle readFile(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = FactsJson.mapper().readTree(TextFile.read(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? name
                    : name + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new GeokgException(ErrorCode.JSON_SYNTAX, where, e.getOriginalMessage(), e);
        }
        return parse(root, name);
    }

    /** Builds a gold article from a parsed gold file. */
    public GoldArticle parse(JsonNode root, String name) {
        if (!root.isObject()) {
            throw problem(name, "/", "a gold file is a JSON object");
        }
        Article article = articles.fromJson(root, name, Path.of(name).getFileName().toString());
        List<GoldEntity> entities = new ArrayList<>();
        JsonNode es = array(root, "entities", name);
        for (int i = 0; i < es.size(); i++) {
            JsonNode e = es.get(i);
            String at = "/entities/" + i;
            List<String> names = new ArrayList<>();
            JsonNode ns = e.get("names");
            if (ns != null && ns.isArray()) {
                ns.forEach(n -> names.add(n.asText()));
            }
            entities.add(new GoldEntity(text(e, "key", name, at), text(e, "type", name, at), names));
        }
        List<GoldFact> facts = new ArrayList<>();
        JsonNode fs = array(root, "facts", name);
        for (int i = 0; i < fs.size(); i++) {
            facts.add(fact(fs.get(i), name, "/facts/" + i));
        }
        return new GoldArticle(article, entities, facts);
    }

    private static GoldFact fact(JsonNode f, String name, String at) {
        String typeName = text(f, "type", name, at);
        FactType type = FactType.named(typeName)
                .orElseThrow(() -> problem(name, at + "/type", "unknown fact type \"" + typeName + "\""));
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (Role r : type.roles()) {
            roles.put(r, text(f, r.jsonName(), name, at));
        }
        Optional<String> about = Optional.empty();
        if (type == FactType.Accusation) {
            about = Optional.of(text(f, "about", name, at));
        }
        Optional<String> date = Optional.empty();
        if (f.hasNonNull("date")) {
            String d = f.get("date").asText();
            if (PartialDate.parse(d).isEmpty()) {
                throw problem(name, at + "/date", "\"" + d + "\" is not YYYY-MM-DD, YYYY-MM or YYYY");
            }
            date = Optional.of(d);
        }
        return new GoldFact(type, roles, about, date);
    }

    private static JsonNode array(JsonNode root, String field, String name) {
        JsonNode n = root.get(field);
        if (n == null || !n.isArray()) {
            throw problem(name, "/" + field, "a gold file needs an array \"" + field + "\"");
        }
        return n;
    }

    private static String text(JsonNode n, String field, String name, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw problem(name, at + "/" + field, "needs a non-empty string \"" + field + "\"");
        }
        return v.asText();
    }

    private static GeokgException problem(String name, String pointer, String reason) {
        return new GeokgException(ErrorCode.FACTS_FORMAT, name + " at " + pointer, reason);
    }
}
