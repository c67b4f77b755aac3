package org.geokg.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.article.Article;
import org.geokg.article.JsonInput;
import org.geokg.article.TextFile;

/**
 * Reads and writes facts documents, the JSON form of {@link FactsDocument} published as
 * {@code ontology/facts.schema.json}. Reading checks the JSON syntax (reporting line and column), the
 * schema (reporting a JSON pointer), and the rules a schema cannot say: roles name declared entities,
 * references name facts of the right type, offsets fall inside the text and quote it exactly.
 *
 * <pre>
 *   FactsJson json = FactsJson.standard();
 *   FactsDocument doc = json.read(Path.of("data/facts/albania-iran-2022.json"));
 *   json.write(doc, writer);
 * </pre>
 */
public final class FactsJson {

    private static final String SCHEMA_FILE = "ontology/facts.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    private FactsJson(JsonSchema schema) {
        this.mapper = mapper();
        this.schema = schema;
    }

    /** A reader and writer using the schema from the project files. */
    public static FactsJson standard() {
        return of(ProjectFiles.standard());
    }

    /** A reader and writer using the schema from the given project files. */
    public static FactsJson of(ProjectFiles files) {
        try (InputStream in = files.open(SCHEMA_FILE)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build();
            return new FactsJson(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Jackson mapper geokg reads and writes JSON with. */
    public static ObjectMapper mapper() {
        return JsonInput.mapper();
    }

    /** Reads a facts document from a file. */
    public FactsDocument read(Path file) {
        return parse(TextFile.read(file), file.toString());
    }

    /**
     * Reads a facts document from text.
     *
     * @param name the file name to put in error messages
     * @throws GeokgException naming the file and the line and column or JSON pointer of the first problem
     */
    public FactsDocument parse(String json, String name) {
        return fromTree(tree(json, name), name);
    }

    /** Parses JSON text into a tree, reporting syntax errors with file, line and column. */
    public JsonNode tree(String json, String name) {
        return JsonInput.parse(json, name);
    }

    /** Checks a parsed tree against the schema and the document rules, and builds the document. */
    public FactsDocument fromTree(JsonNode root, String name) {
        Set<ValidationMessage> errors = schema.validate(root);
        if (!errors.isEmpty()) {
            ValidationMessage first = errors.stream()
                    .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                            .thenComparing(ValidationMessage::getMessage))
                    .orElseThrow();
            String pointer = pointer(first.getInstanceLocation().toString());
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
            throw problem(name, pointer, schemaReason(first) + more);
        }
        return new DocumentReader(root, name).read();
    }

    /** Writes a document as indented JSON with its keys in a fixed order. */
    public void write(FactsDocument doc, Writer out) {
        try {
            mapper.writeValue(out, toTree(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a document as one line of JSON, for JSON Lines output. */
    public String writeLine(FactsDocument doc) {
        try {
            return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON tree of a document. */
    public ObjectNode toTree(FactsDocument doc) {
        ObjectNode root = mapper.createObjectNode();
        Article a = doc.article();
        ObjectNode article = root.putObject("article");
        article.put("id", a.id());
        a.url().ifPresent(v -> article.put("url", v));
        a.source().ifPresent(v -> article.put("source", v));
        a.published().ifPresent(v -> article.put("published", v.toString()));
        a.title().ifPresent(v -> article.put("title", v));
        if (!a.text().isEmpty()) {
            article.put("text", a.text());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : doc.entities()) {
            ObjectNode n = entities.addObject();
            n.put("key", e.key());
            n.put("type", e.type().name());
            n.put("name", e.name());
            if (!e.aliases().isEmpty()) {
                ArrayNode aliases = n.putArray("aliases");
                e.aliases().forEach(aliases::add);
            }
            e.ids().wikidata().ifPresent(v -> n.put("wikidata", v));
            e.ids().geonames().ifPresent(v -> n.put("geonames", v));
            e.ids().dbpedia().ifPresent(v -> n.put("dbpedia", v));
            e.ids().iso2().ifPresent(v -> n.put("iso2", v));
            e.ids().iso3().ifPresent(v -> n.put("iso3", v));
            if (!e.mentions().isEmpty()) {
                ArrayNode mentions = n.putArray("mentions");
                e.mentions().forEach(m -> span(mentions.addObject(), m));
            }
        }
        ArrayNode facts = root.putArray("facts");
        for (Fact f : doc.facts()) {
            ObjectNode n = facts.addObject();
            n.put("id", f.id());
            n.put("type", f.type().name());
            f.type().roles().forEach(r -> n.put(r.jsonName(), f.role(r)));
            f.about().ifPresent(v -> n.put("about", v.name()));
            f.act().ifPresent(v -> n.put("act", v));
            f.answers().ifPresent(v -> n.put("answers", v));
            f.date().ifPresent(v -> n.put("date", v.toString()));
            f.since().ifPresent(v -> n.put("since", v.toString()));
            n.put("confidence", f.confidence());
            span(n.putObject("evidence"), f.evidence());
            f.rule().ifPresent(v -> n.put("rule", v));
        }
        return root;
    }

    private static void span(ObjectNode n, Span s) {
        n.put("text", s.text());
        n.put("start", s.start());
        n.put("end", s.end());
    }

    private static GeokgException problem(String name, String pointer, String reason) {
        return new GeokgException(ErrorCode.FACTS_FORMAT, name + " at " + (pointer.isEmpty() ? "/" : pointer), reason);
    }

    private static String pointer(String location) {
        return location.startsWith("$") ? location.substring(1) : location;
    }

    private static String schemaReason(ValidationMessage m) {
        String message = m.getMessage();
        int colon = message.indexOf(": ");
        String reason = colon >= 0 && message.startsWith(m.getInstanceLocation().toString())
                ? message.substring(colon + 2) : message;
        return reason + " (see ontology/facts.schema.json)";
    }

    /** Turns a schema-valid tree into records, checking the rules the schema cannot express. */
    private static final class DocumentReader {
        private final JsonNode root;
        private final String name;

        DocumentReader(JsonNode root, String name) {
            this.root = root;
            this.name = name;
        }

        FactsDocument read() {
            Article article = article(root.get("article"));
            String text = article.text();
            List<Entity> entities = new ArrayList<>();
            Map<String, EntityType> types = new java.util.HashMap<>();
            JsonNode entityNodes = root.get("entities");
            for (int i = 0; i < entityNodes.size(); i++) {
                Entity e = entity(entityNodes.get(i), "/entities/" + i, text);
                if (types.put(e.key(), e.type()) != null) {
                    throw problem(name, "/entities/" + i + "/key", "entity key \"" + e.key() + "\" is declared twice");
                }
                entities.add(e);
            }
            JsonNode factNodes = root.get("facts");
            Map<String, FactType> factTypes = new java.util.HashMap<>();
            for (int i = 0; i < factNodes.size(); i++) {
                String id = factNodes.get(i).get("id").asText();
                if (factTypes.put(id, FactType.named(factNodes.get(i).get("type").asText()).orElseThrow()) != null) {
                    throw problem(name, "/facts/" + i + "/id", "fact id \"" + id + "\" is used twice");
                }
            }
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < factNodes.size(); i++) {
                facts.add(fact(factNodes.get(i), "/facts/" + i, types, factTypes, text));
            }
            return new FactsDocument(article, entities, facts);
        }

        private Article article(JsonNode n) {
            Optional<LocalDate> published = Optional.empty();
            if (n.has("published")) {
                try {
                    published = Optional.of(LocalDate.parse(n.get("published").asText()));
                } catch (DateTimeParseException e) {
                    throw problem(name, "/article/published", "\"" + n.get("published").asText()
                            + "\" is not a real date (YYYY-MM-DD)");
                }
            }
            return new Article(n.get("id").asText(), opt(n, "url"), opt(n, "source"), published, opt(n, "title"),
                    n.has("text") ? n.get("text").asText() : "");
        }

        private Entity entity(JsonNode n, String at, String text) {
            List<String> aliases = new ArrayList<>();
            if (n.has("aliases")) {
                n.get("aliases").forEach(a -> aliases.add(a.asText()));
            }
            List<Span> mentions = new ArrayList<>();
            if (n.has("mentions")) {
                for (int j = 0; j < n.get("mentions").size(); j++) {
                    mentions.add(span(n.get("mentions").get(j), at + "/mentions/" + j, text));
                }
            }
            Identifiers ids = Identifiers.of(str(n, "wikidata"), str(n, "geonames"), str(n, "dbpedia"),
                    str(n, "iso2"), str(n, "iso3"));
            return new Entity(n.get("key").asText(), EntityType.valueOf(n.get("type").asText()),
                    n.get("name").asText(), aliases, ids, mentions);
        }

        private Fact fact(JsonNode n, String at, Map<String, EntityType> entities, Map<String, FactType> facts,
                          String text) {
            FactType type = FactType.named(n.get("type").asText()).orElseThrow();
            Map<Role, String> roles = new EnumMap<>(Role.class);
            Set<String> allowed = new HashSet<>();
            type.roles().forEach(r -> allowed.add(r.jsonName()));
            for (Role role : Role.values()) {
                if (!n.has(role.jsonName())) {
                    continue;
                }
                String key = n.get(role.jsonName()).asText();
                if (!allowed.contains(role.jsonName())) {
                    throw problem(name, at + "/" + role.jsonName(), type + " has no role \"" + role.jsonName()
                            + "\"; its roles are " + type.roles().stream().map(Role::jsonName)
                            .collect(Collectors.joining(", ")));
                }
                if (!entities.containsKey(key)) {
                    throw problem(name, at + "/" + role.jsonName(), "unknown entity key \"" + key
                            + "\"; declare it in /entities");
                }
                roles.put(role, key);
            }
            requireOnly(n, at, "about", type == FactType.Accusation, type);
            requireOnly(n, at, "act", type == FactType.Accusation, type);
            requireOnly(n, at, "answers", type == FactType.Denial, type);
            requireOnly(n, at, "since", type == FactType.Hosting, type);
            Optional<String> act = opt(n, "act");
            if (act.isPresent() && !facts.containsKey(act.get())) {
                throw problem(name, at + "/act", "no fact has id \"" + act.get() + "\"");
            }
            Optional<String> answers = opt(n, "answers");
            if (answers.isPresent() && facts.get(answers.get()) != FactType.Accusation) {
                throw problem(name, at + "/answers", "\"" + answers.get() + "\" is not the id of an Accusation");
            }
            return new Fact(n.get("id").asText(), type, roles,
                    opt(n, "about").flatMap(ActKind::named), act, answers,
                    date(n, at, "date"), date(n, at, "since"), n.get("confidence").asDouble(),
                    span(n.get("evidence"), at + "/evidence", text), opt(n, "rule"));
        }

        private void requireOnly(JsonNode n, String at, String field, boolean allowed, FactType type) {
            if (n.has(field) && !allowed) {
                throw problem(name, at + "/" + field, "\"" + field + "\" does not belong to a " + type);
            }
        }

        private Optional<PartialDate> date(JsonNode n, String at, String field) {
            if (!n.has(field)) {
                return Optional.empty();
            }
            String value = n.get(field).asText();
            return Optional.of(PartialDate.parse(value).orElseThrow(() -> problem(name, at + "/" + field,
                    "\"" + value + "\" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)")));
        }

        private Span span(JsonNode n, String at, String text) {
            int start = n.get("start").asInt();
            int end = n.get("end").asInt();
            String quote = n.get("text").asText();
            if (end < start) {
                throw problem(name, at + "/end", "end " + end + " comes before start " + start);
            }
            if (!text.isEmpty()) {
                if (end > text.length()) {
                    throw problem(name, at + "/end", "offset " + end + " is outside the article text ("
                            + text.length() + " characters)");
                }
                if (!text.substring(start, end).equals(quote)) {
                    throw problem(name, at + "/text", "does not match the article text at " + start + ".." + end);
                }
            }
            return new Span(quote, start, end);
        }

        private static Optional<String> opt(JsonNode n, String field) {
            return n.has(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
        }

        private static String str(JsonNode n, String field) {
            return n.has(field) ? n.get(field).asText() : null;
        }
    }
}
