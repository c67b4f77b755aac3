package org.geokg.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.article.TextFile;

/**
 * The canned analyst queries in {@code queries/*.rq}, and the way the command line finds a query: by
 * name, by file, or as text.
 */
public final class QueryCatalog {

    private final List<NamedQuery> queries;

    private QueryCatalog(List<NamedQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries of the project files, sorted by name. */
    public static QueryCatalog of(ProjectFiles files) {
        return new QueryCatalog(files.list("queries").stream()
                .filter(n -> n.endsWith(".rq"))
                .map(n -> NamedQuery.parse(n.substring(0, n.length() - 3), files.read("queries/" + n)))
                .toList());
    }

    /** All queries, sorted by name. */
    public List<NamedQuery> all() {
        return queries;
    }

    /** The query with a name, if any. */
    public Optional<NamedQuery> named(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * What the user meant by a query argument: a canned query's name, or a file of SPARQL.
     *
     * @throws GeokgException if it is neither
     */
    public NamedQuery resolve(String nameOrFile) {
        Objects.requireNonNull(nameOrFile, "nameOrFile");
        Optional<NamedQuery> named = named(nameOrFile);
        if (named.isPresent()) {
            return named.get();
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            String fileName = file.getFileName().toString();
            return NamedQuery.parse(fileName.replaceFirst("\\.[^.]*$", ""), TextFile.read(file));
        }
        throw new GeokgException(ErrorCode.BAD_ARGUMENT, nameOrFile, "no canned query or file by that name; "
                + "canned queries: " + String.join(", ", queries.stream().map(NamedQuery::name).toList()));
    }
}
