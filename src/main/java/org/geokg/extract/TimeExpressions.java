package org.geokg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.facts.PartialDate;

/**
 * Finds the time expressions of a sentence ("on Wednesday", "yesterday", "on July 15", "15 July 2022",
 * "in July", "last month", "earlier this week", "two years ago", "in 2012", "since 2013") and resolves
 * them with {@link DateResolver}. Of a range ("between February and March", "from 2014 to 2016") only the
 * start is kept.
 */
final class TimeExpressions {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("few", 3), Map.entry("several", 3));

    private static final Map<String, String> UNITS = Map.of("day", "day", "days", "day", "week", "week",
            "weeks", "week", "month", "month", "months", "month", "year", "year", "years", "year");

    /** Words before a bare month or year that make it a date ("in July", "since 2013", "mid-July"). */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "from", "during", "until", "till",
            "by", "early", "late", "mid", "-", "of", "before", "after", "last", "this", "between", "through", "to",
            "and", "throughout", "around", "next", "on");
    /** Words before "May" or "March" that make them months. */
    private static final Set<String> STRONG_MONTH_WORDS = Set.of("in", "since", "early", "late", "mid", "until",
            "last", "by", "during", "-");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "scheduled", "due", "upcoming",
            "next", "planned", "plans", "expected");

    private TimeExpressions() {
    }

    /** The time expressions of a sentence, left to right; none without a publication date. */
    static List<TimeExpression> find(AnalyzedText text, Sentence s, Optional<LocalDate> published) {
        List<TimeExpression> out = new ArrayList<>();
        if (published.isEmpty()) {
            return out;
        }
        LocalDate p = published.get();
        int i = s.first();
        while (i < s.last()) {
            TimeExpression e = at(text, s, i, p);
            if (e == null) {
                i++;
                continue;
            }
            if (!isRangeEnd(text, out, e)) {
                out.add(e);
            }
            i = e.last();
        }
        return out;
    }

    /**
     * Like {@link #find(AnalyzedText, Sentence, Optional)}, and a year that modifies one of the event
     * nouns ("the 2015 hacking", "a 2021 hack", "the 2018 expulsions") dates that event; before other
     * nouns ("the 1979 revolution") a year is no time expression.
     */
    static List<TimeExpression> find(AnalyzedText text, Sentence s, Optional<LocalDate> published,
                                     java.util.Set<String> eventNouns) {
        List<TimeExpression> out = new ArrayList<>(find(text, s, published));
        if (published.isEmpty()) {
            return out;
        }
        for (int i = s.first() + 1; i + 1 < s.last(); i++) {
            String before = text.norm(i - 1);
            Integer year = year(text.token(i));
            if (year == null || !(before.equals("the") || before.equals("a") || before.equals("its")
                    || before.equals("their")) || !eventNouns.contains(text.norm(i + 1))) {
                continue;
            }
            final int at = i;
            if (out.stream().noneMatch(t -> t.first() <= at && at < t.last())) {
                out.add(new TimeExpression(i, i + 1, PartialDate.of(Year.of(year)), false, true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(TimeExpression::first));
        return out;
    }

    private static boolean isRangeEnd(AnalyzedText text, List<TimeExpression> found, TimeExpression e) {
        if (found.isEmpty()) {
            return false;
        }
        TimeExpression prev = found.get(found.size() - 1);
        int gap = e.first() - prev.last();
        if (gap < 1 || gap > 2) {
            return false;
        }
        for (int k = prev.last(); k < e.first(); k++) {
            String w = text.norm(k);
            if (!(w.equals("and") || w.equals("to") || w.equals("-") || w.equals("through") || w.equals("until")
                    || w.equals("early") || w.equals("late") || w.equals(String.valueOf(TextNormalizer.DASH)))) {
                return false;
            }
        }
        int before = prev.first() - 1;
        while (before >= 0 && (text.norm(before).equals("late") || text.norm(before).equals("early")
                || text.norm(before).equals("mid"))) {
            before--;
        }
        String w = text.norm(before);
        return w.equals("between") || w.equals("from") || text.norm(prev.last()).equals("-")
                || text.norm(prev.last()).equals(String.valueOf(TextNormalizer.DASH))
                || text.norm(prev.last()).equals("to");
    }

    private static TimeExpression at(AnalyzedText text, Sentence s, int i, LocalDate p) {
        Token t = text.token(i);
        String w = t.norm();
        int end = s.last();
        boolean since = since(text, s, i);
        switch (w) {
            case "yesterday" -> {
                return new TimeExpression(i, i + 1, DateResolver.yesterday(p), since, false);
            }
            case "today", "tonight" -> {
                return new TimeExpression(i, i + 1, DateResolver.today(p), since, false);
            }
            case "earlier", "later" -> {
                if (i + 2 < end + 1 && text.norm(i + 1).equals("this")) {
                    TimeExpression inner = at(text, s, i + 1, p);
                    if (inner != null) {
                        return new TimeExpression(i, inner.last(), inner.date(), since, false);
                    }
                }
                if (i + 1 < end && text.norm(i + 1).equals("today")) {
                    return new TimeExpression(i, i + 2, DateResolver.today(p), since, false);
                }
                return null;
            }
            case "this" -> {
                if (i + 1 >= end) {
                    return null;
                }
                String u = text.norm(i + 1);
                PartialDate d = switch (u) {
                    case "morning", "afternoon", "evening" -> DateResolver.today(p);
                    case "week" -> DateResolver.thisWeek(p);
                    case "month" -> DateResolver.thisMonth(p);
                    case "year" -> DateResolver.thisYear(p);
                    default -> null;
                };
                return d == null ? null : new TimeExpression(i, i + 2, d, since, false);
            }
            case "last", "past" -> {
                if (i + 1 >= end) {
                    return null;
                }
                String u = text.norm(i + 1);
                PartialDate d = switch (u) {
                    case "night" -> DateResolver.yesterday(p);
                    case "week" -> DateResolver.lastWeek(p);
                    case "month" -> DateResolver.lastMonth(p);
                    case "year" -> DateResolver.lastYear(p);
                    default -> null;
                };
                if (d == null && w.equals("last") && WEEKDAYS.containsKey(u) && text.token(i + 1).capitalized()) {
                    d = DateResolver.lastWeekday(p, WEEKDAYS.get(u));
                }
                if (d == null && w.equals("last") && MONTHS.containsKey(u) && text.token(i + 1).capitalized()
                        && u.length() > 3) {
                    d = DateResolver.month(p.minusMonths(1), MONTHS.get(u), false);
                }
                return d == null ? null : new TimeExpression(i, i + 2, d, since, false);
            }
            case "next" -> {
                if (i + 1 < end && WEEKDAYS.containsKey(text.norm(i + 1)) && text.token(i + 1).capitalized()) {
                    return new TimeExpression(i, i + 2, DateResolver.nextWeekday(p, WEEKDAYS.get(text.norm(i + 1))),
                            since, false);
                }
                return null;
            }
            default -> {
                // fall through to the patterns below
            }
        }
        if (WEEKDAYS.containsKey(w) && t.capitalized()) {
            // "on Tuesday (Aug. 10)": the date in brackets says it better
            if (i + 2 < end && text.token(i + 1).is("(") && at(text, s, i + 2, p) != null) {
                return null;
            }
            return new TimeExpression(i, i + 1, DateResolver.weekday(p, WEEKDAYS.get(w), future(text, s, i)),
                    since, false);
        }
        if (MONTHS.containsKey(w) && t.capitalized()) {
            return month(text, s, i, p, since);
        }
        if (t.kind() == Token.Kind.NUMBER) {
            return number(text, s, i, p, since);
        }
        if (NUMBER_WORDS.containsKey(w) && i + 2 < end && UNITS.containsKey(text.norm(i + 1))
                && text.norm(i + 2).equals("ago")) {
            return new TimeExpression(i, i + 3, DateResolver.ago(p, NUMBER_WORDS.get(w), UNITS.get(text.norm(i + 1))),
                    since, false);
        }
        return null;
    }

    private static TimeExpression month(AnalyzedText text, Sentence s, int i, LocalDate p, boolean since) {
        Month m = MONTHS.get(text.norm(i));
        int end = s.last();
        int j = i + 1;
        if (j < end && text.token(j).is(".") && text.token(j).start() == text.token(i).end()) {
            j++;   // "Aug."
        }
        Integer day = j < end ? day(text.token(j)) : null;
        if (day != null) {
            return dayWithOptionalYear(text, s, i, j + 1, j + 1, m, day, p, since);   // "July 15, 2022"
        }
        Integer year = j < end ? year(text.token(j)) : null;
        if (year != null) {
            return new TimeExpression(i, j + 1, PartialDate.of(YearMonth.of(year, m)), since, true);
        }
        if (j + 1 < end && text.norm(j).equals("last") && text.norm(j + 1).equals("year")) {
            return new TimeExpression(i, j + 2, PartialDate.of(YearMonth.of(p.getYear() - 1, m)), since, false);
        }
        if (j + 1 < end && text.norm(j).equals("this") && text.norm(j + 1).equals("year")) {
            return new TimeExpression(i, j + 2, PartialDate.of(YearMonth.of(p.getYear(), m)), since, false);
        }
        // a bare month needs a word before it that makes it a date: "May" and "March" are also words
        String before = i > s.first() ? text.norm(i - 1) : "";
        boolean ambiguous = m == Month.MAY || m == Month.MARCH || text.norm(i).length() <= 3;
        boolean ok = ambiguous ? STRONG_MONTH_WORDS.contains(before)
                : DATE_PREPOSITIONS.contains(before) || before.equals("the") || before.equals("a");
        if (!ok) {
            return null;
        }
        return new TimeExpression(i, j, DateResolver.month(p, m, future(text, s, i)), since, false);
    }

    private static TimeExpression number(AnalyzedText text, Sentence s, int i, LocalDate p, boolean since) {
        int end = s.last();
        Token t = text.token(i);
        Integer day = day(t);
        if (day != null && i + 1 < end && MONTHS.containsKey(text.norm(i + 1)) && text.token(i + 1).capitalized()) {
            Month m = MONTHS.get(text.norm(i + 1));
            int k = i + 2;
            if (k < end && text.token(k).is(".")) {
                k++;
            }
            return dayWithOptionalYear(text, s, i, k, i + 2, m, day, p, since);   // "15 July 2022"
        }
        Integer n = t.text().matches("\\d{1,2}") ? Integer.valueOf(t.text()) : null;
        if (n != null && i + 2 < end && UNITS.containsKey(text.norm(i + 1)) && text.norm(i + 2).equals("ago")) {
            return new TimeExpression(i, i + 3, DateResolver.ago(p, n, UNITS.get(text.norm(i + 1))), since, false);
        }
        Integer year = year(t);
        if (year != null) {
            int b = i - 1;
            while (b >= s.first() && (text.norm(b).equals("early") || text.norm(b).equals("late")
                    || text.norm(b).equals("mid") || text.norm(b).equals("-"))) {
                b--;
            }
            String before = b >= s.first() ? text.norm(b) : "";
            boolean prep = before.equals("in") || before.equals("since") || before.equals("from")
                    || before.equals("during") || before.equals("until") || before.equals("by")
                    || before.equals("between") || before.equals("throughout") || before.equals("and")
                    || before.equals("to") || before.equals(",") && b - 1 >= s.first()
                    && MONTHS.containsKey(text.norm(b - 1));
            boolean followed = i + 1 < end && text.token(i + 1).is(",") && b < s.first();
            if (prep || followed) {
                return new TimeExpression(i, i + 1, PartialDate.of(Year.of(year)), since, true);
            }
        }
        return null;
    }

    private static boolean since(AnalyzedText text, Sentence s, int i) {
        int b = i - 1;
        while (b >= s.first() && (text.norm(b).equals("early") || text.norm(b).equals("late")
                || text.norm(b).equals("mid") || text.norm(b).equals("-") || text.norm(b).equals("the"))) {
            b--;
        }
        return b >= s.first() && text.norm(b).equals("since");
    }

    /**
     * A day and month that start at token {@code i}, with a year at token {@code k} (after an optional comma)
     * or, without one, resolved against publication and ending before {@code endWithoutYear}.
     */
    private static TimeExpression dayWithOptionalYear(AnalyzedText text, Sentence s, int i, int k, int endWithoutYear,
            Month m, int day, LocalDate p, boolean since) {
        int end = s.last();
        if (k < end && text.token(k).is(",")) {
            k++;
        }
        Integer year = k < end ? year(text.token(k)) : null;
        PartialDate d = year != null ? DateResolver.date(year, m, day)
                : DateResolver.monthDay(p, m, day, future(text, s, i));
        if (d == null) {
            return null;
        }
        return new TimeExpression(i, year != null ? k + 1 : endWithoutYear, d, since, year != null);
    }

    private static boolean future(AnalyzedText text, Sentence s, int i) {
        for (int k = Math.max(s.first(), i - 8); k < i; k++) {
            if (FUTURE_WORDS.contains(text.norm(k))) {
                return true;
            }
        }
        return false;
    }

    private static Integer day(Token t) {
        if (t.kind() != Token.Kind.NUMBER) {
            return null;
        }
        String digits = t.text().replaceAll("(st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) {
            return null;
        }
        int d = Integer.parseInt(digits);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static Integer year(Token t) {
        if (t.kind() != Token.Kind.NUMBER || !t.text().matches("(19|20)\\d\\d")) {
            return null;
        }
        return Integer.valueOf(t.text());
    }
}
