package org.geokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geokg.facts.ActKind;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;
import org.geokg.facts.Span;

/**
 * Merges an article's candidates into facts, one per (type, roles, about) as the guidelines ask. A
 * repeated fact keeps its most confident statement as evidence and the date of the article's main
 * event: a recent date the text gives, else today's news, else the first date given. Then accusations
 * of a cyberattack are linked to the Cyberattack fact they blame, denials to the accusation they answer,
 * and condemnations of an act the same actor also blames on the target are dropped.
 */
final class FactAssembler {

    /** How recent a date must be, in days before publication, to count as the main event's. */
    private static final int RECENT_DAYS = 31;

    private FactAssembler() {
    }

    static List<Fact> assemble(String text, List<Candidate> candidates, Optional<LocalDate> published) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            groups.computeIfAbsent(c.tuple(), k -> new ArrayList<>()).add(c);
        }
        java.util.Set<String> accusations = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == FactType.Accusation) {
                accusations.add(c.roles().get(Role.ACCUSER) + "|" + c.roles().get(Role.ACCUSED));
            }
        }
        List<List<Candidate>> kept = new ArrayList<>();
        for (List<Candidate> g : groups.values()) {
            Candidate first = g.get(0);
            if (first.type() == FactType.Condemnation && blamedToo(g, accusations)) {
                continue;
            }
            kept.add(g);
        }
        List<Fact> facts = new ArrayList<>();
        int n = 0;
        Map<String, String> idOfTuple = new LinkedHashMap<>();
        List<Candidate> chosen = new ArrayList<>();
        for (List<Candidate> g : kept) {
            Candidate best = g.get(0);
            for (Candidate c : g) {
                if (c.confidence() > best.confidence()) {
                    best = c;
                }
            }
            Optional<PartialDate> date = date(g, published);
            Optional<PartialDate> since = g.stream().map(Candidate::since).filter(Optional::isPresent)
                    .map(Optional::get).findFirst();
            String id = "f" + (++n);
            idOfTuple.put(best.tuple(), id);
            chosen.add(best.withDate(date, 0));
            Sentence s = best.sentence();
            Span evidence = Span.of(text, s.start(), s.end());
            Optional<ActKind> about = best.type() == FactType.Accusation ? best.about() : Optional.empty();
            facts.add(new Fact(id, best.type(), best.roles(), about, Optional.empty(), Optional.empty(), date,
                    best.type() == FactType.Hosting ? since : Optional.empty(), best.confidence(), evidence,
                    Optional.of(best.rule())));
        }
        return link(facts, chosen);
    }

    /**
     * The main event's date among a fact's statements: a recent date given in the text (the most
     * precise, then the first), else the article's main-event date, else the most precise date given.
     */
    private static Optional<PartialDate> date(List<Candidate> g, Optional<LocalDate> published) {
        PartialDate recent = null;
        PartialDate explicit = null;
        PartialDate main = null;
        for (Candidate c : g) {
            if (c.date().isEmpty()) {
                continue;
            }
            PartialDate d = c.date().get();
            if (c.datePriority() == 2) {
                boolean isRecent = published.isPresent() && !d.last().isBefore(published.get().minusDays(RECENT_DAYS))
                        && !d.first().isAfter(published.get());
                if (isRecent && (recent == null || d.finerThan(recent))) {
                    recent = d;
                }
                if (explicit == null || d.finerThan(explicit)) {
                    explicit = d;
                }
            } else if (main == null) {
                main = d;
            }
        }
        if (g.get(0).type() == FactType.Cyberattack) {
            return Optional.ofNullable(explicit);
        }
        return Optional.ofNullable(recent != null ? recent : main != null ? main : explicit);
    }

    /** True when the condemnation's actor also accuses its target of an act, and what it condemns is no decision. */
    private static boolean blamedToo(List<Candidate> condemnations, java.util.Set<String> accusations) {
        Candidate con = condemnations.get(0);
        boolean accused = accusations.contains(con.roles().get(Role.ACTOR) + "|" + con.roles().get(Role.TARGET));
        // "condemned Poland's decision": a decision is condemned, not an act; keep it
        return accused && condemnations.stream().noneMatch(Candidate::decision);
    }

    private static List<Fact> link(List<Fact> facts, List<Candidate> chosen) {
        List<Fact> out = new ArrayList<>();
        Map<String, String> accusationIds = new java.util.HashMap<>();
        List<Integer> attacks = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact a = facts.get(i);
            if (a.type() == FactType.Accusation) {
                accusationIds.putIfAbsent(a.role(Role.ACCUSER) + "|" + a.role(Role.ACCUSED), a.id());
            }
            if (a.type() == FactType.Cyberattack) {
                attacks.add(i);
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Candidate c = chosen.get(i);
            Optional<String> act = Optional.empty();
            Optional<String> answers = Optional.empty();
            if (f.type() == FactType.Accusation && f.about().orElse(null) == ActKind.Cyberattack) {
                act = cyberattackFor(f, c, facts, chosen, attacks);
            }
            if (f.type() == FactType.Denial) {
                answers = Optional.ofNullable(accusationIds.get(f.role(Role.ACCUSER) + "|" + f.role(Role.ACTOR)));
            }
            out.add(new Fact(f.id(), f.type(), f.roles(), f.about(), act, answers, f.date(), f.since(),
                    f.confidence(), f.evidence(), f.rule()));
        }
        return out;
    }

    /** The Cyberattack an accusation blames: one stated in the same sentence, else one on the accuser, else the only one. */
    private static Optional<String> cyberattackFor(Fact acc, Candidate c, List<Fact> facts, List<Candidate> chosen,
                                                   List<Integer> allAttacks) {
        List<Integer> attacks = new ArrayList<>();
        for (int i : allAttacks) {
            if (!facts.get(i).role(Role.TARGET).equals(acc.role(Role.ACCUSED))) {
                attacks.add(i);
            }
        }
        for (int i : attacks) {
            if (chosen.get(i).sentence() == c.sentence()) {
                return Optional.of(facts.get(i).id());
            }
        }
        for (int i : attacks) {
            if (facts.get(i).role(Role.TARGET).equals(acc.role(Role.ACCUSER))) {
                return Optional.of(facts.get(i).id());
            }
        }
        return attacks.size() == 1 ? Optional.of(facts.get(attacks.get(0)).id()) : Optional.empty();
    }
}
