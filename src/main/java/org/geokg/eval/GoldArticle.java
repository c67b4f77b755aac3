package org.geokg.eval;

import java.util.List;
import java.util.Objects;
import org.geokg.article.Article;

/**
 * A gold file: the article to extract from and the analyst's entities and facts to score against.
 * The extractor only ever sees {@link #article()}.
 */
public record GoldArticle(Article article, List<GoldEntity> entities, List<GoldFact> facts) {

    public GoldArticle {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
