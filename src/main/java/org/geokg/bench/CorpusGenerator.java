package org.geokg.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.geokg.article.Article;
import org.geokg.facts.ActKind;
import org.geokg.facts.Entity;
import org.geokg.facts.EntityType;
import org.geokg.facts.Fact;
import org.geokg.facts.FactType;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;
import org.geokg.facts.Span;
import org.geokg.gazetteer.Actor;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.gazetteer.Official;

/**
 * Writes synthetic news articles about cyberattacks and diplomatic crises, with the facts each one states, so
 * that the benchmarks have years of realistic input without copying anyone's news. The same seed always gives
 * the same articles.
 *
 * <p>The generator invents stories (an attack and its attribution, a spy scandal, a sanctions round, an exile
 * group's host) on a clock that advances through the years, and has one to four outlets report each story.
 * Each report words the facts its own way from geokg's templates (active and passive voice, officials speaking
 * for their state, capitals and demonyms for states) and gives their dates its own way ("on Tuesday",
 * "on July 15", "in July", or not at all), so the same real-world fact arrives at several precisions, as it
 * does in news. Distractor paragraphs without facts bring each article to 2-3 KB.
 *
 * <pre>
 *   CorpusGenerator corpus = new CorpusGenerator(Gazetteer.load(files), 42);
 *   FactsDocument doc = corpus.next();      // doc.article() is the article, doc.facts() what it states
 * </pre>
 */
public final class CorpusGenerator {

    /** The first day a story may happen on. */
    static final LocalDate START = LocalDate.of(2015, 1, 5);
    /** How many stories start per day of the generator's clock. */
    private static final int STORIES_PER_DAY = 12;

    private static final List<String> ACCUSED = List.of("RUS", "CHN", "IRN", "PRK", "BLR", "TUR", "PAK", "VNM");
    private static final int[] ACCUSED_WEIGHTS = {36, 30, 15, 10, 3, 2, 2, 2};
    private static final List<String> VICTIMS = List.of("USA", "GBR", "UKR", "DEU", "FRA", "EST", "LTU", "LVA", "POL",
            "CZE", "NLD", "NOR", "SWE", "FIN", "DNK", "BEL", "ITA", "ESP", "AUS", "NZL", "CAN", "JPN", "KOR", "TWN",
            "IND", "ISR", "ALB", "MDA", "GEO", "ROU", "BGR", "MNE", "AUT", "CHE", "IRL", "PRT", "GRC", "SVK", "HUN",
            "HRV", "SVN", "ISL", "PHL", "SGP", "MYS", "IDN", "ARE", "SAU", "BRA", "MEX");
    private static final List<String> SECTORS = List.of("power grid", "hospital network", "tax authority",
            "foreign ministry", "parliament's email system", "central bank", "railway operator", "water utility",
            "election commission", "defence ministry", "telecommunications regulator", "customs service",
            "state broadcaster", "port authority", "border police", "national statistics office");
    private static final List<String> OUTLETS = List.of("Baltic Wire", "Northern Ledger", "Continental Courier",
            "Harbour Times", "The Meridian Post", "Eastern Dispatch", "Atlas Daily", "Riverside Herald",
            "The Civic Review", "Pacific Bulletin", "Capital Observer", "Frontier Journal");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final Random random;
    private final long seed;
    private final Map<String, Actor> states = new LinkedHashMap<>();
    private final Map<String, List<Actor>> groupsBySponsor = new LinkedHashMap<>();
    private final List<Actor> exileGroups = new ArrayList<>();
    private final Map<String, List<Official>> officials = new LinkedHashMap<>();
    private final Map<String, List<String>> demonyms = new LinkedHashMap<>();
    private final Map<String, List<String>> capitals = new LinkedHashMap<>();
    private final Deque<Report> pending = new ArrayDeque<>();
    /** Earlier events by pair of states ("CHN|USA"), the latest last, for articles to recall. */
    private final Map<String, List<Event>> history = new java.util.HashMap<>();
    private long stories;
    private long articles;

