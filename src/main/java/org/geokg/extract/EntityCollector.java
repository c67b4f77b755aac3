package org.geokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.facts.Entity;
import org.geokg.facts.EntityType;
import org.geokg.facts.Span;
import org.geokg.gazetteer.Actor;
import org.geokg.gazetteer.Gazetteer;

/**
 * The entities of an article: every gazetteer actor the text names (by name, alias, capital, demonym,
 * body, official or leader), with its identifiers from the gazetteer, the surface forms this text uses
 * and where they occur; plus any actor a fact names that was only resolved from context.
 */
final class EntityCollector {

    private EntityCollector() {
    }

    static List<Entity> collect(AnalyzedText text, List<Mention> mentions, ActorPhrases phrases,
                                Set<String> factKeys, Gazetteer gazetteer) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        boolean[] covered = new boolean[text.size()];
        for (Mention m : mentions) {
            for (int i = m.first(); i < m.last(); i++) {
                covered[i] = true;
            }
            Form f = m.form();
            if (f.generic() || f.key().isEmpty()) {
                continue;
            }
            Span span = Span.of(text.text(), text.token(m.first()).start(), text.token(m.last() - 1).end());
            spans.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(span);
            types.putIfAbsent(f.key(), f.type());
        }
        // a surname standing for its person's state: "Novak said"
        for (ActorPhrase p : phrases.all()) {
            if (p.fromContext() || p.keys().isEmpty() || p.last() - p.first() != 1 || !"person".equals(p.bodyClass())
                    && p.kind() != ActorPhrase.Kind.LEADER) {
                continue;
            }
            if (!covered[p.first()]) {
                Span span = Span.of(text.text(), text.token(p.first()).start(), text.token(p.first()).end());
                spans.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(span);
                types.putIfAbsent(p.key(), p.type());
            }
        }
        for (String k : factKeys) {
            spans.computeIfAbsent(k, x -> new ArrayList<>());
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            String key = e.getKey();
            EntityType type = types.get(key);
            Optional<Actor> actor = type == null ? gazetteer.actor(key) : gazetteer.actor(type, key);
            if (actor.isEmpty()) {
                continue;
            }
            Actor a = actor.get();
            Set<String> aliases = new LinkedHashSet<>();
            List<Span> sorted = new ArrayList<>(e.getValue());
            sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
            for (Span s : sorted) {
                if (!s.text().equals(a.name())) {
                    aliases.add(s.text());
                }
            }
            out.add(new Entity(a.key(), a.type(), a.name(), new ArrayList<>(aliases), a.ids(), sorted));
        }
        out.sort((x, y) -> x.type() != y.type() ? x.type().compareTo(y.type()) : x.key().compareTo(y.key()));
        return out;
    }
}
