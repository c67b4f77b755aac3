package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.ProjectFiles;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.facts.ActKind;
import org.geokg.facts.Entity;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.facts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo article from end to end (published 2022-09-08, so its "yesterday" is 2022-09-07), compared
 * with the hand-written facts in {@code data/facts/albania-iran-2022.json}.
 */
class AlbaniaIranEndToEndTest {

    private static FactsDocument doc;
    private static FactsDocument hand;

    @BeforeAll
    static void extract() {
        ProjectFiles files = ProjectFiles.directory(Path.of(".").toAbsolutePath());
        Article article = ArticleReader.standard().read(Path.of("data/articles/albania-iran-2022.txt"));
        doc = FactExtractor.load(files).extract(article);
        hand = FactsJson.of(files).read(Path.of("data/facts/albania-iran-2022.json"));
    }

    private static Optional<Fact> find(FactType type, String... keys) {
        return doc.facts().stream().filter(f -> f.type() == type && roles(f).equals(List.of(keys))).findFirst();
    }

    private static List<String> roles(Fact f) {
        return f.type().roles().stream().map(f::role).toList();
    }

    private static Fact require(FactType type, String... keys) {
        return find(type, keys).orElseThrow(() -> new AssertionError("no " + type + List.of(keys) + " in "
                + doc.facts().stream().map(f -> f.type() + roles(f).toString()).toList()));
    }

    @Test
    void albaniaBlamesIranForTheJulyCyberattackOnAlbania() {
        Fact accusation = require(FactType.Accusation, "ALB", "IRN");
        assertEquals(Optional.of(ActKind.Cyberattack), accusation.about());
        Fact attack = require(FactType.Cyberattack, "ALB");
        assertEquals("2022-07-15", attack.date().orElseThrow().toString());
        assertEquals(Optional.of(attack.id()), accusation.act());
    }

    @Test
    void theUnitedStatesBlamesIranToo() {
        Fact us = require(FactType.Accusation, "USA", "IRN");
        assertEquals(Optional.of(ActKind.Cyberattack), us.about());
    }

    @Test
    void albaniaBreaksTiesExpelsTheDiplomatsAndTheEmbassyCloses() {
        require(FactType.DiplomaticRupture, "ALB", "IRN");
        Fact expulsion = require(FactType.Expulsion, "ALB", "IRN");
        assertEquals("2022-09-07", expulsion.date().orElseThrow().toString(), "ordered 'yesterday'");
        Fact closure = require(FactType.EmbassyClosure, "IRN", "ALB");
        assertEquals("IRN", closure.role(Role.OWNER));
    }

    @Test
    void albaniaHostsTheMek() {
        require(FactType.Hosting, "ALB", "MEK");
    }

    @Test
    void iranDeniesAlbaniasAccusation() {
        Fact denial = require(FactType.Denial, "IRN", "ALB");
        assertEquals(require(FactType.Accusation, "ALB", "IRN").id(), denial.answers().orElseThrow());
    }

    @Test
    void everyHandWrittenFactTypeAndMostTuplesAreFound() {
        Set<String> system = doc.facts().stream().map(f -> f.type() + roles(f).toString()).collect(Collectors.toSet());
        long found = hand.facts().stream().filter(f -> system.contains(f.type() + roles(f).toString())).count();
        assertTrue(found >= hand.facts().size() - 1, found + " of " + hand.facts().size() + " hand-written facts");
    }

    @Test
    void evidenceAndMentionsQuoteTheArticleExactly() {
        String text = doc.article().text();
        for (Fact f : doc.facts()) {
            assertTrue(f.evidence().matches(text), f.id());
            assertTrue(f.rule().isPresent() && f.confidence() > 0 && f.confidence() <= 1, f.id());
        }
        for (Entity e : doc.entities()) {
            e.mentions().forEach(m -> assertTrue(m.matches(text), e.key() + " " + m));
        }
        Entity alb = doc.entity("ALB").orElseThrow();
        assertEquals("Q222", alb.ids().wikidata().orElseThrow());
        assertTrue(alb.aliases().contains("Tirana"));
        assertTrue(doc.entity("MEK").isPresent());
    }

    @Test
    void theDocumentPassesTheFactsFormatChecks() {
        FactsJson json = FactsJson.of(ProjectFiles.directory(Path.of(".").toAbsolutePath()));
        java.io.StringWriter out = new java.io.StringWriter();
        json.write(doc, out);
        FactsDocument back = json.parse(out.toString(), "extracted");
        assertEquals(doc.facts().size(), back.facts().size());
    }
}
