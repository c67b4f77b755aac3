package org.geokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geokg.article.Article;
import org.geokg.facts.ActKind;
import org.geokg.facts.Entity;
import org.geokg.facts.EntityType;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.Identifiers;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;
import org.geokg.facts.Span;
import org.junit.jupiter.api.Test;

/** Each clause of the scoring rule in eval/README.md, on small hand-made gold and system pairs. */
class ScorerTest {

    private static final String TEXT = "Tirana blamed Tehran.";
    private static final Article ARTICLE = new Article("a1", Optional.empty(), Optional.empty(),
            Optional.of(LocalDate.of(2022, 9, 8)), Optional.empty(), TEXT);

    // ------------------------------------------------------------------ builders

    private static GoldEntity gold(String key, String... names) {
        return new GoldEntity(key, "State", List.of(names));
    }

    private static GoldFact goldFact(FactType type, String date, String... rolesAndAbout) {
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (int i = 0; i < type.roles().size(); i++) {
            roles.put(type.roles().get(i), rolesAndAbout[i]);
        }
        Optional<String> about = type == FactType.Accusation
                ? Optional.of(rolesAndAbout[type.roles().size()]) : Optional.empty();
        return new GoldFact(type, roles, about, Optional.ofNullable(date));
    }

    private static Entity entity(String key, String... mentionTexts) {
        List<Span> mentions = new ArrayList<>();
        for (String m : mentionTexts) {
            mentions.add(new Span(m, 0, m.length()));
        }
        return new Entity(key, EntityType.State, key, List.of(), Identifiers.NONE, mentions);
    }

    private int ids;

    private Fact fact(FactType type, String date, Object... rolesAndAbout) {
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (int i = 0; i < type.roles().size(); i++) {
            roles.put(type.roles().get(i), (String) rolesAndAbout[i]);
        }
        Optional<ActKind> about = type == FactType.Accusation
                ? Optional.of((ActKind) rolesAndAbout[type.roles().size()]) : Optional.empty();
        return new Fact("f" + (++ids), type, roles, about, Optional.empty(), Optional.empty(),
                Optional.ofNullable(date).flatMap(PartialDate::parse), Optional.empty(), 0.9,
                Span.of(TEXT, 0, TEXT.length()), Optional.of("test"));
    }

    private static GoldArticle goldArticle(List<GoldEntity> entities, GoldFact... facts) {
        return new GoldArticle(ARTICLE, entities, List.of(facts));
    }

    private static FactsDocument system(List<Entity> entities, Fact... facts) {
        return new FactsDocument(ARTICLE, entities, List.of(facts));
    }

    // ------------------------------------------------------------------ 1. entity mapping

    @Test
    void keysMapIgnoringCase() {
        GoldArticle g = goldArticle(List.of(gold("ALB", "Albania"), gold("IRN", "Iran")),
                goldFact(FactType.DiplomaticRupture, null, "ALB", "IRN"));
        FactsDocument s = system(List.of(entity("alb"), entity("irn")),
                fact(FactType.DiplomaticRupture, null, "alb", "irn"));
        assertEquals(new Counts(1, 0, 0), Scorer.score(g, s).micro());
    }

    @Test
    void namesMapThroughMentionsIgnoringCaseAndSpaces() {
        // the system's own keys differ; its mention texts equal gold names after folding
        GoldArticle g = goldArticle(List.of(gold("ALB", "Albania", "Tirana"), gold("USA", "United States")),
                goldFact(FactType.Accusation, null, "ALB", "USA", "Other"));
        FactsDocument s = system(List.of(entity("X1", "TIRANA"), entity("X2", "United \n  States")),
                fact(FactType.Accusation, null, "X1", "X2", ActKind.Other));
        assertEquals(new Counts(1, 0, 0), Scorer.score(g, s).micro());
    }

