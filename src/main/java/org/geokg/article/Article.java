package org.geokg.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article as geokg reads it: an id, where it came from, when it was published (the anchor for
 * "yesterday" and "on Wednesday") and its plain text.
 *
 * @param id        short id, unique in a store; the article's IRI and named graph derive from it
 * @param url       where it was published
 * @param source    the publisher or outlet, such as "AsiaNews"
 * @param published the publication date
 * @param title     its headline
 * @param text      its plain text; empty when a facts document does not carry it
 */
public record Article(String id, Optional<String> url, Optional<String> source, Optional<LocalDate> published,
                      Optional<String> title, String text) {

    /** What an article id may contain, so that it can stand in an IRI unescaped. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,199}";

    public Article {
        Objects.requireNonNull(id, "id");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("article id must match " + ID_PATTERN + ": " + id);
        }
        url = url.filter(s -> !s.isBlank());
        source = source.filter(s -> !s.isBlank());
        title = title.filter(s -> !s.isBlank());
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
    }

    /**
     * An article id made from any name (a file name, a URL slug): lower case, runs of other characters
     * turned into '-', trimmed to 120 characters.
     */
    public static String idFrom(String name) {
        String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._]+", "-")
                .replaceAll("^[-._]+|[-._]+$", "");
        if (id.length() > 120) {
            id = id.substring(0, 120).replaceAll("[-._]+$", "");
        }
        return id.isEmpty() ? "article" : id;
    }
}
