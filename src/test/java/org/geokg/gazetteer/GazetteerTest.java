package org.geokg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.facts.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the committed gazetteer through the loader, as the extractor and the RDF mapping will see it. */
class GazetteerTest {

    private static Gazetteer gaz;

    @BeforeAll
    static void load() {
        // The project's own data directory: the tests run from the checkout, whatever geokg.home says.
        gaz = Gazetteer.load(ProjectFiles.directory(Path.of(".").toAbsolutePath()));
    }

    private static Actor actor(EntityType type, String key) {
        return gaz.actor(type, key).orElseThrow(() -> new AssertionError("no " + type + " " + key));
    }

    private static Set<String> forms(String key, SurfaceForm.Kind kind) {
        return gaz.surfaceForms().stream().filter(f -> f.key().equals(key) && f.kind() == kind)
                .map(SurfaceForm::text).collect(Collectors.toSet());
    }

    @Test
    void albaniaHasItsIdentifiers() {
        Actor alb = actor(EntityType.State, "ALB");
        assertEquals("Albania", alb.name());
        assertEquals(Optional.of("AL"), alb.ids().iso2());
        assertEquals(Optional.of("ALB"), alb.ids().iso3());
        assertEquals(Optional.of("Q222"), alb.ids().wikidata());
        assertEquals(Optional.of("783754"), alb.ids().geonames());
        assertTrue(forms("ALB", SurfaceForm.Kind.CAPITAL).contains("Tirana"));
    }

    @Test
    void iranHasCapitalDemonymAndIdentifiers() {
        Actor irn = actor(EntityType.State, "IRN");
        assertEquals(Optional.of("Q794"), irn.ids().wikidata());
        assertEquals(Optional.of("130758"), irn.ids().geonames());
        assertTrue(irn.aliases().contains("Islamic Republic of Iran"));
        assertTrue(forms("IRN", SurfaceForm.Kind.CAPITAL).contains("Tehran"));
        assertTrue(forms("IRN", SurfaceForm.Kind.DEMONYM).contains("Iranian"));
    }

    @Test
    void namibiaGetsItsWikidataIdDespiteTheSourceGap() {
        assertEquals(Optional.of("Q1030"), actor(EntityType.State, "NAM").ids().wikidata());
    }

    @Test
    void kosovoIsXkx() {
        Actor xkx = actor(EntityType.State, "XKX");
        assertEquals("Kosovo", xkx.name());
        assertEquals(Optional.of("Q1246"), xkx.ids().wikidata());
    }

    @Test
    void statesCoverIsoPlusKosovoWithUniqueKeys() {
        List<Actor> states = gaz.actors().stream().filter(a -> a.type() == EntityType.State).toList();
        assertEquals(250, states.size());
        assertEquals(states.size(), states.stream().map(Actor::key).distinct().count());
        assertTrue(states.stream().allMatch(a -> a.key().matches("[A-Z]{3}")));
    }

    @Test
    void keysAreLookedUpIgnoringCase() {
        assertEquals("ALB", gaz.actor("alb").orElseThrow().key());
        assertEquals(EntityType.Organization, gaz.actor("nato").orElseThrow().type());
        assertTrue(gaz.actor("NO_SUCH_ACTOR").isEmpty());
    }

    @Test
    void organizationsCarrySupraverdenQids() {
        assertEquals(Optional.of("Q7184"), actor(EntityType.Organization, "NATO").ids().wikidata());
        assertEquals(Optional.of("Q458"), actor(EntityType.Organization, "EU").ids().wikidata());
        assertTrue(actor(EntityType.Organization, "ARAB_LEAGUE").aliases().contains("League of Arab States"));
    }

    @Test
    void threatActorsHaveGuidelineKeysAliasesAndSponsors() {
        Actor apt28 = actor(EntityType.ThreatActor, "APT28");
        assertTrue(apt28.aliases().contains("Fancy Bear"));
        assertEquals(Optional.of("RUS"), apt28.sponsor());
        assertEquals(Optional.of("PRK"), actor(EntityType.ThreatActor, "LAZARUS").sponsor());
        for (String key : List.of("SANDWORM", "MUDDYWATER", "CONTI", "HOMELAND_JUSTICE")) {
            actor(EntityType.ThreatActor, key);
        }
        assertEquals(Optional.of("IRN"), actor(EntityType.ThreatActor, "MUDDYWATER").sponsor());
    }

    @Test
    void mekIsAnExileGroupOpposingIranHostedByAlbania() {
        Actor mek = actor(EntityType.ExileGroup, "MEK");
        assertEquals(Optional.of("IRN"), mek.opposes());
        assertEquals(Optional.of("ALB"), mek.basedIn());
        Set<String> aliases = forms("MEK", SurfaceForm.Kind.ALIAS);
        assertTrue(aliases.containsAll(Set.of("MKO", "PMOI", "NCRI")), aliases.toString());
        assertTrue(forms("MEK", SurfaceForm.Kind.LEADER).contains("Maryam Rajavi"));
        assertTrue(forms("GULEN", SurfaceForm.Kind.LEADER).contains("Fethullah Gulen"));
        assertEquals(Optional.of("CHN"), actor(EntityType.ExileGroup, "CTA").opposes());
    }

