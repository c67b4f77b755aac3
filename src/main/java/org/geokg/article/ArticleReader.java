package org.geokg.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads news articles from files: plain text ({@code .txt}), HTML ({@code .html}, main text taken with
 * jsoup) and JSON article objects {@code {id, url, source, published, title, text}} (unknown fields
 * ignored). Metadata for a text or HTML file comes, in order of precedence, from the command line
 * defaults, a sidecar {@code NAME.meta.json} beside it, and for HTML its own meta tags.
 *
 * <pre>
 *   ArticleReader reader = new ArticleReader(ArticleReader.Metadata.NONE, TextFile.DEFAULT_MAX_BYTES);
 *   Article a = reader.read(Path.of("data/articles/albania-iran-2022.txt"));
 * </pre>
 */
public final class ArticleReader {

    /** The suffix of the metadata file that may sit beside an article: {@code x.txt} has {@code x.meta.json}. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    /**
     * Metadata given on the command line; each present value overrides what the files say.
     */
    public record Metadata(Optional<String> url, Optional<String> source, Optional<LocalDate> published,
                           Optional<String> title) {
        /** No metadata. */
        public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private final Metadata defaults;
    private final long maxBytes;

    public ArticleReader(Metadata defaults, long maxBytes) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.maxBytes = maxBytes;
    }

    /** A reader with no command-line metadata and the default size limit. */
    public static ArticleReader standard() {
        return new ArticleReader(Metadata.NONE, TextFile.DEFAULT_MAX_BYTES);
    }

    /** The size limit per document, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a {@code .txt}, {@code .html}/{@code .htm} or {@code .json} article file. */
    public Article read(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String text = TextFile.read(file, maxBytes);
        if (lower.endsWith(".json")) {
            return fromJson(parseJson(text, file.toString()),
                    file.toString(), name);
        }
        Optional<JsonNode> sidecar = sidecar(file);
        String stem = name.replaceFirst("\\.[^.]*$", "");
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            Document html = Jsoup.parse(text, file.toUri().toString());
            return build(sidecar, stem, mainText(html), htmlMeta(html), file.toString());
        }
        return build(sidecar, stem, normalise(text), Metadata.NONE, file.toString());
    }

    /** Reads a JSON Lines file of article objects, one per line; blank lines are skipped. */
    public List<Article> readLines(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<Article> out = new ArrayList<>();
        JsonLines.forEach(file, maxBytes, (lineNo, line) -> {
            String where = file + ":" + lineNo;
            out.add(fromJson(parseJson(line, where), where, stem + "-" + lineNo));
        });
        return out;
    }

    private static JsonNode parseJson(String text, String name) {
        return JsonInput.parse(text, name);
    }

    /**
     * An article from a JSON object {@code {id, url, source, published, title, text}}.
     *
     * @param where        the file (and line) for error messages
     * @param fallbackName the name the id is derived from when the object has none
     */
    public Article fromJson(JsonNode node, String where, String fallbackName) {
        if (node == null || !node.isObject()) {
            throw new GeokgException(ErrorCode.ARTICLE_FORMAT, where, "an article must be a JSON object "
                    + "{id, url, source, published, title, text}");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new GeokgException(ErrorCode.ARTICLE_FORMAT, where + " at /text",
                    "an article needs its text as a non-empty string");
        }
        String id = node.hasNonNull("id") && node.get("id").isValueNode()
                ? node.get("id").asText() : fallbackName.replaceFirst("\\.[^.]*$", "");
        String safeId = id.matches(Article.ID_PATTERN) ? id : Article.idFrom(id);
        Optional<LocalDate> published = defaults.published()
                .or(() -> date(string(node, "published"), where + " at /published"));
        return new Article(safeId,
                defaults.url().or(() -> string(node, "url")),
                defaults.source().or(() -> string(node, "source")),
                published,
                defaults.title().or(() -> string(node, "title")),
                text.asText());
    }

    private Article build(Optional<JsonNode> sidecar, String stem, String text, Metadata own, String where) {
        Optional<String> id = sidecar.flatMap(s -> string(s, "id"));
        Optional<LocalDate> published = defaults.published()
                .or(() -> sidecar.flatMap(s -> date(string(s, "published"), where + SIDECAR_SUFFIX)))
                .or(own::published);
        return new Article(id.filter(s -> s.matches(Article.ID_PATTERN)).orElse(Article.idFrom(stem)),
                defaults.url().or(() -> sidecar.flatMap(s -> string(s, "url"))).or(own::url),
                defaults.source().or(() -> sidecar.flatMap(s -> string(s, "source"))).or(own::source),
                published,
                defaults.title().or(() -> sidecar.flatMap(s -> string(s, "title"))).or(own::title),
                text);
    }

    private Optional<JsonNode> sidecar(Path file) {
        String name = file.getFileName().toString();
        Path meta = file.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + SIDECAR_SUFFIX);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        JsonNode node = parseJson(TextFile.read(meta, maxBytes), meta.toString());
        if (!node.isObject()) {
            throw new GeokgException(ErrorCode.ARTICLE_FORMAT, meta.toString(), "metadata must be a JSON object");
        }
        return Optional.of(node);
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()
                ? Optional.of(v.asText().strip()) : Optional.empty();
    }

    private static Optional<LocalDate> date(Optional<String> text, String where) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        try {
            return Optional.of(LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t));
        } catch (DateTimeParseException e) {
            throw new GeokgException(ErrorCode.ARTICLE_FORMAT, where,
                    "publication date \"" + t + "\" is not YYYY-MM-DD");
        }
    }

    /** Plain text with Windows and old Mac line ends made into newlines, so offsets count one per line break. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The main text of an HTML page: its article (or main, or body) element, paragraph by paragraph. */
    static String mainText(Document html) {
        html.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption")
                .remove();
        Element root = html.selectFirst("article");
        if (root == null) {
            root = html.selectFirst("main");
        }
        if (root == null) {
            root = html.body();
        }
        if (root == null) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        for (Element e : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td")) {
            if (insideBlock(e, root)) {
                continue;  // its text is already part of the enclosing block
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                blocks.add(t);
            }
        }
        if (blocks.isEmpty()) {
            return root.text();
        }
        return String.join("\n\n", blocks);
    }

    private static boolean insideBlock(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.normalName().matches("p|li|blockquote|pre|td")) {
                return true;
            }
        }
        return false;
    }

    private static Metadata htmlMeta(Document html) {
        Optional<String> title = meta(html, "meta[property=og:title]", "content")
                .or(() -> Optional.ofNullable(html.title()).filter(s -> !s.isBlank()));
        Optional<String> url = meta(html, "link[rel=canonical]", "href")
                .or(() -> meta(html, "meta[property=og:url]", "content"));
        Optional<String> source = meta(html, "meta[property=og:site_name]", "content");
        Optional<LocalDate> published = meta(html, "meta[property=article:published_time]", "content")
                .or(() -> meta(html, "time[datetime]", "datetime"))
                .flatMap(ArticleReader::leadingDate);
        return new Metadata(url, source, published, title);
    }

    private static Optional<String> meta(Document html, String css, String attr) {
        Element e = html.selectFirst(css);
        return e == null ? Optional.empty() : Optional.of(e.attr(attr)).filter(s -> !s.isBlank());
    }

    private static Optional<LocalDate> leadingDate(String s) {
        try {
            return s.length() >= 10 ? Optional.of(LocalDate.parse(s.substring(0, 10))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
