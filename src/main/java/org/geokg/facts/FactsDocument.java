package org.geokg.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geokg.article.Article;

/**
 * Everything geokg knows from one article: the article, the actors it names, and the facts it states.
 * This is the unit the extractor produces, the facts JSON format holds, and the RDF mapping turns into
 * one named graph.
 */
public record FactsDocument(Article article, List<Entity> entities, List<Fact> facts) {

    public FactsDocument {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** The entity with a key, if the document declares it. */
    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The fact with an id, if any. */
    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Entities by key. */
    public Map<String, Entity> entitiesByKey() {
        Map<String, Entity> map = new HashMap<>();
        entities.forEach(e -> map.put(e.key(), e));
        return map;
    }
}