    /**
     * A generator over the gazetteer's actors.
     *
     * @param gazetteer where the states, officials, hacker groups and exile groups come from
     * @param seed      the seed: the same seed gives the same articles
     */
    public CorpusGenerator(Gazetteer gazetteer, long seed) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.seed = seed;
        this.random = new Random(seed);
        for (Actor a : gazetteer.actors()) {
            switch (a.type()) {
                case State -> states.put(a.key(), a);
                case ThreatActor -> a.sponsor().ifPresent(s -> groupsBySponsor.computeIfAbsent(s, k -> new ArrayList<>()).add(a));
                case ExileGroup -> {
                    if (a.opposes().isPresent() && a.basedIn().isPresent()) {
                        exileGroups.add(a);
                    }
                }
                default -> { }
            }
        }
        for (Official o : gazetteer.officials()) {
            officials.computeIfAbsent(o.state(), k -> new ArrayList<>()).add(o);
        }
        for (var form : gazetteer.surfaceForms()) {
            switch (form.kind()) {
                case DEMONYM -> demonyms.computeIfAbsent(form.key(), k -> new ArrayList<>()).add(form.text());
                case CAPITAL -> capitals.computeIfAbsent(form.key(), k -> new ArrayList<>()).add(form.text());
                default -> { }
            }
        }
        for (String key : concat(ACCUSED, VICTIMS)) {
            if (!states.containsKey(key)) {
                throw new IllegalStateException("the gazetteer has no state " + key);
            }
        }
    }

    /** The next article with the facts it states. */
    public FactsDocument next() {
        while (pending.isEmpty()) {
            story();
        }
        return write(pending.removeFirst());
    }

    // ------------------------------------------------------------------------------------------- stories

    /** One real-world fact of a story: its type, actors by role, kind of act, and the day it happened. */
    private record Event(FactType type, Map<Role, String> roles, Optional<ActKind> about, LocalDate day,
                         Optional<Integer> since) {
    }

    /**
     * One outlet's article about a story: which events it reports, when it came out, and an earlier event
     * between the same states that it recalls, if any.
     */
    private record Report(List<Event> events, String outlet, LocalDate published, Optional<Event> recap) {
    }

    private void story() {
        long n = stories++;
        LocalDate day = START.plusDays(n / STORIES_PER_DAY);
        List<Event> events = new ArrayList<>();
        int kind = random.nextInt(100);
        if (kind < 50) {
            cyberStory(day, events);
        } else if (kind < 72) {
            spyStory(day, events);
        } else if (kind < 90) {
            sanctionStory(day, events);
        } else {
            exileStory(day, events);
        }
        LocalDate last = events.stream().map(Event::day).max(Comparator.naturalOrder()).orElseThrow();
        int outlets = 1 + weighted(new int[] {35, 35, 20, 10});
        List<String> shuffled = new ArrayList<>(OUTLETS);
        java.util.Collections.shuffle(shuffled, random);
        for (int i = 0; i < outlets; i++) {
            List<Event> reported = new ArrayList<>();
            for (int j = 0; j < events.size(); j++) {
                // The lead event of the story is in every report; the others in most.
                if (j == leadIndex(events) || random.nextInt(100) < 85) {
                    reported.add(events.get(j));
                }
            }
            Optional<Event> recap = Optional.empty();
            List<Event> before = history.getOrDefault(pair(events.get(leadIndex(events))), List.of());
            if (!before.isEmpty() && random.nextInt(100) < 60) {
                recap = Optional.of(before.get(random.nextInt(before.size())));
            }
            pending.add(new Report(reported, shuffled.get(i), last.plusDays(random.nextInt(5)), recap));
        }
        // Some outlets carry only the denial, a day or two later, in a short follow-up.
        events.stream().filter(e -> e.type() == FactType.Denial).findFirst().ifPresent(denial -> {
            if (random.nextInt(100) < 30) {
                pending.add(new Report(List.of(denial), OUTLETS.get(random.nextInt(OUTLETS.size())),
                        last.plusDays(1 + random.nextInt(2)), Optional.empty()));
            }
        });
        for (Event e : events) {
            if (e.type() != FactType.Cyberattack && e.type() != FactType.Hosting && e.type() != FactType.Denial
                    && e.roles().values().stream().allMatch(states::containsKey)) {
                List<Event> past = history.computeIfAbsent(pair(e), k -> new ArrayList<>());
                past.add(e);
                if (past.size() > 8) {
                    past.remove(0);
                }
            }
        }
    }

    /** The unordered pair of actors of an event, as a history key. */
    private static String pair(Event e) {
        return e.roles().values().stream().sorted().reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static int leadIndex(List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type() == FactType.Accusation || events.get(i).type() == FactType.Expulsion
                    || events.get(i).type() == FactType.Sanction || events.get(i).type() == FactType.Hosting) {
                return i;
            }
        }
        return 0;
    }

    private void cyberStory(LocalDate day, List<Event> events) {
        String accused = pick(ACCUSED, ACCUSED_WEIGHTS);
        String victim = VICTIMS.get(zipf(VICTIMS.size()));
        LocalDate attack = day.minusDays(3 + random.nextInt(40));
        events.add(event(FactType.Cyberattack, Map.of(Role.TARGET, victim), null, attack));
        events.add(event(FactType.Accusation, Map.of(Role.ACCUSER, victim, Role.ACCUSED, accused), ActKind.Cyberattack, day));
        if (random.nextInt(100) < 45) {
            String ally = otherVictim(victim);
            events.add(event(FactType.Accusation, Map.of(Role.ACCUSER, ally, Role.ACCUSED, accused), ActKind.Cyberattack,
                    day.plusDays(random.nextInt(2))));
        }
        if (random.nextInt(100) < 80) {
            events.add(event(FactType.Denial, Map.of(Role.ACTOR, accused, Role.ACCUSER, victim), null,
                    day.plusDays(random.nextInt(2))));
        }
        if (random.nextInt(100) < 35) {
            events.add(event(FactType.Expulsion, Map.of(Role.ACTOR, victim, Role.TARGET, accused), null,
                    day.plusDays(1 + random.nextInt(6))));
        }
        if (random.nextInt(100) < 35) {
            List<Actor> groups = groupsBySponsor.getOrDefault(accused, List.of());
            String target = groups.isEmpty() || random.nextBoolean() ? accused : groups.get(random.nextInt(groups.size())).key();
            events.add(event(FactType.Sanction, Map.of(Role.ACTOR, victim, Role.TARGET, target), null,
                    day.plusDays(2 + random.nextInt(10))));
        }
        if (random.nextInt(100) < 20) {
            events.add(event(FactType.Recall, Map.of(Role.ACTOR, victim, Role.TARGET, accused), null,
                    day.plusDays(1 + random.nextInt(5))));
        }
    }

    private void spyStory(LocalDate day, List<Event> events) {
        String accused = pick(ACCUSED, ACCUSED_WEIGHTS);
        String host = VICTIMS.get(zipf(VICTIMS.size()));
        events.add(event(FactType.Accusation, Map.of(Role.ACCUSER, host, Role.ACCUSED, accused),
                random.nextInt(100) < 70 ? ActKind.Espionage : ActKind.Interference, day.minusDays(random.nextInt(3))));
        events.add(event(FactType.Expulsion, Map.of(Role.ACTOR, host, Role.TARGET, accused), null, day));
        if (random.nextInt(100) < 60) {
            events.add(event(FactType.Expulsion, Map.of(Role.ACTOR, accused, Role.TARGET, host), null,
                    day.plusDays(1 + random.nextInt(7))));
        }
        if (random.nextInt(100) < 30) {
            events.add(event(FactType.EmbassyClosure, Map.of(Role.OWNER, accused, Role.HOST, host), null,
                    day.plusDays(random.nextInt(10))));
        }
        if (random.nextInt(100) < 15) {
            events.add(event(FactType.DiplomaticRupture, Map.of(Role.ACTOR, host, Role.TARGET, accused), null,
                    day.plusDays(random.nextInt(20))));
        }
        if (random.nextInt(100) < 60) {
            events.add(event(FactType.Condemnation, Map.of(Role.ACTOR, accused, Role.TARGET, host), null,
                    day.plusDays(random.nextInt(3))));
        }
    }

    private void sanctionStory(LocalDate day, List<Event> events) {
        String target = pick(ACCUSED, ACCUSED_WEIGHTS);
        String actor = VICTIMS.get(zipf(VICTIMS.size()));
        events.add(event(FactType.Sanction, Map.of(Role.ACTOR, actor, Role.TARGET, target), null, day));
        if (random.nextInt(100) < 50) {
            events.add(event(FactType.Sanction, Map.of(Role.ACTOR, otherVictim(actor), Role.TARGET, target), null,
                    day.plusDays(random.nextInt(4))));
        }
        if (random.nextInt(100) < 70) {
            events.add(event(FactType.Condemnation, Map.of(Role.ACTOR, target, Role.TARGET, actor), null,
                    day.plusDays(random.nextInt(2))));
        }
        if (random.nextInt(100) < 15) {
            events.add(event(FactType.Recall, Map.of(Role.ACTOR, target, Role.TARGET, actor), null,
                    day.plusDays(1 + random.nextInt(5))));
        }
    }

    private void exileStory(LocalDate day, List<Event> events) {
        Actor group = exileGroups.get(random.nextInt(exileGroups.size()));
        String host = group.basedIn().orElseThrow();
        String opposed = group.opposes().orElseThrow();
        Event hosting = new Event(FactType.Hosting, new EnumMap<>(Map.of(Role.HOST, host, Role.GUEST, group.key())), Optional.empty(),
                day, random.nextInt(100) < 60 ? Optional.of(2000 + random.nextInt(day.getYear() - 2000)) : Optional.empty());
        events.add(hosting);
        events.add(event(FactType.Accusation, Map.of(Role.ACCUSER, opposed, Role.ACCUSED, host),
                random.nextBoolean() ? ActKind.Terrorism : ActKind.Interference, day));
        if (random.nextInt(100) < 50) {
            events.add(event(FactType.Condemnation, Map.of(Role.ACTOR, opposed, Role.TARGET, host), null, day));
        }
        if (random.nextInt(100) < 30) {
            events.add(event(FactType.Recall, Map.of(Role.ACTOR, opposed, Role.TARGET, host), null,
                    day.plusDays(1 + random.nextInt(5))));
        }
        if (random.nextInt(100) < 40) {
            events.add(event(FactType.Denial, Map.of(Role.ACTOR, host, Role.ACCUSER, opposed), null,
                    day.plusDays(random.nextInt(2))));
        }
    }

    private static Event event(FactType type, Map<Role, String> roles, ActKind about, LocalDate day) {
        return new Event(type, new EnumMap<>(roles), Optional.ofNullable(about), day, Optional.empty());
    }

    private String otherVictim(String not) {
        String other;
        do {
            other = VICTIMS.get(zipf(VICTIMS.size()));
        } while (other.equals(not));
        return other;
    }

    // ------------------------------------------------------------------------------------------- writing

    private FactsDocument write(Report report) {
        long n = articles++;
        Text text = new Text();
        LocalDate published = report.published();
        Event lead = report.events().get(leadIndex(report.events()));
        String title = title(lead);
        String firstCapital = capital(lead.roles().values().iterator().next()).orElse("Geneva");
        text.plain(title + "\n\n" + firstCapital.toUpperCase(Locale.ROOT) + " (" + report.outlet() + ") – ");
        Map<Event, String> ids = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        List<Event> events = new ArrayList<>(report.events());
        // The lead goes first; the rest follow in story order.
        events.remove(lead);
        events.add(0, lead);
        List<Integer> distractors = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        java.util.Collections.shuffle(distractors, random);
        int paragraph = 0;
        for (Event e : events) {
            String id = "f" + (facts.size() + 1);
            ids.put(e, id);
            facts.add(sentence(text, e, id, ids, report, Optional.empty()));
            if (paragraph == 0) {
                text.plain(" ");
                quote(text, e, published);
            }
            if (++paragraph % 2 == 0) {
                text.breakParagraph();
            } else {
                text.plain(" ");
            }
            if (paragraph == 2 && report.recap().isPresent()) {
                Event past = report.recap().get();
                text.plain("The row is not the first between the two countries. ");
                Date coarse = random.nextInt(100) < 60
                        ? new Date(" in " + MONTHS[past.day().getMonthValue() - 1] + " " + past.day().getYear(),
                                Optional.of(PartialDate.of(java.time.YearMonth.from(past.day()))))
                        : new Date(" in " + past.day().getYear(), Optional.of(PartialDate.of(java.time.Year.from(past.day()))));
                facts.add(sentence(text, past, "f" + (facts.size() + 1), Map.of(), report, Optional.of(coarse)));
                text.breakParagraph();
            }
            if (text.length() < 2200 && random.nextInt(100) < 35 && !distractors.isEmpty()) {
                text.plain(distractor(distractors.remove(0), published));
                text.breakParagraph();
            }
        }
        while (text.length() < 2000 && !distractors.isEmpty()) {
            text.breakParagraph();
            text.plain(distractor(distractors.remove(0), published));
        }
        String body = text.toString().strip();
        String id = "bench-" + seed + "-" + String.format("%07d", n);
        String outletSlug = report.outlet().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        Article article = new Article(id, Optional.of("https://" + outletSlug + ".example/" + published.getYear() + "/"
                + String.format("%02d", published.getMonthValue()) + "/" + id), Optional.of(report.outlet()),
                Optional.of(published), Optional.of(title), body);
        return new FactsDocument(article, text.entities(), facts);
    }

    private String title(Event lead) {
        Map<Role, String> r = lead.roles();
        return switch (lead.type()) {
            case Accusation -> name(r.get(Role.ACCUSER)) + " blames " + name(r.get(Role.ACCUSED)) + " for "
                    + (lead.about().orElse(ActKind.Other) == ActKind.Cyberattack ? "cyberattack" : "hostile activity");
            case Expulsion -> name(r.get(Role.ACTOR)) + " expels " + adjective(r.get(Role.TARGET)) + " diplomats";
            case Sanction -> name(r.get(Role.ACTOR)) + " announces new sanctions on " + label(r.get(Role.TARGET));
            case Hosting -> "Exiles in " + name(r.get(Role.HOST)) + " strain ties with "
                    + name(exileGroup(r.get(Role.GUEST)).opposes().orElseThrow());
            default -> "Tensions rise between " + name(r.values().iterator().next()) + " and its neighbours";
        };
    }

    /** Writes one event as one sentence and returns its fact. */
    private Fact sentence(Text text, Event e, String id, Map<Event, String> ids, Report report, Optional<Date> forced) {
        Map<Role, String> r = e.roles();
        Date when = forced.orElseGet(() -> date(e.day(), report.published()));
        int start = text.length();
        Optional<String> act = Optional.empty();
        Optional<String> answers = Optional.empty();
        String rule;
        switch (e.type()) {
            case Cyberattack -> {
                String v = r.get(Role.TARGET);
                String sector = SECTORS.get(random.nextInt(SECTORS.size()));
                switch (random.nextInt(4)) {
                    case 0 -> {
                        text.plain("Hackers" + when.phrase() + " breached the networks of ");
                        text.possessive(v, this);
                        text.plain(" " + sector + ", disrupting services for several days.");
                    }
                    case 1 -> {
                        text.plain("A cyberattack" + when.phrase() + " crippled ");
                        text.possessive(v, this);
                        text.plain(" " + sector + ", officials said.");
                    }
                    case 2 -> {
                        text.possessive(v, this);
                        text.plain(" " + sector + " was hit by a ransomware attack" + when.phrase()
                                + ", according to the national cyber security centre.");
                    }
                    default -> {
                        text.plain("The intrusion into ");
                        text.possessive(v, this);
                        text.plain(" " + sector + when.phrase() + " exposed thousands of internal documents.");
                    }
                }
                rule = "template:cyberattack";
            }
            case Accusation -> {
                String a = r.get(Role.ACCUSER);
                String b = r.get(Role.ACCUSED);
                ActKind about = e.about().orElseThrow();
                act = ids.entrySet().stream().filter(x -> x.getKey().type() == FactType.Cyberattack)
                        .map(Map.Entry::getValue).findFirst().filter(x -> about == ActKind.Cyberattack);
                String deed = switch (about) {
                    case Cyberattack -> "the cyberattack";
                    case Espionage -> "running a spy ring out of its embassy";
                    case Interference -> "meddling in its domestic politics";
                    case Terrorism -> "sheltering militants who plan attacks";
                    default -> "hostile acts";
                };
                boolean passive = random.nextInt(100) < 40;
                if (passive) {
                    rule = "template:accusation-passive";
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            text.plain(about == ActKind.Cyberattack ? "The attack was attributed to " : "Blame for "
                                    + deed + " was placed on ");
                            text.noun(b, this, e.day());
                            text.plain(" by ");
                            text.noun(a, this, e.day());
                            text.plain(when.phrase() + ".");
                        }
                        case 1 -> {
                            text.adjective(b, this);
                            text.plain(about == ActKind.Cyberattack ? " state hackers were blamed by "
                                    : " agents were accused by ");
                            text.noun(a, this, e.day());
                            text.plain(when.phrase() + (about == ActKind.Cyberattack ? " for the breach." : " of " + deed + "."));
                        }
                        default -> {
                            text.nounCap(b, this, e.day());
                            text.plain(" was held responsible for " + (about == ActKind.Cyberattack ? "the intrusion" : deed)
                                    + " by ");
                            text.noun(a, this, e.day());
                            text.plain(when.phrase() + ".");
                        }
                    }
                } else {
                    rule = "template:accusation-active";
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            text.nounCap(a, this, e.day());
                            text.plain(when.phrase() + " accused ");
                            text.noun(b, this, e.day());
                            text.plain(about == ActKind.Cyberattack ? " of orchestrating the attack." : " of " + deed + ".");
                        }
                        case 1 -> {
                            text.nounCap(a, this, e.day());
                            text.plain(" formally blamed ");
                            text.noun(b, this, e.day());
                            text.plain(when.phrase() + " for " + (about == ActKind.Cyberattack ? deed : "what it called " + deed)
                                    + ", citing intercepted communications.");
                        }
                        default -> {
                            text.nounCap(a, this, e.day());
                            text.plain(" said" + when.phrase() + " that ");
                            text.adjective(b, this);
                            text.plain(about == ActKind.Cyberattack ? " military intelligence was behind the operation."
                                    : " officials were responsible for " + deed + ".");
                        }
                    }
                }
            }
            case Denial -> {
                String b = r.get(Role.ACTOR);
                String a = r.get(Role.ACCUSER);
                answers = ids.entrySet().stream().filter(x -> x.getKey().type() == FactType.Accusation
                                && x.getKey().roles().get(Role.ACCUSER).equals(a) && x.getKey().roles().get(Role.ACCUSED).equals(b))
                        .map(Map.Entry::getValue).findFirst();
                if (random.nextBoolean()) {
                    text.nounCap(b, this, e.day());
                    text.plain(when.phrase() + " denied any involvement, calling the accusations by ");
                    text.noun(a, this, e.day());
                    text.plain(" baseless.");
                } else {
                    text.plain("In a statement" + when.phrase() + ", ");
                    text.noun(b, this, e.day());
                    text.plain(" dismissed ");
                    text.possessive(a, this);
                    text.plain(" claims as \"fabricated\" and \"politically motivated\".");
                }
                rule = "template:denial";
            }
            case Expulsion -> {
                String a = r.get(Role.ACTOR);
                String b = r.get(Role.TARGET);
                int count = 2 + random.nextInt(30);
                if (random.nextInt(100) < 60) {
                    text.nounCap(a, this, e.day());
                    text.plain(when.phrase() + " expelled " + count + " ");
                    text.adjective(b, this);
                    text.plain(" diplomats, declaring them persona non grata.");
                    rule = "template:expulsion-active";
                } else {
                    text.plain(count + " members of the ");
                    text.adjective(b, this);
                    text.plain(" embassy staff were ordered to leave ");
                    text.name(a, this);
                    text.plain(" within 72 hours" + when.phrase() + ".");
                    rule = "template:expulsion-passive";
                }
            }
            case EmbassyClosure -> {
                String owner = r.get(Role.OWNER);
                String host = r.get(Role.HOST);
                text.plain("The ");
                text.adjective(owner, this);
                text.plain(" embassy in ");
                text.capitalOrName(host, this);
                text.plain(" was closed" + when.phrase() + ", and its staff were seen burning papers in the courtyard.");
                rule = "template:embassy-closure";
            }
            case DiplomaticRupture -> {
                String a = r.get(Role.ACTOR);
                String b = r.get(Role.TARGET);
                text.nounCap(a, this, e.day());
                text.plain(" announced" + when.phrase() + " that it was severing diplomatic relations with ");
                text.name(b, this);
                text.plain(".");
                rule = "template:rupture";
            }
            case Recall -> {
                String a = r.get(Role.ACTOR);
                String b = r.get(Role.TARGET);
                text.nounCap(a, this, e.day());
                text.plain(" recalled its ambassador from ");
                text.capitalOrName(b, this);
                text.plain(when.phrase() + " for consultations.");
                rule = "template:recall";
            }
            case Sanction -> {
                String a = r.get(Role.ACTOR);
                String t = r.get(Role.TARGET);
                if (states.containsKey(t)) {
                    text.nounCap(a, this, e.day());
                    text.plain(" imposed sanctions" + when.phrase() + " on ");
                    text.name(t, this);
                    text.plain(" over what it called a pattern of hostile activity.");
                } else {
                    text.group(t, this);
                    text.plain(", a hacking group tied to foreign intelligence, was sanctioned by ");
                    text.noun(a, this, e.day());
                    text.plain(when.phrase() + ".");
                }
                rule = "template:sanction";
            }
            case Condemnation -> {
                String a = r.get(Role.ACTOR);
                String b = r.get(Role.TARGET);
                text.nounCap(a, this, e.day());
                text.plain(" condemned ");
                text.possessive(b, this);
                text.plain(" decision" + when.phrase() + " as \"a reckless provocation\".");
                rule = "template:condemnation";
            }
            case Hosting -> {
                String host = r.get(Role.HOST);
                String guest = r.get(Role.GUEST);
                text.nounCap(host, this, e.day());
                text.plain(" has hosted members of ");
                text.group(guest, this);
                text.plain(e.since().map(y -> " since " + y).orElse(" for years") + ", despite repeated protests.");
                rule = "template:hosting";
            }
            default -> throw new IllegalStateException("no template for " + e.type());
        }
        Span evidence = Span.of(text.toString(), start, text.length());
        double confidence = (60 + random.nextInt(40)) / 100.0;
        Optional<PartialDate> since = e.since().map(y -> PartialDate.of(java.time.Year.of(y)));
        Optional<PartialDate> date = e.type() == FactType.Hosting ? Optional.empty() : when.date();
        return new Fact(id, e.type(), e.roles(), e.about(), act, answers, date, since, confidence, evidence,
                Optional.of(rule));
    }

    /** A date as an article words it, and what that wording pins down. */
    private record Date(String phrase, Optional<PartialDate> date) {
    }

    private Date date(LocalDate day, LocalDate published) {
        long ago = ChronoUnit.DAYS.between(day, published);
        int roll = random.nextInt(100);
        String month = MONTHS[day.getMonthValue() - 1];
        String year = day.getYear() == published.getYear() ? "" : ", " + day.getYear();
        if (roll < 25 && ago >= 1 && ago <= 6) {
            return new Date(ago == 1 ? " yesterday" : " on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    Optional.of(PartialDate.of(day)));
        }
        if (roll < 60) {
            return new Date(" on " + month + " " + day.getDayOfMonth() + year, Optional.of(PartialDate.of(day)));
        }
        if (roll < 75) {
            return new Date(" in " + month + (year.isEmpty() ? "" : " " + day.getYear()),
                    Optional.of(PartialDate.of(java.time.YearMonth.from(day))));
        }
        return new Date("", Optional.empty());
    }

    /** A quotation after the lead: an official of the lead's first actor speaking, which states no fact. */
    private void quote(Text text, Event lead, LocalDate published) {
        String key = lead.roles().values().iterator().next();
        if (!states.containsKey(key)) {
            return;
        }
        List<String> lines = List.of("We are working with our partners to establish all the facts",
                "Our response will be measured, but it will come", "Nobody should doubt our resolve",
                "We have said what we had to say, and the evidence speaks for itself");
        text.plain("\"" + lines.get(random.nextInt(lines.size())) + ",\" ");
        Optional<Official> official = official(key, published);
        if (official.isPresent()) {
            text.plain(official.get().name() + ", the " + official.get().role() + " of ");
            text.name(key, this);
            text.plain(", told reporters.");
        } else {
            text.plain("a spokesperson for the ");
            text.adjective(key, this);
            text.plain(" government told reporters.");
        }
    }

    private String distractor(int which, LocalDate published) {
        int pct = 1 + random.nextInt(9);
        int count = 3 + random.nextInt(40);
        String weekday = published.getDayOfWeek() == DayOfWeek.MONDAY ? "the weekend" : "the week";
        return switch (which) {
            case 0 -> "Markets in the region were little changed on the news, with the main index closing 0." + pct
                    + " percent higher. Analysts said investors had largely priced in the tensions, although energy "
                    + "prices remained volatile and the currency slipped against the euro in late trading.";
            case 1 -> "Officials declined to say how many systems had been affected, and the investigation was continuing. "
                    + "A spokesperson said more details would be released once forensic work was complete, adding that "
                    + count + " specialists had been assigned to the case.";
            case 2 -> "The dispute comes months before a regional summit at which leaders are expected to discuss trade, "
                    + "energy and migration. Diplomats said privately that the agenda could still change, and that several "
                    + "delegations had asked for a closed session on security.";
            case 3 -> "Security researchers have long warned that public institutions run outdated software. A report "
                    + "published earlier this year found that " + count + " percent of municipal servers had not been "
                    + "patched for more than a year, and that backups were often kept on the same network.";
            case 4 -> "Opposition lawmakers demanded a hearing, accusing the government of being slow to respond. The "
                    + "parliamentary committee on defence is due to meet after " + weekday + ", its chair said in a short "
                    + "post on social media.";
            case 5 -> "Heavy rain caused flooding in the north of the country over " + weekday + ", closing " + count
                    + " roads and delaying trains. Forecasters expect the weather to improve, though farmers warned that "
                    + "the harvest could be smaller than last year's.";
            case 6 -> "The national football team, meanwhile, won its qualifier " + (pct % 4 + 1) + "-" + (pct % 3)
                    + ", a result that keeps its hopes of reaching the finals alive. Thousands of fans celebrated in the "
                    + "streets of the capital until late at night.";
            default -> "In a separate development, the ministry of health announced a vaccination campaign for "
                    + count + " districts, and the transport ministry said a new rail link would open next spring, "
                    + "two years later than first planned.";
        };
    }

    // --------------------------------------------------------------------------------- actors in the text

    private String name(String key) {
        return states.get(key).name();
    }

    private String label(String key) {
        Actor state = states.get(key);
        return state != null ? state.name() : group(key).name();
    }

    private Actor exileGroup(String key) {
        return exileGroups.stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    private Actor group(String key) {
        return groupsBySponsor.values().stream().flatMap(List::stream).filter(a -> a.key().equals(key)).findFirst()
                .orElseGet(() -> exileGroup(key));
    }

    private String adjective(String key) {
        return demonyms.getOrDefault(key, List.of(name(key))).get(0);
    }

    private Optional<String> capital(String key) {
        List<String> caps = capitals.get(key);
        return caps == null || caps.isEmpty() ? Optional.empty() : Optional.of(caps.get(0));
    }

    private Optional<Official> official(String key, LocalDate day) {
        List<Official> list = officials.getOrDefault(key, List.of()).stream().filter(o -> o.inOffice(day.getYear())).toList();
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(random.nextInt(list.size())));
    }

    /**
     * The article being written: its text so far and the actors it names with where, so that the facts
     * document declares every entity its facts use with its mentions and the forms the text used.
     */
    private static final class Text {
        private final StringBuilder sb = new StringBuilder(3200);
        private final Map<String, Actor> actors = new LinkedHashMap<>();
        private final Map<String, Set<String>> forms = new LinkedHashMap<>();
        private final Map<String, List<Span>> mentions = new LinkedHashMap<>();

        int length() {
            return sb.length();
        }

        void plain(String s) {
            sb.append(s);
        }

        /** Ends the paragraph: no trailing blanks, one empty line. No span ends in blanks, so none moves. */
        void breakParagraph() {
            while (sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1))) {
                sb.setLength(sb.length() - 1);
            }
            sb.append("\n\n");
        }

        /** The state as a noun: its name, capital, "the X government" or an official, by chance. */
        void noun(String key, CorpusGenerator g, LocalDate day) {
            nounOf(key, g, day, false);
        }

        void nounCap(String key, CorpusGenerator g, LocalDate day) {
            nounOf(key, g, day, true);
        }

        private void nounOf(String key, CorpusGenerator g, LocalDate day, boolean capital) {
            Actor state = g.states.get(key);
            declare(state);
            int roll = g.random.nextInt(100);
            Optional<String> cap = g.capital(key);
            Optional<Official> official = g.official(key, day);
            if (roll < 45) {
                article(state, capital);
                mention(state, state.name());
            } else if (roll < 60 && cap.isPresent()) {
                mention(state, cap.get());
            } else if (roll < 80 && capital && official.isPresent()) {
                Official o = official.get();
                sb.append(capital ? capitalize(o.role()) : o.role()).append(' ');
                sb.append(o.name());
            } else {
                sb.append(capital ? "The " : "the ");
                mention(state, g.adjective(key));
                sb.append(" government");
            }
        }

        void name(String key, CorpusGenerator g) {
            Actor state = g.states.get(key);
            declare(state);
            article(state, sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n');
            mention(state, state.name());
        }

        /** "the" before names that take it in running text (the United States, the Netherlands). */
        private void article(Actor state, boolean capital) {
            String name = state.name();
            if (name.startsWith("United ") || name.endsWith("lands") || name.endsWith("Republic")
                    || name.endsWith("pines") || name.endsWith("Emirates")) {
                sb.append(capital ? "The " : "the ");
            }
        }

        void capitalOrName(String key, CorpusGenerator g) {
            Actor state = g.states.get(key);
            declare(state);
            mention(state, g.capital(key).orElse(state.name()));
        }

        void possessive(String key, CorpusGenerator g) {
            name(key, g);
            sb.append("'s");
        }

        void adjective(String key, CorpusGenerator g) {
            Actor state = g.states.get(key);
            declare(state);
            mention(state, g.adjective(key));
        }

        void group(String key, CorpusGenerator g) {
            Actor actor = g.group(key);
            declare(actor);
            mention(actor, actor.name());
        }

        private void declare(Actor actor) {
            actors.putIfAbsent(actor.key(), actor);
        }

        private void mention(Actor actor, String form) {
            int start = sb.length();
            sb.append(form);
            mentions.computeIfAbsent(actor.key(), k -> new ArrayList<>()).add(new Span(form, start, sb.length()));
            forms.computeIfAbsent(actor.key(), k -> new LinkedHashSet<>()).add(form);
        }

        List<Entity> entities() {
            List<Entity> out = new ArrayList<>();
            for (Actor a : actors.values()) {
                List<String> aliases = forms.getOrDefault(a.key(), Set.of()).stream().filter(f -> !f.equals(a.name())).toList();
                out.add(new Entity(a.key(), a.type(), a.name(), aliases, a.ids(), mentions.getOrDefault(a.key(), List.of())));
            }
            return out;
        }

        @Override
        public String toString() {
            return sb.toString();
        }

        private static String capitalize(String role) {
            StringBuilder out = new StringBuilder(role.length());
            for (String word : role.split(" ")) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return out.toString();
        }
    }

    // ------------------------------------------------------------------------------------------- chance

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String pick(List<String> keys, int[] weights) {
        return keys.get(weighted(weights));
    }

    /** An index in [0, n) drawn with Zipf-like skew (exponent 1): index 0 is the most frequent. */
    private int zipf(int n) {
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += 1.0 / i;
        }
        double roll = random.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            roll -= 1.0 / i;
            if (roll < 0) {
                return i - 1;
            }
        }
        return n - 1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
