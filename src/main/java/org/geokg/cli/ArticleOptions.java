package org.geokg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.geokg.article.ArticleReader;
import org.geokg.article.TextFile;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Metadata for articles read from plain text, and the input size limit. */
final class ArticleOptions {

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the articles; relative dates (yesterday, on Monday) resolve against it.")
    String published;

    @Option(names = "--url", description = "URL of the article.")
    String url;

    @Option(names = "--title", description = "Title of the article.")
    String title;

    @Option(names = "--source", description = "Publisher of the article, such as Reuters.")
    String source;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextFile.DEFAULT_MAX_BYTES,
            description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    ArticleReader reader(CommandLine cmd) {
        Optional<LocalDate> date = Optional.empty();
        if (published != null) {
            try {
                date = Optional.of(LocalDate.parse(published));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cmd, "--published must be a date YYYY-MM-DD: " + published);
            }
        }
        return new ArticleReader(new ArticleReader.Metadata(Optional.ofNullable(url), Optional.ofNullable(source),
                date, Optional.ofNullable(title)), maxBytes);
    }
}
