package org.geokg.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to the day, the month or only the year, as news gives it ("on July 15", "in July", "in
 * 2012"). Written as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
 *
 * @param first     the first day of the period
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate first, Precision precision) implements Comparable<PartialDate> {

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && first.getDayOfMonth() != 1
                || precision == Precision.YEAR && first.getMonthValue() != 1) {
            throw new IllegalArgumentException("a partial date starts its period: " + first + " " + precision);
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.atDay(1), Precision.MONTH);
    }

    public static PartialDate of(Year year) {
        return new PartialDate(year.atDay(1), Precision.YEAR);
    }

    /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; empty for anything else or an impossible date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(of(LocalDate.parse(text)));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return Optional.of(of(YearMonth.parse(text)));
            }
            if (text.matches("\\d{4}")) {
                return Optional.of(of(Year.parse(text)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The last day of the period. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> Year.from(first).atMonth(12).atEndOfMonth();
        };
    }

    /** True if the other date's whole period lies within this one. */
    public boolean contains(PartialDate other) {
        return !other.first.isBefore(first) && !other.last().isAfter(last());
    }

    /** True if this date is strictly more precise than the other. */
    public boolean finerThan(PartialDate other) {
        return precision.compareTo(other.precision) > 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.format("%04d", first.getYear());
        };
    }
}
