package org.geokg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.geokg.facts.PartialDate;

/**
 * Resolves the relative dates of news against the publication date, as a reader of that day would:
 * "on Wednesday" in a story about what happened is the most recent Wednesday (the same day included),
 * but in a clause about what will happen it is the next one; "July 15" without a year is this year's
 * unless that lies well after publication; "last month" and "earlier this week" are only known to the
 * month, "last year" to the year. Pure functions over {@code java.time}.
 */
final class DateResolver {

    /** How far after publication a date without a year may lie before it is taken as last year's. */
    private static final int FUTURE_SLACK_DAYS = 7;

    private DateResolver() {
    }

    /** A weekday: the most recent one up to publication, or for a future clause the next one from it. */
    static PartialDate weekday(LocalDate published, DayOfWeek day, boolean future) {
        LocalDate d = future ? published.with(TemporalAdjusters.nextOrSame(day))
                : published.with(TemporalAdjusters.previousOrSame(day));
        return PartialDate.of(d);
    }

    /** "next Monday": strictly after publication. */
    static PartialDate nextWeekday(LocalDate published, DayOfWeek day) {
        return PartialDate.of(published.with(TemporalAdjusters.next(day)));
    }

    /** "last Monday": strictly before publication. */
    static PartialDate lastWeekday(LocalDate published, DayOfWeek day) {
        return PartialDate.of(published.with(TemporalAdjusters.previous(day)));
    }

    /** A day of a month without a year; null when the day does not exist in that month. */
    static PartialDate monthDay(LocalDate published, Month month, int day, boolean future) {
        int year = published.getYear();
        if (day < 1 || day > month.length(Year.isLeap(year))) {
            return null;
        }
        LocalDate d = LocalDate.of(year, month, day);
        if (!future && d.isAfter(published.plusDays(FUTURE_SLACK_DAYS))) {
            d = d.minusYears(1);
        } else if (future && d.isBefore(published.minusDays(FUTURE_SLACK_DAYS))) {
            d = d.plusYears(1);
        }
        return PartialDate.of(d);
    }

    /** A full date; null when it does not exist. */
    static PartialDate date(int year, Month month, int day) {
        if (day < 1 || day > month.length(Year.isLeap(year))) {
            return null;
        }
        return PartialDate.of(LocalDate.of(year, month, day));
    }

    /** A month without a year ("in July"): this year's, unless it has not begun by publication. */
    static PartialDate month(LocalDate published, Month month, boolean future) {
        YearMonth ym = YearMonth.of(published.getYear(), month);
        YearMonth now = YearMonth.from(published);
        if (!future && ym.isAfter(now)) {
            ym = ym.minusYears(1);
        } else if (future && ym.isBefore(now)) {
            ym = ym.plusYears(1);
        }
        return PartialDate.of(ym);
    }

    static PartialDate yesterday(LocalDate published) {
        return PartialDate.of(published.minusDays(1));
    }

    static PartialDate today(LocalDate published) {
        return PartialDate.of(published);
    }

    /** "this week", "earlier this week": known to the month of publication. */
    static PartialDate thisWeek(LocalDate published) {
        return PartialDate.of(YearMonth.from(published));
    }

    /** "last week": known to the month of the day a week before publication. */
    static PartialDate lastWeek(LocalDate published) {
        return PartialDate.of(YearMonth.from(published.minusWeeks(1)));
    }

    static PartialDate thisMonth(LocalDate published) {
        return PartialDate.of(YearMonth.from(published));
    }

    static PartialDate lastMonth(LocalDate published) {
        return PartialDate.of(YearMonth.from(published).minusMonths(1));
    }

    static PartialDate thisYear(LocalDate published) {
        return PartialDate.of(Year.of(published.getYear()));
    }

    static PartialDate lastYear(LocalDate published) {
        return PartialDate.of(Year.of(published.getYear() - 1));
    }

    /** "N days|weeks|months|years ago", to the precision the unit allows. */
    static PartialDate ago(LocalDate published, int amount, String unit) {
        return switch (unit) {
            case "day" -> PartialDate.of(published.minusDays(amount));
            case "week" -> PartialDate.of(YearMonth.from(published.minusWeeks(amount)));
            case "month" -> PartialDate.of(YearMonth.from(published).minusMonths(amount));
            case "year" -> PartialDate.of(Year.of(published.getYear() - amount));
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
