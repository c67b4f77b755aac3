package org.geokg.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.geokg.facts.PartialDate;

/**
 * The rule that decides which node each report of a fact belongs to, so that the same fact reported by
 * five outlets is one node with five sources. All reports handed in share one {@link FactKey} (type, role
 * actors, kind of act); the rule places each on a date:
 * <ol>
 *   <li>A report dated to the day is the node of that day.</li>
 *   <li>A report dated to a month or a year joins the finest node whose date lies inside that period (the
 *       latest of equals); if there is none, it is the node of its own month or year.</li>
 *   <li>An undated report joins the finest, then latest, dated node that falls within the window before its
 *       article's publication date (the node's period overlaps [published - window, published]).</li>
 *   <li>Undated reports that join no dated node are grouped by publication date: a group starts at its
 *       earliest article and takes every later one published within the window of that start.</li>
 * </ol>
 * A Hosting is a lasting relation, not an event: all its reports are one node whatever their dates.
 * The result depends only on the set of reports, never on their order, so loading A then B gives the same
 * store as loading B then A.
 */
public final class FactIdentity {

    /** The default window for attaching undated reports: 60 days. */
    public static final int DEFAULT_WINDOW_DAYS = 60;

    private final int windowDays;

    /** A rule with a window in days before publication, for undated reports. */
    public FactIdentity(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must be >= 0 days: " + windowDays);
        }
        this.windowDays = windowDays;
    }

    /** The rule with the default window. */
    public static FactIdentity standard() {
        return new FactIdentity(DEFAULT_WINDOW_DAYS);
    }

    /** The window in days. */
    public int windowDays() {
        return windowDays;
    }

    /**
     * One article's report of a fact.
     *
     * @param source    identifies the report (its article graph)
     * @param stated    the date the article gave, if any
     * @param published the article's publication date, if known
     */
    public record Report(String source, Optional<PartialDate> stated, Optional<LocalDate> published) {
        public Report {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(stated, "stated");
            Objects.requireNonNull(published, "published");
        }
    }

    /**
     * Where a report goes.
     *
     * @param segment   the date segment of the node's IRI ({@code 2022-07-15}, {@code 2022-07},
     *                  {@code undated-2022-09-08}, {@code undated}; empty for a Hosting)
     * @param writeDate the date this report's graph states for the node: present when the report's own date
     *                  is the node's date, empty when the report joined a node dated by others
     */
    public record Placement(String segment, Optional<PartialDate> writeDate) {
    }

    /** Places every report of a fact of a type; the map is keyed by {@link Report#source()}. */
    public Map<String, Placement> place(org.geokg.facts.FactType type, Collection<Report> reports) {
        if (type == org.geokg.facts.FactType.Hosting) {
            Map<String, Placement> result = new TreeMap<>();
            reports.forEach(r -> result.put(r.source(), new Placement("", Optional.empty())));
            return result;
        }
        return place(reports);
    }

    /** Places every report of an event or claim by date; the map is keyed by {@link Report#source()}. */
    public Map<String, Placement> place(Collection<Report> reports) {
        Map<String, Placement> result = new TreeMap<>();
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Report::source));

        // 1. Day nodes.
        TreeSet<PartialDate> nodes = new TreeSet<>();
        for (Report r : sorted) {
            r.stated().filter(d -> d.precision() == PartialDate.Precision.DAY).ifPresent(nodes::add);
        }
        // 2. Months, then years: join a finer node inside the period, or become a node.
        for (PartialDate.Precision precision : List.of(PartialDate.Precision.MONTH, PartialDate.Precision.YEAR)) {
            TreeSet<PartialDate> added = new TreeSet<>();
            for (Report r : sorted) {
                r.stated().filter(d -> d.precision() == precision)
                        .filter(d -> best(nodes, d::contains).isEmpty())
                        .ifPresent(added::add);
            }
            nodes.addAll(added);
        }
        for (Report r : sorted) {
            if (r.stated().isPresent()) {
                PartialDate stated = r.stated().get();
                PartialDate node = best(nodes, n -> n.equals(stated) || stated.contains(n) && n.finerThan(stated))
                        .orElse(stated);
                result.put(r.source(), new Placement(node.toString(),
                        node.equals(stated) ? Optional.of(stated) : Optional.empty()));
            }
        }
        // 3. Undated reports join a dated node in the window before publication.
        List<Report> loose = new ArrayList<>();
        for (Report r : sorted) {
            if (r.stated().isEmpty()) {
                Optional<PartialDate> node = r.published().flatMap(p -> best(nodes, n -> inWindow(n, p)));
                if (node.isPresent()) {
                    result.put(r.source(), new Placement(node.get().toString(), Optional.empty()));
                } else {
                    loose.add(r);
                }
            }
        }
        // 4. The rest group by publication date.
        loose.sort(Comparator.comparing((Report r) -> r.published().orElse(LocalDate.MIN)).thenComparing(Report::source));
        LocalDate groupStart = null;
        for (Report r : loose) {
            if (r.published().isEmpty()) {
                result.put(r.source(), new Placement("undated", Optional.empty()));
                continue;
            }
            LocalDate p = r.published().get();
            if (groupStart == null || p.isAfter(groupStart.plusDays(windowDays))) {
                groupStart = p;
            }
            result.put(r.source(), new Placement("undated-" + groupStart, Optional.empty()));
        }
        return result;
    }

    private boolean inWindow(PartialDate node, LocalDate published) {
        return !node.first().isAfter(published) && !node.last().isBefore(published.minusDays(windowDays));
    }

    /** The finest, then latest, node that passes the test. */
    private static Optional<PartialDate> best(TreeSet<PartialDate> nodes, java.util.function.Predicate<PartialDate> test) {
        return nodes.stream().filter(test)
                .max(Comparator.comparing(PartialDate::precision).thenComparing(PartialDate::first));
    }
}
