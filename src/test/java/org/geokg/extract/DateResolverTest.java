package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Relative dates of news resolved against the publication date, as a reader of that day would. */
class DateResolverTest {

    /** A Thursday. */
    private static final LocalDate PUB = LocalDate.of(2022, 9, 8);

    private static String resolve(String sentence) {
        return resolveAll(sentence).get(0);
    }

    private static List<String> resolveAll(String text) {
        AnalyzedText t = AnalyzedText.of(text);
        List<String> out = new ArrayList<>();
        for (Sentence s : t.sentences()) {
            for (TimeExpression e : TimeExpressions.find(t, s, Optional.of(PUB))) {
                out.add(e.date() + (e.since() ? " since" : ""));
            }
        }
        return out;
    }

    @Test
    void weekdaysLookBackFromPublicationIncludingTheSameDay() {
        assertEquals("2022-09-07", DateResolver.weekday(PUB, DayOfWeek.WEDNESDAY, false).toString());
        assertEquals("2022-09-08", DateResolver.weekday(PUB, DayOfWeek.THURSDAY, false).toString());
        assertEquals("2022-09-02", DateResolver.weekday(PUB, DayOfWeek.FRIDAY, false).toString());
        assertEquals("2022-09-05", resolve("On Monday, Iran denied the claims."));
        assertEquals("2022-09-07", resolve("Albania cut ties with Iran on Wednesday."));
    }

    @Test
    void weekdaysLookForwardInAFutureClause() {
        assertEquals("2022-09-12", resolve("The envoys will leave on Monday."));
        assertEquals("2022-09-12", resolve("They meet next Monday."));
        assertEquals("2022-09-01", resolve("It happened last Thursday."));
    }

    @Test
    void yesterdayTodayAndThisMorning() {
        assertEquals("2022-09-07", resolve("In a message posted yesterday, he spoke."));
        assertEquals("2022-09-08", resolve("The ministry said today that it acts."));
        assertEquals("2022-09-08", resolve("This morning the embassy was calm."));
    }

    @Test
    void monthDaysTakeThePublicationYearUnlessThatLiesAhead() {
        assertEquals("2022-07-15", resolve("The attack came on July 15."));
        assertEquals("2022-07-15", resolve("The attack came on 15 July."));
        assertEquals("2022-07-15", resolve("The attack came on July 15, 2022."));
        assertEquals("2017-06-27", resolve("It struck on 27 June 2017."));
        assertEquals("2021-12-20", resolve("It began on December 20."));
        assertEquals("2022-12-20", DateResolver.monthDay(PUB, Month.DECEMBER, 20, true).toString());
        assertEquals("2021-08-10", resolve("China said on Tuesday (Aug. 10, 2021) it would act."));
    }

    @Test
    void monthsAndYears() {
        assertEquals("2022-07", resolve("The hack took place in July."));
        assertEquals("2021-10", resolve("The hack took place in October."));
        assertEquals("2019-10", resolve("Police announced in October 2019 that they had foiled a plot."));
        assertEquals("2012", resolve("The designation was withdrawn in 2012."));
        assertEquals("2013 since", resolve("Since 2013, Albania has hosted the group."));
        assertEquals("2021-06", resolve("The worm hit in June last year."));
    }

    @Test
    void relativePeriods() {
        assertEquals("2022-08", resolve("The talks failed last month."));
        assertEquals("2022-09", resolve("Earlier this week, Latvia expelled an envoy."));
        assertEquals("2021", resolve("Relations were cut last year."));
        assertEquals("2020", resolve("It was two years ago."));
        assertEquals("2022-07", resolve("The hack came nearly two months ago."));
    }

    @Test
    void rangesKeepTheirStart() {
        assertEquals(List.of("2022-02"), resolveAll("The phones were infected between late February and early March."));
        assertEquals(List.of("2014"), resolveAll("The militants were there from 2014 to 2016."));
    }

    @Test
    void wordsThatAreAlsoMonthsAreNotDatesAlone() {
        assertTrue(resolveAll("Iran may expel more diplomats if they march on.").isEmpty());
        assertTrue(resolveAll("The 1979 revolution is long past.").isEmpty());
    }
}
