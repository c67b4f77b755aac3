package org.geokg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.facts.Entity;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.Role;
import org.geokg.facts.Span;

/**
 * The evaluation's scoring rule, exactly as {@code eval/README.md} states it, as pure functions.
 *
 * <ol>
 *   <li>A system entity maps to a gold entity when the keys are equal ignoring case, or when one of the
 *       system entity's name, aliases or mention texts equals one of the gold entity's names (ignoring
 *       case, with runs of white space folded to one space). A key match wins; otherwise the first gold
 *       entity in file order whose names match.</li>
 *   <li>A fact is the tuple (type, role values in the type's order), with role values mapped to gold
 *       keys; a strict Accusation also carries {@code about}. Duplicate tuples in one article count once.</li>
 *   <li>A true positive is a tuple in both; counts are summed over articles (micro-average) and per type.</li>
 *   <li>The relaxed score compares Accusations without {@code about}. Date accuracy is taken over
 *       matched strict tuples whose gold has a date: the first system fact with that tuple (in output
 *       order) is correct when its date starts with the gold date.</li>
 * </ol>
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores one article's system output against its gold file. */
    public static ArticleScore score(GoldArticle gold, FactsDocument system) {
        Map<String, String> mapping = entityMapping(gold.entities(), system.entities());

        Map<FactTuple, Optional<String>> goldStrict = new LinkedHashMap<>();
        Set<FactTuple> goldRelaxed = new LinkedHashSet<>();
        for (GoldFact f : gold.facts()) {
            FactTuple strict = goldTuple(f, true);
            Optional<String> date = goldStrict.get(strict);
            if (date == null || date.isEmpty()) {
                goldStrict.put(strict, f.date());
            }
            goldRelaxed.add(goldTuple(f, false));
        }
        Map<FactTuple, Fact> systemStrict = new LinkedHashMap<>();
        Set<FactTuple> systemRelaxed = new LinkedHashSet<>();
        for (Fact f : system.facts()) {
            systemStrict.putIfAbsent(systemTuple(f, mapping, true), f);
            systemRelaxed.add(systemTuple(f, mapping, false));
        }

        EnumMap<FactType, int[]> counts = new EnumMap<>(FactType.class);
        List<ArticleScore.Missed> missed = new ArrayList<>();
        List<ArticleScore.Spurious> spurious = new ArrayList<>();
        List<ArticleScore.WrongDate> wrongDates = new ArrayList<>();
        int dated = 0;
        int correct = 0;
        for (Map.Entry<FactTuple, Optional<String>> g : goldStrict.entrySet()) {
            int[] c = counts.computeIfAbsent(g.getKey().type(), t -> new int[3]);
            Fact match = systemStrict.get(g.getKey());
            if (match == null) {
                c[2]++;
                missed.add(new ArticleScore.Missed(g.getKey(), g.getValue()));
                continue;
            }
            c[0]++;
            if (g.getValue().isPresent()) {
                dated++;
                String goldDate = g.getValue().get();
                Optional<String> systemDate = match.date().map(Object::toString);
                if (systemDate.isPresent() && systemDate.get().startsWith(goldDate)) {
                    correct++;
                } else {
                    wrongDates.add(new ArticleScore.WrongDate(g.getKey(), goldDate, systemDate));
                }
            }
        }
        for (Map.Entry<FactTuple, Fact> s : systemStrict.entrySet()) {
            if (!goldStrict.containsKey(s.getKey())) {
                counts.computeIfAbsent(s.getKey().type(), t -> new int[3])[1]++;
                spurious.add(new ArticleScore.Spurious(s.getKey(), s.getValue()));
            }
        }
        int relaxedTp = 0;
        for (FactTuple t : systemRelaxed) {
            if (goldRelaxed.contains(t)) {
                relaxedTp++;
            }
        }
        Counts relaxed = new Counts(relaxedTp, systemRelaxed.size() - relaxedTp, goldRelaxed.size() - relaxedTp);
        Map<FactType, Counts> perType = new EnumMap<>(FactType.class);
        counts.forEach((t, c) -> perType.put(t, new Counts(c[0], c[1], c[2])));
        return new ArticleScore(system.article().id(), perType, relaxed, new DateAccuracy(dated, correct),
                missed, spurious, wrongDates);
    }

    /** Scores every article and sums the counts. */
    public static Score score(List<GoldArticle> gold, List<FactsDocument> system) {
        if (gold.size() != system.size()) {
            throw new IllegalArgumentException("one system document per gold article");
        }
        List<ArticleScore> articles = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            articles.add(score(gold.get(i), system.get(i)));
        }
        return Score.of(articles);
    }

    /**
     * Maps each system entity key (upper-cased) to the gold key it stands for; system entities that map
     * to no gold entity are absent.
     */
    static Map<String, String> entityMapping(List<GoldEntity> gold, List<Entity> system) {
        Map<String, String> goldByKey = new HashMap<>();
        for (GoldEntity g : gold) {
            goldByKey.putIfAbsent(upper(g.key()), g.key());
        }
        Map<String, String> mapping = new HashMap<>();
        for (Entity e : system) {
            String key = upper(e.key());
            String byKey = goldByKey.get(key);
            if (byKey != null) {
                mapping.put(key, byKey);
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(fold(e.name()));
            e.aliases().forEach(a -> names.add(fold(a)));
            for (Span m : e.mentions()) {
                names.add(fold(m.text()));
            }
            for (GoldEntity g : gold) {
                if (g.names().stream().map(Scorer::fold).anyMatch(names::contains)) {
                    mapping.putIfAbsent(key, g.key());
                    break;
                }
            }
        }
        return mapping;
    }

    static FactTuple goldTuple(GoldFact f, boolean strict) {
        List<String> values = new ArrayList<>();
        for (Role r : f.type().roles()) {
            values.add(upper(f.roles().getOrDefault(r, "")));
        }
        if (strict && f.type() == FactType.Accusation) {
            values.add(upper(f.about().orElse("")));
        }
        return new FactTuple(f.type(), values);
    }

    static FactTuple systemTuple(Fact f, Map<String, String> mapping, boolean strict) {
        List<String> values = new ArrayList<>();
        for (Role r : f.type().roles()) {
            String key = upper(f.role(r));
            values.add(upper(mapping.getOrDefault(key, key)));
        }
        if (strict && f.type() == FactType.Accusation) {
            values.add(upper(f.about().map(Enum::name).orElse("")));
        }
        return new FactTuple(f.type(), values);
    }

    /** Case-insensitive, white-space-folded form of a name. */
    static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
