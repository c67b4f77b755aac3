package org.geokg.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;

/**
 * How geokg parses JSON input (articles, facts documents, JSON Lines): bounded nesting, duplicate keys
 * refused, and every syntax error reported as one line with the file, line and column.
 */
public final class JsonInput {

    /** Deeper JSON than this is refused: facts documents are four levels deep. */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonInput() {
    }

    /** The configured mapper (immutable once built; safe to share). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param name the file (or {@code file:line} for a JSON Lines line) to name in errors
     * @throws GeokgException {@link ErrorCode#JSON_SYNTAX} with line and column
     */
    public static JsonNode parse(String json, String name) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                JsonNode node = MAPPER.readTree(parser);
                if (node == null) {
                    throw new GeokgException(ErrorCode.JSON_SYNTAX, name, "no JSON value");
                }
                return node;
            } catch (JsonProcessingException e) {
                // Some errors (such as the nesting limit) carry no location of their own: use the parser's.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String reason = e instanceof StreamConstraintsException
                        ? "JSON nested deeper than " + MAX_NESTING + " levels (a facts document needs four)"
                        : firstLine(e.getOriginalMessage());
                // A name that already ends in a line number (a JSON Lines line) gets only the column.
                String where = at == null ? name
                        : name.matches(".*:\\d+$") ? name + ":" + at.getColumnNr()
                        : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
                throw new GeokgException(ErrorCode.JSON_SYNTAX, where, reason, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        // Jackson appends where an unclosed object started, in a form meant for developers.
        return line.replaceAll("\\s*\\(start marker at \\[Source:.*$", "");
    }
}
