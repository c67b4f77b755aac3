package org.geokg.cli;

import java.util.function.Function;
import org.geokg.ProjectFiles;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.extract.FactExtractor;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactsToRdf;
import org.geokg.store.Sources;
import org.geokg.store.Validator;

/**
 * The pipeline's parts assembled from the project files, as the commands use them: the facts reader, the
 * extractor, the RDF mapping and the validator.
 */
final class Pipeline {

    private final ProjectFiles files;
    private final FactIdentity identity;
    private FactExtractor extractor;

    Pipeline(ProjectFiles files, FactIdentity identity) {
        this.files = files;
        this.identity = identity;
    }

    ProjectFiles files() {
        return files;
    }

    FactIdentity identity() {
        return identity;
    }

    FactsJson factsJson() {
        return FactsJson.of(files);
    }

    FactsToRdf mapping() {
        return new FactsToRdf(identity);
    }

    Validator validator() {
        return Validator.of(files);
    }

    org.geokg.gazetteer.Gazetteer gazetteer() {
        return org.geokg.gazetteer.Gazetteer.load(files);
    }

    /** The fact extractor, loaded from the project files on first use. */
    synchronized FactExtractor factExtractor() {
        if (extractor == null) {
            extractor = FactExtractor.load(files);
        }
        return extractor;
    }

    /** Extraction as a function; the extractor is built only when an article is actually extracted. */
    Function<Article, FactsDocument> extractor() {
        return article -> factExtractor().extract(article);
    }

    Sources sources(ArticleReader articles) {
        return new Sources(factsJson(), mapping(), articles, extractor());
    }
}