    @Test
    void aKeyMatchWinsOverANameMatch() {
        // system IRN mentions "Tirana" by mistake; its key still maps it to gold IRN, not ALB
        GoldArticle g = goldArticle(List.of(gold("ALB", "Tirana"), gold("IRN", "Iran")),
                goldFact(FactType.Expulsion, null, "ALB", "IRN"));
        FactsDocument s = system(List.of(entity("ALB"), entity("IRN", "Tirana")),
                fact(FactType.Expulsion, null, "ALB", "IRN"));
        assertEquals(new Counts(1, 0, 0), Scorer.score(g, s).micro());
    }

    @Test
    void unmappedSystemKeysCompareAsWritten() {
        GoldArticle g = goldArticle(List.of(gold("ALB", "Albania")),
                goldFact(FactType.Hosting, null, "ALB", "MEK"));
        FactsDocument s = system(List.of(entity("ALB")), fact(FactType.Hosting, null, "ALB", "mek"));
        assertEquals(new Counts(1, 0, 0), Scorer.score(g, s).micro());
    }

    // ------------------------------------------------------------------ 2. tuples

    @Test
    void rolesCompareInOrder() {
        GoldArticle g = goldArticle(List.of(gold("ALB"), gold("IRN")),
                goldFact(FactType.Expulsion, null, "ALB", "IRN"));
        FactsDocument s = system(List.of(entity("ALB"), entity("IRN")),
                fact(FactType.Expulsion, null, "IRN", "ALB"));
        assertEquals(new Counts(0, 1, 1), Scorer.score(g, s).micro());
    }

    @Test
    void aboutIsPartOfTheStrictTupleOnly() {
        GoldArticle g = goldArticle(List.of(gold("ALB"), gold("IRN")),
                goldFact(FactType.Accusation, null, "ALB", "IRN", "Cyberattack"));
        FactsDocument s = system(List.of(entity("ALB"), entity("IRN")),
                fact(FactType.Accusation, null, "ALB", "IRN", ActKind.Espionage));
        ArticleScore a = Scorer.score(g, s);
        assertEquals(new Counts(0, 1, 1), a.micro());
        assertEquals(new Counts(1, 0, 0), a.relaxed());
    }

    @Test
    void duplicatesCountOnce() {
        GoldArticle g = goldArticle(List.of(gold("ALB"), gold("IRN")),
                goldFact(FactType.DiplomaticRupture, null, "ALB", "IRN"),
                goldFact(FactType.DiplomaticRupture, "2022-09-07", "ALB", "IRN"));
        FactsDocument s = system(List.of(entity("ALB"), entity("IRN")),
                fact(FactType.DiplomaticRupture, "2022-09-07", "ALB", "IRN"),
                fact(FactType.DiplomaticRupture, null, "ALB", "IRN"),
                fact(FactType.Cyberattack, null, "ALB"),
                fact(FactType.Cyberattack, null, "ALB"));
        ArticleScore a = Scorer.score(g, s);
        assertEquals(new Counts(1, 1, 0), a.micro());
        assertEquals(new DateAccuracy(1, 1), a.dates());
    }

    // ------------------------------------------------------------------ 3. micro-averaging and per type

    @Test
    void countsAreSummedOverArticlesBeforeTheRatios() {
        GoldArticle g1 = goldArticle(List.of(gold("ALB"), gold("IRN")),
                goldFact(FactType.DiplomaticRupture, null, "ALB", "IRN"),
                goldFact(FactType.Expulsion, null, "ALB", "IRN"),
                goldFact(FactType.Cyberattack, null, "ALB"));
        FactsDocument s1 = system(List.of(entity("ALB"), entity("IRN")),
                fact(FactType.DiplomaticRupture, null, "ALB", "IRN"),
                fact(FactType.Expulsion, null, "ALB", "IRN"),
                fact(FactType.Cyberattack, null, "ALB"));
        GoldArticle g2 = goldArticle(List.of(gold("ALB"), gold("IRN")),
                goldFact(FactType.Expulsion, null, "IRN", "ALB"));
        FactsDocument s2 = system(List.of(entity("ALB"), entity("IRN")),
                fact(FactType.Recall, null, "IRN", "ALB"));
        Score score = Scorer.score(List.of(g1, g2), List.of(s1, s2));
        assertEquals(new Counts(3, 1, 1), score.micro());
        assertEquals(0.75, score.micro().precision(), 1e-9);   // 3/4 (the mean of 1.0 and 0.0 would be 0.5)
        assertEquals(0.75, score.micro().recall(), 1e-9);
        assertEquals(new Counts(1, 0, 1), score.perType().get(FactType.Expulsion));
        assertEquals(new Counts(0, 1, 0), score.perType().get(FactType.Recall));
    }

