package org.geokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.geokg.facts.FactType;
import org.geokg.facts.PartialDate;
import org.junit.jupiter.api.Test;

class FactIdentityTest {

    private final FactIdentity rule = new FactIdentity(60);

    private static FactIdentity.Report report(String source, String stated, String published) {
        return new FactIdentity.Report(source, PartialDate.parse(stated), Optional.ofNullable(published).map(LocalDate::parse));
    }

    @Test
    void reportsOfTheSameDayAreOneNodeAndEachStatesTheDate() {
        Map<String, FactIdentity.Placement> p = rule.place(List.of(
                report("a", "2022-07-15", "2022-09-07"), report("b", "2022-07-15", "2022-09-08")));
        assertEquals("2022-07-15", p.get("a").segment());
        assertEquals("2022-07-15", p.get("b").segment());
        assertEquals(PartialDate.parse("2022-07-15"), p.get("b").writeDate());
    }

    @Test
    void aMonthJoinsTheLatestDayInsideItAndStatesNoDate() {
        Map<String, FactIdentity.Placement> p = rule.place(List.of(
                report("day1", "2022-07-10", "2022-07-11"), report("day2", "2022-07-15", "2022-07-16"),
                report("month", "2022-07", "2022-09-08"), report("otherMonth", "2022-08", "2022-09-08")));
        assertEquals("2022-07-15", p.get("month").segment());
        assertEquals(Optional.empty(), p.get("month").writeDate());
        assertEquals("2022-08", p.get("otherMonth").segment());
        assertEquals(PartialDate.parse("2022-08"), p.get("otherMonth").writeDate());
    }

    @Test
    void aYearJoinsTheFinestNodeInsideIt() {
        Map<String, FactIdentity.Placement> p = rule.place(List.of(
                report("month", "2016-03", null), report("year", "2016", null)));
        assertEquals("2016-03", p.get("year").segment());
    }

    @Test
    void anUndatedReportJoinsADatedNodeInTheWindowBeforePublication() {
        Map<String, FactIdentity.Placement> p = rule.place(List.of(
                report("dated", "2022-07-15", "2022-09-07"),
                report("inWindow", null, "2022-09-09"),
                report("tooLate", null, "2022-12-01"),
                report("before", null, "2022-07-01")));
        assertEquals("2022-07-15", p.get("inWindow").segment());
        assertEquals("undated-2022-07-01", p.get("before").segment(), "a node after publication is not a candidate");
        assertEquals("undated-2022-12-01", p.get("tooLate").segment());
    }

    @Test
    void undatedReportsOutsideAnyWindowGroupByPublicationDate() {
        Map<String, FactIdentity.Placement> p = rule.place(List.of(
                report("a", null, "2020-01-01"), report("b", null, "2020-02-15"), report("c", null, "2020-03-15"),
                report("d", null, null)));
        assertEquals("undated-2020-01-01", p.get("a").segment());
        assertEquals("undated-2020-01-01", p.get("b").segment());
        assertEquals("undated-2020-03-15", p.get("c").segment(), "more than 60 days after the group's start");
        assertEquals("undated", p.get("d").segment());
    }

    @Test
    void hostingIsOneNodeWhateverTheDates() {
        Map<String, FactIdentity.Placement> p = rule.place(FactType.Hosting, List.of(
                report("a", "2013", "2020-01-15"), report("b", null, "2023-06-21")));
        assertEquals("", p.get("a").segment());
        assertEquals("", p.get("b").segment());
    }

    @Test
    void placementDoesNotDependOnTheOrderOfReports() {
        List<FactIdentity.Report> reports = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            String stated = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> "2022-0" + (1 + random.nextInt(9));
                case 2 -> "2022";
                default -> LocalDate.of(2022, 1, 1).plusDays(random.nextInt(300)).toString();
            };
            reports.add(report("r" + i, stated, LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365)).toString()));
        }
        Map<String, FactIdentity.Placement> first = rule.place(reports);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(reports, random);
            assertEquals(first, rule.place(reports));
        }
        assertTrue(first.values().stream().anyMatch(pl -> pl.writeDate().isEmpty()));
    }
}