    @Test
    void intelligenceAgenciesAndOfficesSpeakForTheirState() {
        assertTrue(gaz.surfaceForms().contains(
                new SurfaceForm("GRU", "RUS", EntityType.State, SurfaceForm.Kind.BODY, true)));
        assertTrue(forms("USA", SurfaceForm.Kind.BODY).containsAll(Set.of("White House", "NSA", "FBI")));
        assertTrue(forms("IRN", SurfaceForm.Kind.BODY).contains("Ministry of Intelligence and Security"));
    }

    @Test
    void officialsSpeakForTheirStateInOffice() {
        Official lavrov = gaz.officials().stream().filter(o -> o.name().equals("Sergei Lavrov")).findFirst()
                .orElseThrow();
        assertEquals("RUS", lavrov.state());
        assertTrue(lavrov.inOffice(2022));
        assertTrue(forms("RUS", SurfaceForm.Kind.OFFICIAL).contains("Lavrov"));
        Official raisi = gaz.officials().stream().filter(o -> o.name().equals("Ebrahim Raisi")).findFirst()
                .orElseThrow();
        assertFalse(raisi.inOffice(2025));
    }

    @Test
    void upperCaseShortFormsAreCaseSensitiveAndNamesAreNot() {
        SurfaceForm us = gaz.surfaceForms().stream().filter(f -> f.text().equals("US") && f.key().equals("USA"))
                .findFirst().orElseThrow();
        assertTrue(us.caseSensitive());
        SurfaceForm iran = gaz.surfaceForms().stream().filter(f -> f.text().equals("Iran")).findFirst().orElseThrow();
        assertFalse(iran.caseSensitive());
        assertTrue(SurfaceForm.isCaseSensitive("U.S."));
        assertFalse(SurfaceForm.isCaseSensitive("Nato"));
    }

    @Test
    void noSurfaceFormIsEmptyOrAStopword() {
        Set<String> stop = Set.of("the", "and", "of", "us", "it", "is", "in", "on", "at", "to", "for", "a", "an",
                "who", "we", "he", "she", "no", "not", "or", "as", "by", "be", "with", "from", "this", "that");
        Set<String> seen = new HashSet<>();
        for (SurfaceForm f : gaz.surfaceForms()) {
            assertFalse(f.text().isBlank(), "empty form for " + f.key());
            assertEquals(f.text().strip(), f.text(), "untrimmed form " + f);
            assertFalse(stop.contains(f.text()), "stopword form " + f);
            if (!f.caseSensitive()) {
                assertFalse(stop.contains(f.text().toLowerCase(Locale.ROOT)), "stopword form " + f);
            }
            assertTrue(seen.add(f.text() + "\t" + f.key() + "\t" + f.kind()), "duplicate form " + f);
        }
    }

    @Test
    void everyReferenceNamesAKnownState() {
        for (Actor a : gaz.actors()) {
            for (Optional<String> ref : List.of(a.sponsor(), a.opposes(), a.basedIn())) {
                ref.ifPresent(s -> assertTrue(gaz.actor(EntityType.State, s).isPresent(), a.key() + " -> " + s));
            }
        }
    }

    @Test
    void actorsAreSortedByTypeThenKeyAndImmutable() {
        List<Actor> all = gaz.actors();
        for (int i = 1; i < all.size(); i++) {
            Actor p = all.get(i - 1);
            Actor c = all.get(i);
            assertTrue(p.type().compareTo(c.type()) < 0
                    || (p.type() == c.type() && p.key().compareTo(c.key()) < 0), p.key() + " before " + c.key());
        }
        assertThrows(UnsupportedOperationException.class, () -> gaz.actors().clear());
        assertThrows(UnsupportedOperationException.class, () -> gaz.surfaceForms().clear());
    }

    @Test
    void malformedRowIsReportedWithFileAndLine(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve(Gazetteer.DIR);
        Files.createDirectories(dir);
        for (String name : List.of("states.tsv", "organizations.tsv", "threat-actors.tsv", "exile-groups.tsv",
                "state-bodies.tsv", "officials.tsv")) {
            Files.copy(Path.of(Gazetteer.DIR, name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("organizations.tsv"),
                "key\tname\twikidata\tdbpedia\taliases\nNATO\tNorth Atlantic Treaty Organisation\tQ7184\t\tNATO\n"
                        + "BROKEN\tonly three cells\tQ1\n", StandardCharsets.UTF_8);
        GeokgException e = assertThrows(GeokgException.class, () -> Gazetteer.load(ProjectFiles.directory(tmp)));
        assertEquals(ErrorCode.FACTS_FORMAT, e.code());
        assertEquals("data/gazetteer/organizations.tsv:3", e.location());

        Files.writeString(dir.resolve("organizations.tsv"),
                "key\tname\twikidata\tdbpedia\taliases\nX\tX\t\t\t\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("exile-groups.tsv"),
                "key\tname\topposes\tbased_in\twikidata\tdbpedia\taliases\tleaders\nMEK\tMEK\tZZZ\t\t\t\t\t\n",
                StandardCharsets.UTF_8);
        e = assertThrows(GeokgException.class, () -> Gazetteer.load(ProjectFiles.directory(tmp)));
        assertEquals("data/gazetteer/exile-groups.tsv:2", e.location());
        assertTrue(e.getMessage().contains("ZZZ"), e.getMessage());
    }
}