    @Test
    void emptySidesGiveZeroNotNaN() {
        Counts none = Counts.ZERO;
        assertEquals(0, none.precision());
        assertEquals(0, none.recall());
        assertEquals(0, none.f1());
        assertEquals(2.0 / 3, new Counts(1, 0, 1).f1(), 1e-9);
    }

    // ------------------------------------------------------------------ 4. relaxed score and dates

    @Test
    void relaxedScoreMergesAccusationsThatDifferOnlyInAbout() {
        GoldArticle g = goldArticle(List.of(gold("ALB"), gold("IRN")),
                goldFact(FactType.Accusation, null, "ALB", "IRN", "Cyberattack"),
                goldFact(FactType.Accusation, null, "ALB", "IRN", "Terrorism"));
        FactsDocument s = system(List.of(entity("ALB"), entity("IRN")),
                fact(FactType.Accusation, null, "ALB", "IRN", ActKind.Cyberattack));
        ArticleScore a = Scorer.score(g, s);
        assertEquals(new Counts(1, 0, 1), a.micro());
        assertEquals(new Counts(1, 0, 0), a.relaxed());
    }

    @Test
    void aGoldMonthAcceptsADayOfThatMonth() {
        GoldArticle g = goldArticle(List.of(gold("ALB"), gold("IRN"), gold("USA")),
                goldFact(FactType.Cyberattack, "2022-07", "ALB"),
                goldFact(FactType.DiplomaticRupture, "2022-09-07", "ALB", "IRN"),
                goldFact(FactType.Expulsion, "2022-09-07", "ALB", "IRN"),
                goldFact(FactType.Hosting, null, "ALB", "MEK"),
                goldFact(FactType.Sanction, "2022", "USA", "IRN"));
        FactsDocument s = system(List.of(entity("ALB"), entity("IRN"), entity("USA")),
                fact(FactType.Cyberattack, "2022-07-15", "ALB"),      // right: starts with 2022-07
                fact(FactType.DiplomaticRupture, "2022-09", "ALB", "IRN"), // wrong: less precise
                fact(FactType.Expulsion, null, "ALB", "IRN"),          // wrong: no date
                fact(FactType.Hosting, "2013", "ALB", "MEK"),          // not counted: gold has none
                fact(FactType.Recall, "2022", "USA", "IRN"));          // not counted: not matched
        ArticleScore a = Scorer.score(g, s);
        assertEquals(new DateAccuracy(3, 1), a.dates());
        assertEquals(3, a.wrongDate().size() + a.dates().correct());
    }

    @Test
    void missedAndSpuriousAreReportedWithTheirFacts() {
        GoldArticle g = goldArticle(List.of(gold("ALB"), gold("IRN")),
                goldFact(FactType.Expulsion, "2022-09-07", "ALB", "IRN"));
        FactsDocument s = system(List.of(entity("ALB"), entity("IRN")),
                fact(FactType.Recall, null, "ALB", "IRN"));
        ArticleScore a = Scorer.score(g, s);
        assertEquals("Expulsion(ALB, IRN)", a.missed().get(0).tuple().toString());
        assertEquals(Optional.of("2022-09-07"), a.missed().get(0).goldDate());
        assertEquals(FactType.Recall, a.spurious().get(0).fact().type());
    }
}
