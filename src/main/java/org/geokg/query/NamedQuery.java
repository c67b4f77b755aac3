package org.geokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An analyst's question kept as a SPARQL file in {@code queries/}: its name (the file name without
 * {@code .rq}), the question and columns from its header comment, and the query text.
 */
public record NamedQuery(String name, String question, String columns, String parameters, String sparql) {

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sparql, "sparql");
        question = question == null ? "" : question;
        columns = columns == null ? "" : columns;
        parameters = parameters == null ? "" : parameters;
    }

    /** Reads the header comment ({@code # Question:}, {@code # Columns:}, {@code # Parameters:}) of a query file. */
    public static NamedQuery parse(String name, String sparql) {
        String question = null;
        StringBuilder columns = null;
        StringBuilder parameters = null;
        StringBuilder current = null;
        for (String line : sparql.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String body = t.substring(1).strip();
            if (body.startsWith("Question:")) {
                question = body.substring("Question:".length()).strip();
                current = null;
            } else if (body.startsWith("Columns:")) {
                columns = new StringBuilder(body.substring("Columns:".length()).strip());
                current = columns;
            } else if (body.startsWith("Parameters:")) {
                parameters = new StringBuilder(body.substring("Parameters:".length()).strip());
                current = parameters;
            } else if (current != null && !body.isEmpty()) {
                current.append(' ').append(body);
            }
        }
        return new NamedQuery(name, question, columns == null ? null : columns.toString(),
                parameters == null ? null : parameters.toString(), sparql);
    }

    /** The parameter variable names the header declares, such as {@code accuserKey}. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\?(\\w+)").matcher(parameters);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
