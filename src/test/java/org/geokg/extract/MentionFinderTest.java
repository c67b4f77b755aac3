package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geokg.ProjectFiles;
import org.geokg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gazetteer and lexicon forms found in text, and the actor phrases built on them. */
class MentionFinderTest {

    private static MentionFinder finder;
    private static PhraseBuilder builder;

    @BeforeAll
    static void load() {
        ProjectFiles files = ProjectFiles.directory(Path.of(".").toAbsolutePath());
        Lexicon lexicon = Lexicon.load(files);
        finder = new MentionFinder(Gazetteer.load(files), lexicon.bodies());
        builder = new PhraseBuilder(lexicon.words(), lexicon.regions());
    }

    /** "surface=KEY" for each actor phrase with a key, in order. */
    private static List<String> actors(String text, String published) {
        AnalyzedText t = AnalyzedText.of(text);
        ActorPhrases phrases = builder.build(t, finder.find(t, Optional.of(LocalDate.parse(published))));
        List<String> out = new ArrayList<>();
        for (ActorPhrase p : phrases.all()) {
            if (!p.keys().isEmpty()) {
                out.add(t.between(p.first(), p.last()) + "=" + p.key());
            }
        }
        return out;
    }

    private static List<String> actors(String text) {
        return actors(text, "2022-09-08");
    }

    @Test
    void possessivesAndCurlyApostrophesKeepExactOffsets() {
        String text = "Iran's leader met Tirana’s mayor.";
        AnalyzedText t = AnalyzedText.of(text);
        List<Mention> ms = finder.find(t, Optional.empty());
        assertEquals(2, ms.size());
        Mention tirana = ms.get(1);
        assertEquals("ALB", tirana.form().key());
        int start = t.token(tirana.first()).start();
        int end = t.token(tirana.last() - 1).end();
        assertEquals("Tirana", text.substring(start, end));
        assertEquals(List.of("Iran=IRN", "Tirana=ALB"), actors(text));
    }

    @Test
    void capitalisedAcronymsMatchOnlyAsWritten() {
        assertEquals(List.of("US=USA"), actors("The US told us to wait."));
        assertEquals(List.of("U.S.=USA"), actors("The U.S. had closed."));
        assertEquals(List.of("U.S. embassy=USA"), actors("The U.S. embassy closed."));
        assertTrue(actors("They gave us a turkey and a chad.").isEmpty());
    }

    @Test
    void aliasesWithTheArticle() {
        assertEquals(List.of("the Islamic Republic=IRN"), actors("Officials in the Islamic Republic spoke."));
    }

    @Test
    void bodiesTakeTheStateNextToThem() {
        assertEquals(List.of("Iranian Foreign Ministry=IRN"), actors("The Iranian Foreign Ministry said so."));
        assertEquals(List.of("Russia's foreign ministry=RUS"), actors("Russia's foreign ministry said so."));
        assertEquals(List.of("Foreign Ministry of China=CHN"), actors("The Foreign Ministry of China said so."));
        assertEquals(List.of("GRU=RUS"), actors("The GRU ran the operation."));
        assertEquals(List.of("Kremlin spokesman Dmitry Peskov=RUS"), actors("Kremlin spokesman Dmitry Peskov said so."));
        assertEquals(List.of("Qatar foreign ministry=QAT"), actors("Qatar foreign ministry says so."));
    }

    @Test
    void aTitleWithAnUnknownNameTakesTheStateBeforeIt() {
        List<String> a = actors("Czech Interior Minister Jan Novak spoke first. Later Novak added more.");
        assertEquals(List.of("Czech Interior Minister Jan Novak=CZE", "Novak=CZE"), a);
    }

    @Test
    void officialsCountOnlyDuringTheirTerm() {
        assertEquals(List.of("Justin Trudeau=CAN"), actors("Justin Trudeau spoke.", "2023-09-19"));
        assertTrue(actors("Justin Trudeau spoke.", "2005-01-01").isEmpty());
    }

    @Test
    void surnamesStandForTheOfficialOnceNamed() {
        assertEquals(List.of("Prime Minister Edi Rama=ALB", "Rama=ALB"),
                actors("Prime Minister Edi Rama spoke. Rama accused nobody."));
    }

    @Test
    void demonymsAreKeptApartFromTheStateItself() {
        AnalyzedText t = AnalyzedText.of("Russian hackers struck.");
        ActorPhrases p = builder.build(t, finder.find(t, Optional.empty()));
        assertEquals(ActorPhrase.Kind.DEMONYM, p.all().get(0).kind());
        assertFalse(p.all().get(0).canAct());
    }

    @Test
    void leadersOfExileGroupsStandForTheGroup() {
        assertEquals(List.of("Fethullah Gulen=GULEN", "United States=USA"),
                actors("Fethullah Gulen lives in the United States."));
    }

    @Test
    void descriptionsResolveToEarlierStatesOfTheRightKind() {
        List<String> a = actors("Lithuania and China argued. Later the Baltic nation recalled its staff.");
        assertEquals("the Baltic nation=LTU", a.get(a.size() - 1));
        a = actors("Saudi Arabia cut ties with Iran. Iran asked its envoys to leave the kingdom.");
        assertEquals("the kingdom=SAU", a.get(a.size() - 1));
    }
}
