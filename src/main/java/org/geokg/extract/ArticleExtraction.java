package org.geokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.facts.ActKind;
import org.geokg.facts.EntityType;
import org.geokg.facts.FactType;
import org.geokg.facts.PartialDate;
import org.geokg.facts.Role;

/**
 * The extraction of one article: trigger matches become drafts (a match with the actors its role
 * sources found), drafts become candidates (one per combination of coordinated actors, with keys
 * chosen so that no fact relates an actor to itself), each with its date. Roles that depend on other
 * facts ("Kuwait also cut ties", a denial answering the nearest accusation) are filled last.
 */
final class ArticleExtraction {

    private final AnalyzedText text;
    private final ActorPhrases phrases;
    private final Lexicon lex;
    private final WordClasses words;
    private final RoleFinder finder;
    private final Modality modality;
    private final List<List<TimeExpression>> times;
    private final Optional<LocalDate> published;
    private final boolean cyber;
    private final ActKind dominantAct;
    private final List<String> trace;

    /** How many sentences from the top of an article report its main event. */
    private static final int LEDE = 5;

    /** The accusations by accused key, built once when the first denial looks for what it answers. */
    private Map<String, List<Candidate>> accusationsAgainst;

    /** The candidates made so far, by sentence index, for "the target of another fact of this sentence". */
    private final Map<Integer, List<Candidate>> bySentence = new java.util.HashMap<>();

    /** A match with the fillers its role sources found. */
    private final class Draft {
        final TriggerMatch m;
        final Sentence s;
        final Map<Role, Filler> fillers = new EnumMap<>(Role.class);
        final Map<Role, String> how = new EnumMap<>(Role.class);
        final Map<Role, List<RoleSource>> deferred = new EnumMap<>(Role.class);
        /** For a verb in the passive voice, the token of "by" before its agent, -1 without one; else -2. */
        int passiveBy = -2;
        Optional<ActKind> about = Optional.empty();
        double factor = 1;
        Optional<PartialDate> date = Optional.empty();
        int datePriority;
        Optional<PartialDate> since = Optional.empty();
        int speakerAnchor = -1;

        Draft(TriggerMatch m, Sentence s) {
            this.m = m;
            this.s = s;
        }

        FactType type() {
            return m.rule().type();
        }
    }

    ArticleExtraction(AnalyzedText text, ActorPhrases phrases, Lexicon lex, List<List<TimeExpression>> times,
                      Optional<LocalDate> published, List<String> trace) {
        this.text = text;
        this.phrases = phrases;
        this.lex = lex;
        this.words = lex.words();
        this.times = times;
        this.published = published;
        this.trace = trace;
        boolean[] timeToken = new boolean[text.size()];
        for (List<TimeExpression> ts : times) {
            for (TimeExpression t : ts) {
                for (int i = t.first(); i < t.last(); i++) {
                    timeToken[i] = true;
                }
                // "on Wednesday": the preposition belongs to the expression for subject scanning
                if (t.first() > 0 && (text.norm(t.first() - 1).equals("on") || text.norm(t.first() - 1).equals("in")
                        || text.norm(t.first() - 1).equals("since"))) {
                    timeToken[t.first() - 1] = true;
                }
            }
        }
        this.finder = new RoleFinder(text, phrases, words, timeToken, lex.verbWords());
        this.modality = new Modality(words);
        this.cyber = lex.acts().cyberContext(text)
                || phrases.all().stream().anyMatch(p -> p.type() == EntityType.ThreatActor);
        this.dominantAct = lex.acts().dominant(text, cyber);
    }

    /** All candidates of the article, in text order. */
    List<Candidate> candidates() {
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Draft> kept = new ArrayList<>();
            for (TriggerMatch m : lex.triggers().match(text, s)) {
                boolean taken = false;
                for (Draft k : kept) {
                    taken |= k.type() == m.rule().type() && k.m.overlaps(m);
                }
                if (taken) {
                    continue;
                }
                Draft d = draft(m, s);
                if (d != null) {
                    kept.add(d);
                }
            }
            kept.sort((a, b) -> a.m.first() != b.m.first() ? Integer.compare(a.m.first(), b.m.first())
                    : Integer.compare(a.m.rule().line(), b.m.rule().line()));
            drafts.addAll(kept);
        }
        inheritSentenceDates(drafts, words);
        mainEventDates(drafts);
        List<Candidate> out = new ArrayList<>();
        List<Draft> later = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.deferred.isEmpty()) {
                add(out, expand(d, out));
            } else {
                later.add(d);
            }
        }
        List<Draft> answering = new ArrayList<>();
        for (Draft d : later) {
            if (d.deferred.values().stream().anyMatch(l -> l.stream().anyMatch(r -> r.kind() == RoleSource.Kind.ANSWERED))) {
                answering.add(d);
                continue;
            }
            resolveDeferred(d, out);
            if (d.deferred.isEmpty()) {
                out.addAll(expand(d, out));
            }
        }
        for (Draft d : answering) {
            resolveDeferred(d, out);
            if (d.deferred.isEmpty()) {
                add(out, expand(d, out));
            }
        }
        sameAgain(out);
        out.sort((a, b) -> a.match().first() != b.match().first()
                ? Integer.compare(a.match().first(), b.match().first())
                : Integer.compare(a.match().rule().line(), b.match().rule().line()));
        return out;
    }

    private void add(List<Candidate> out, List<Candidate> more) {
        out.addAll(more);
        for (Candidate c : more) {
            bySentence.computeIfAbsent(c.sentence().index(), k -> new ArrayList<>()).add(c);
        }
    }

    // ------------------------------------------------------------------------------ drafting

    private Draft draft(TriggerMatch m, Sentence s) {
        TriggerRule rule = m.rule();
        if (!rule.need().isEmpty() && !present(rule.need(), m, s, true)) {
            return note(m, "needs " + rule.need());
        }
        if (!rule.unless().isEmpty() && present(rule.unless(), m, s, false)) {
            return note(m, "has " + rule.unless());
        }
        if (rule.cyber() && (!cyber || physical(m, s))) {
            return note(m, "no cyber operation");
        }
        if (rule.verb() && !finder.usedAsVerb(m.first())) {
            return note(m, "not a finite verb");
        }
        Draft d = new Draft(m, s);
        d.passiveBy = rule.passive() ? finder.passiveBy(m.first(), m.last()) : -2;
        for (Role role : rule.type().roles()) {
            for (RoleSource src : rule.roles().get(role)) {
                if (src.kind() == RoleSource.Kind.COTARGET || src.kind() == RoleSource.Kind.PREVTARGET
                        || src.kind() == RoleSource.Kind.ANSWERED) {
                    d.deferred.computeIfAbsent(role, r -> new ArrayList<>()).add(src);
                    continue;
                }
                Filler f = find(d, role, src);
                for (RoleSource more : f.isEmpty() ? List.<RoleSource>of() : src.also()) {
                    Filler g = find(d, role, more);
                    if (!g.isEmpty()) {
                        List<Filler.Member> all = new ArrayList<>(f.members());
                        all.addAll(g.members());
                        f = new Filler(all, f.how(), f.anchor());
                    }
                }
                if (!f.isEmpty()) {
                    d.fillers.put(role, f);
                    d.how.put(role, src + (f.how().startsWith("pronoun") ? " " + f.how() : ""));
                    d.deferred.remove(role);
                    if (src.kind() == RoleSource.Kind.SRC || src.kind() == RoleSource.Kind.CLAIMANT) {
                        d.speakerAnchor = f.anchor();
                    }
                    break;
                }
            }
            if (!d.fillers.containsKey(role) && !d.deferred.containsKey(role) && objectRole(rule, role)) {
                // "Sandworm, which Vilnius holds responsible for ...": the object went before the subject
                Filler f = fitting(d, role, finder.relativeObject(m.first()), RoleSource.Kind.OBJ);
                if (!f.isEmpty()) {
                    d.fillers.put(role, f);
                    d.how.put(role, f.how());
                }
            }
            if (!d.fillers.containsKey(role) && !d.deferred.containsKey(role)) {
                return note(m, "no " + role.jsonName());
            }
        }
        Filler subj = finder.subject(m.first());
        int subjFirst = -1;
        int subjLast = -1;
        if (!subj.isEmpty() && subj.members().get(0).token() >= s.first() && !subj.members().get(0).pronoun()) {
            // (a pronoun's antecedent may stand in an earlier sentence: its words say nothing of this clause)
            int tok = subj.members().get(0).token();
            ActorPhrase p = phrases.at(tok);
            subjFirst = p != null ? p.first() : tok;
            int lastTok = subj.members().get(subj.members().size() - 1).token();
            ActorPhrase q = phrases.at(lastTok);
            subjLast = q != null ? q.last() : lastTok + 1;
        }
        Modality.Verdict v = modality.check(text, m, subjFirst, subjLast);
        if (v.blocked()) {
            return note(m, v.reason());
        }
        d.factor = v.factor();
        if (rule.type() == FactType.Accusation) {
            d.about = Optional.of(rule.about().orElseGet(() -> about(d)));
        }
        date(d);
        return d;
    }

    /**
     * The kind of act an accusation blames: the act words around it; else, when the clause after it
     * names an exile group ("of supporting the Polisario Front"), Interference; when it blames a hacker
     * group, Cyberattack; else the article's main kind.
     */
    private ActKind about(Draft d) {
        // "accused twelve Russian intelligence officers of hacking": the act is in the complement
        int from = d.m.last();
        Filler accused = d.fillers.get(Role.ACCUSED);
        if (accused != null && accused.members().stream()
                .anyMatch(m -> m.token() >= d.m.last() && m.token() - d.m.last() <= 3)) {
            for (int k = d.m.last(); k < d.s.last() && k - d.m.last() < 16; k++) {
                if (text.token(k).is("of") || text.token(k).is("for")) {
                    from = k;
                    break;
                }
            }
        }
        Optional<ActKind> k = Optional.empty();
        if (d.m.rule().verb()) {
            // a rule whose verb is the act itself: "said Warsaw was mistreating the migrants"
            PhraseTrie.Match<ActClassifier.Act> own = lex.acts().at(text, d.m.first(), d.m.last());
            if (own != null) {
                ActClassifier.Act a = own.values().get(0);
                k = Optional.of(a.generic() && cyber ? ActKind.Cyberattack : a.kind());
            }
        }
        if (k.isEmpty()) {
            k = lex.acts().inGap(text, d.m, cyber);
        }
        if (k.isEmpty()) {
            k = lex.acts().classify(text, d.s, d.m.first(), from, cyber, words, i -> phrases.at(i) != null);
        }
        if (k.isPresent()) {
            return k.get();
        }
        int[] clause = clause(d.s, d.m.first(), d.m.last());
        for (int i = d.m.last(); i < clause[1]; i++) {
            ActorPhrase p = phrases.at(i);
            if (p != null && p.type() == EntityType.ExileGroup) {
                return ActKind.Interference;
            }
        }
        if (accused != null && accused.members().stream().anyMatch(m -> m.type() == EntityType.ThreatActor)) {
            return ActKind.Cyberattack;
        }
        return dominantAct;
    }

    private Draft note(TriggerMatch m, String why) {
        if (trace != null) {
            trace.add(m.rule().id() + " @" + text.between(m.first(), m.last()) + ": " + why);
        }
        return null;
    }

    /** True when a word such as "drone" or "embassy" makes the attack at the match physical, or a sanction after "with" a measure. */
    private boolean physical(TriggerMatch m, Sentence s) {
        for (int i = Math.max(s.first(), m.first() - 2); i < m.last(); i++) {
            if (words.has(WordClasses.PHYSICAL, text.norm(i))) {
                return true;
            }
        }
        // "hit Tehran with fresh sanctions": a measure, not an attack
        for (int i = m.last(); i < s.last() && i - m.last() <= 6; i++) {
            if (text.token(i).is("with")) {
                for (int k = i + 1; k < s.last() && k - i <= 4; k++) {
                    if (words.has(WordClasses.SANCTION_WORD, text.norm(k))) {
                        return true;
                    }
                }
                break;
            }
        }
        return false;
    }

    /** True when a word of the class occurs in the match (or, for needs, up to 12 tokens after it). */
    private boolean present(String cls, TriggerMatch m, Sentence s, boolean after) {
        int end = after ? Math.min(s.last(), m.last() + 12) : Math.min(s.last(), m.last() + 1);
        if (cls.equals(TriggerLexicon.ACT_CLASS)) {
            // an act just before counts too: "the order to kill the journalist came from ..."
            return lex.acts().any(text, Math.max(s.first(), m.first() - 6), end);
        }
        for (int i = m.first(); i < end; i++) {
            if (words.has(cls, text.norm(i))) {
                return true;
            }
        }
        return false;
    }

    private Filler find(Draft d, Role role, RoleSource src) {
        TriggerMatch m = d.m;
        if (d.passiveBy > -2 && (src.kind() == RoleSource.Kind.SUBJ || src.kind() == RoleSource.Kind.OBJ
                || src.kind() == RoleSource.Kind.NEXT)) {
            // the passive turns the verb round: "the attack was directed by Iran's ministry", "Iran was
            // sanctioned by the EU"; without "by" the doer is not named ("the network was breached")
            Filler f = src.kind() == RoleSource.Kind.SUBJ
                    ? d.passiveBy >= 0 ? finder.object(d.passiveBy + 1) : Filler.NONE
                    : finder.subject(m.first());
            Filler fit = fitting(d, role, f, src.kind());
            return fit.isEmpty() ? Filler.NONE : new Filler(fit.members(), "passive " + f.how(), fit.anchor());
        }
        List<Filler> options = switch (src.kind()) {
            case SUBJ -> List.of(withOthers(finder.subject(m.first()), m));
            case OBJ -> List.of(finder.object(m.last()));
            case GAP -> List.of(finder.inside(m.first(), m.last(), m.rule()));
            case POSS -> List.of(finder.possessor(m.first()));
            case SRC -> List.of(finder.source(m.first(), m.last()));
            case NEXT -> finder.following(m.last(), 14);
            case PREPOSITION -> blameOn(role, d.type(), m.last(), d.type() == FactType.Cyberattack
                    // the victim is the object of the attack's own preposition: "the attacks on the
                    // Olympics on Russia" hit no state
                    ? finder.afterPreposition(src.preposition(), m.last(), 12).stream().limit(1)
                        .filter(f -> !f.members().isEmpty()
                                && firstPreposition(src.preposition(), m.last(), f.members().get(0).token()))
                        .toList()
                    : finder.afterPreposition(src.preposition(), m.last(), 12));
            case CLAIMANT -> List.of(finder.claimant(m.first(), m.last()));
            case ANTI -> List.of(finder.anti(m.first(), m.last()));
            case APPOS -> List.of(finder.apposed(m.first()));
            case HOME -> List.of(finder.home(m.first(), m.last()));
            case AUTHOR -> List.of(finder.actAuthor(m.first(), m.first() + 1));
            case MAIN -> List.of(finder.mainSubject(m.first()));
            case THERE -> List.of(finder.there(m.first(), m.last()));
            default -> List.of();
        };
        for (Filler f : options) {
            if (d.type() == FactType.Cyberattack && !f.isEmpty() && (src.kind() == RoleSource.Kind.NEXT
                    || src.kind() == RoleSource.Kind.PREPOSITION)) {
                // the victim named before the state: "hospitals in Ireland" yes, "a private clinic in Ireland" no
                int victim = finder.victimWords(m.last(), f.members().get(0).token());
                boolean body = f.members().get(0).kind() == ActorPhrase.Kind.AGENT;   // "including the U.S. Navy"
                boolean indirect = src.kind() == RoleSource.Kind.PREPOSITION
                        && (src.preposition().equals("in") || src.preposition().equals("from"));
                if (!body && (victim < 0 || victim == 0 && indirect)) {
                    continue;
                }
            }
            Filler fit = fitting(d, role, f, src.kind());
            if (!fit.isEmpty()) {
                return fit;
            }
        }
        return Filler.NONE;
    }

    /**
     * "pinned the blame for the attacks on the Olympics on Russia": of several actors after the
     * preposition, one right after an act word is the act's victim, not the one blamed (nor, for a
     * Sanction, the one sanctioned).
     */
    private List<Filler> blameOn(Role role, FactType type, int after, List<Filler> found) {
        boolean sanction = type == FactType.Sanction && role == Role.TARGET;
        if (role != Role.ACCUSED && !sanction || found.isEmpty()) {
            return found;
        }
        List<Filler> kept = new ArrayList<>();
        for (Filler f : found) {
            int k = f.anchor() >= 0 ? f.anchor() : f.members().get(0).token() - 1;   // the preposition
            while (k > 0 && phrases.at(k) == null && words.has(WordClasses.DETERMINER, text.norm(k))) {
                k--;
            }
            boolean victim = k > 0 && phrases.at(k - 1) == null && lex.acts().at(text, k - 1, k) != null;
            // "blamed the attack on Russia" names the one blamed; "blames it for attacks on its forces" a victim
            boolean forBefore = false;
            for (int i = after; i < k && !forBefore; i++) {
                forBefore = text.token(i).is("for");
            }
            if (sanction) {
                // "sanctions over the cyberattack on Germany's parliament on the head of the GRU": the
                // attack's victim is not the one sanctioned
                if (!victim) {
                    kept.add(f);
                }
                continue;
            }
            if (!victim || found.size() == 1 && !forBefore) {
                kept.add(f);
            }
        }
        if (sanction) {
            return kept;
        }
        return found.size() > 1 && kept.isEmpty() ? found : kept;
    }

    /** True when no other {@code prep} comes between {@code from} and the one before the actor at {@code actor}. */
    private boolean firstPreposition(String prep, int from, int actor) {
        int seen = 0;
        for (int k = from; k < actor; k++) {
            if (text.token(k).is(prep) && phrases.at(k) == null) {
                seen++;
            }
        }
        return seen <= 1;
    }

    /** A subject with those said to do the same: "Washington, like London, attributes", "..., as did Canada". */
    private Filler withOthers(Filler subject, TriggerMatch m) {
        if (subject.isEmpty()) {
            return subject;
        }
        List<ActorPhrase> others = finder.alsoDoing(m.first(), m.last());
        if (others.isEmpty()) {
            return subject;
        }
        List<Filler.Member> all = new ArrayList<>(subject.members());
        all.addAll(finder.fromPhrases(others, "").members());
        return new Filler(all, subject.how() + " and others", subject.anchor());
    }

    /** The members of a filler that may fill the role. */
    private Filler fitting(Draft d, Role role, Filler f, RoleSource.Kind kind) {
        List<Filler.Member> fit = new ArrayList<>();
        for (Filler.Member mem : f.members()) {
            if (fits(d.type(), role, mem, kind)) {
                fit.add(mem);
            }
        }
        return fit.isEmpty() ? Filler.NONE : new Filler(fit, f.how(), f.anchor());
    }

    /**
     * True when the role is the object of the rule's verb: found after the match (OBJ, GAP or a
     * preposition) while another role is its subject.
     */
    private static boolean objectRole(TriggerRule rule, Role role) {
        boolean object = rule.roles().get(role).stream().anyMatch(r -> r.kind() == RoleSource.Kind.OBJ
                || r.kind() == RoleSource.Kind.GAP || r.kind() == RoleSource.Kind.PREPOSITION);
        boolean subject = rule.roles().entrySet().stream().anyMatch(e -> e.getKey() != role
                && e.getValue().get(0).kind() == RoleSource.Kind.SUBJ);
        return object && subject;
    }

    /**
     * Whether an actor may fill a role: who can speak for a state (not "Russian hackers"), what a
     * cyberattack can hit (a state or its institutions, not its companies), who can be a guest.
     */
    private boolean fits(FactType type, Role role, Filler.Member m, RoleSource.Kind source) {
        EntityType t = m.type();
        boolean state = t == EntityType.State;
        boolean demonym = m.kind() == ActorPhrase.Kind.DEMONYM;
        // "American sanctions", "the Saudi decision": a nationality adjective on the act names its actor
        boolean modifier = demonym && (source == RoleSource.Kind.GAP || source == RoleSource.Kind.POSS);
        return switch (role) {
            case ACCUSER -> type == FactType.Denial
                    ? (state || t == EntityType.Organization || t == EntityType.ExileGroup)
                    : (m.canAct() || modifier) && (state || t == EntityType.Organization
                    || t == EntityType.ExileGroup);
            case ACCUSED -> state && (!demonym || headHas(m.head(), WordClasses.PERPETRATOR_HEAD) || modifier
                    || m.canAct() == false && nationals(m))
                    || t == EntityType.ThreatActor || t == EntityType.ExileGroup || t == EntityType.Person;
            case ACTOR -> (m.canAct() || modifier) && (state || (t == EntityType.Organization
                    && (type == FactType.Denial || type == FactType.Condemnation || type == FactType.Sanction))
                    || type == FactType.Denial && (t == EntityType.ExileGroup || t == EntityType.ThreatActor));
            case TARGET -> switch (type) {
                // a bare "the government" only right after "on"/"against": "a cyberattack on the government"
                case Cyberattack -> state && (!demonym || headHas(m.head(), WordClasses.INSTITUTION_HEAD))
                        && !(m.kind() == ActorPhrase.Kind.AGENT && m.fromContext()
                        && source != RoleSource.Kind.PREPOSITION);
                // "sanctions on Russian officials" hit the state, "on Russian hacking groups" do not
                case Sanction -> !demonym || modifier || source == RoleSource.Kind.ANTI
                        || headHas(m.head(), WordClasses.STATE_AGENT_HEAD);
                case Expulsion -> state;
                // the author of a condemned act may be named by an adjective: "Iranian missiles struck ..."
                case Condemnation -> state && (!demonym || source == RoleSource.Kind.AUTHOR)
                        || t == EntityType.ThreatActor || t == EntityType.ExileGroup;
                default -> state && !demonym;
            };
            case OWNER -> state;
            // "in the Ethiopian capital", "from Pakistani soil": a nationality adjective on a place
            case HOST -> state && (!demonym || headHas(m.head(), WordClasses.PLACE_HEAD));
            case GUEST -> t == EntityType.ExileGroup;
        };
    }

    /** "seven Iranians working for ...": a plural nationality noun names people, like "nationals". */
    private boolean nationals(Filler.Member m) {
        if (m.kind() != ActorPhrase.Kind.DEMONYM || m.pronoun() || m.token() < 0 || m.token() >= text.size()) {
            return false;
        }
        ActorPhrase p = phrases.at(m.token());
        if (p == null) {
            return false;
        }
        String last = text.norm(p.last() - 1);
        return last.endsWith("s") && !last.endsWith("ss");
    }

    /** True when a word of the class heads the nouns after a nationality adjective, before any private noun. */
    private boolean headHas(String head, String cls) {
        if (head.isEmpty()) {
            return false;
        }
        for (String w : head.split(" ")) {
            if (words.has(cls, w)) {
                return true;
            }
            if (words.has(WordClasses.PRIVATE_HEAD, w) || words.has(WordClasses.SKIP, w)
                    || words.has(WordClasses.REPORTING, w) || words.has(WordClasses.PREPOSITION, w)) {
                return false;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------ dates

    private void date(Draft d) {
        List<TimeExpression> ts = times.get(d.s.index());
        int[] clause = clause(d.s, d.m.first(), d.m.last());
        if (d.type() == FactType.Hosting) {
            TimeExpression best = nearest(ts, clause, d.m.first(), d.m.last(), true, false);
            if (best != null) {
                d.since = Optional.of(best.date());
            }
            return;
        }
        TimeExpression best = null;
        boolean claimNoun = d.speakerAnchor >= 0 && words.has(WordClasses.CLAIM, text.norm(d.speakerAnchor));
        if (d.speakerAnchor >= 0 && !claimNoun) {
            // reported blame is dated by its reporting verb, not by the act it reports
            int[] sc = clause(d.s, d.speakerAnchor, d.speakerAnchor + 1);
            best = nearest(ts, sc, d.speakerAnchor, d.speakerAnchor + 1, false, false);
            if (best == null) {
                best = nearest(ts, new int[] {clause[0], d.m.first()}, d.m.first(), d.m.last(), false, false);
            }
        } else if (claimNoun) {
            // "Madrid's allegation on Monday that ...": only a time right after the claim
            best = nearest(ts, new int[] {d.speakerAnchor, Math.min(d.s.last(), d.speakerAnchor + 4)},
                    d.speakerAnchor, d.speakerAnchor + 1, false, true);
        } else {
            int[] own = clause;
            if (d.type() == FactType.Accusation) {
                // "blamed Russia for the attack in December": the complement's time is the act's
                for (int k = d.m.last(); k < clause[1]; k++) {
                    if (text.token(k).is("of") || text.token(k).is("for")) {
                        own = new int[] {clause[0], k};
                        break;
                    }
                }
            }
            best = nearest(ts, own, d.m.first(), d.m.last(), false, d.type() == FactType.Cyberattack);
            if (best == null && d.type() == FactType.Cyberattack) {
                // "a cyberattack last October that knocked websites offline": the time of the attack noun
                for (TimeExpression t : ts) {
                    int k = t.first() - 1;
                    if (t.first() >= Math.max(d.s.first(), clause[0] - 8) && t.last() <= d.m.first() && k >= d.s.first() && !t.since()
                            && (words.has(WordClasses.CYBER_NOUN, text.norm(k)) || lex.acts().at(text, k, k + 1) != null)) {
                        best = t;
                    }
                }
            }
        }
        if (best == null && !claimNoun && d.type() != FactType.Cyberattack) {
            best = reportingTime(d, ts);
        }
        if (best != null) {
            d.date = Optional.of(best.date());
            d.datePriority = 2;
        }
    }

    /** A claim's date from the reporting verb of its sentence: "..., the spokesman said on Thursday". */
    private TimeExpression reportingTime(Draft d, List<TimeExpression> ts) {
        TimeExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int k = d.s.first(); k < d.s.last(); k++) {
            if (k >= d.m.first() && k < d.m.last() || !words.has(WordClasses.REPORTING, text.norm(k))) {
                continue;
            }
            for (TimeExpression t : ts) {
                int dist = t.first() >= k ? t.first() - k : k - t.last() + 1;
                if (dist <= 3 && Math.abs(k - d.m.first()) < bestDist) {
                    best = t;
                    bestDist = Math.abs(k - d.m.first());
                }
            }
        }
        return best;
    }

    /** The clause around a match: up to a semicolon or a word that opens another clause. */
    private int[] clause(Sentence s, int first, int last) {
        int left = first;
        while (left > s.first()) {
            String w = text.norm(left - 1);
            if (w.equals(";") || startsClause(left - 1)
                    || w.equals("and") && left - 2 >= s.first() && text.token(left - 2).is(",")) {
                break;   // ", and blamed ...": a coordinated verb phrase is a clause of its own
            }
            left--;
        }
        int right = last;
        while (right < s.last()) {
            String w = text.norm(right);
            if (w.equals(";") || startsClause(right)
                    || words.has(WordClasses.REPORTING, w) && phrases.at(right) == null && right > last) {
                break;
            }
            right++;
        }
        return new int[] {left, right};
    }

    private boolean startsClause(int k) {
        String w = text.norm(k);
        if (!words.has(WordClasses.CLAUSE_START, w)) {
            return false;
        }
        if (w.equals("since") || w.equals("after") || w.equals("before") || w.equals("following")
                || w.equals("until")) {
            // "since 2013", "after July 15": a time expression, not a clause
            return !isTimeStart(k + 1) && !(k + 2 < text.size() && isTimeStart(k + 2));
        }
        if (w.equals("as")) {
            return k > 0 && text.token(k - 1).is(",") && !text.norm(k + 1).equals("well");
        }
        return true;
    }

    private boolean isTimeStart(int k) {
        if (k >= text.size()) {
            return false;
        }
        for (TimeExpression t : times.get(text.sentenceOf(k).index())) {
            if (t.first() == k) {
                return true;
            }
        }
        return false;
    }

    private TimeExpression nearest(List<TimeExpression> ts, int[] clause, int first, int last, boolean sinceOk,
                                   boolean afterOnly) {
        TimeExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TimeExpression t : ts) {
            if (t.first() < clause[0] || t.last() > clause[1]) {
                continue;
            }
            if (prenominal(t) && t.last() != first) {
                continue;   // "over the 2015 hacking": the year of another event named, not of this one
            }
            if (t.since() && !sinceOk) {
                continue;
            }
            int dist = t.first() >= last ? t.first() - last : first - t.last();
            if (afterOnly && t.first() < last && dist > 1) {
                continue;   // "the July 15 cyberattack" yes, "on Wednesday accused Iran of a cyberattack" no
            }
            if (dist < bestDist) {
                best = t;
                bestDist = dist;
            }
        }
        return best;
    }

    /** True when a year stands before a noun as its modifier: "the 2015 hacking", "the 2020 election". */
    private boolean prenominal(TimeExpression t) {
        return t.first() > 0 && t.last() < text.size() && (text.token(t.first() - 1).is("the")
                || text.token(t.first() - 1).is("a") || text.token(t.first() - 1).is("its"))
                && text.token(t.last()).isWord() && !text.token(t.last()).capitalized()
                && !words.has(WordClasses.PREPOSITION, text.norm(t.last()));
    }

    /** The article's main news told as today's: present or present perfect, early in the article. */
    private boolean todaysNews(Draft d) {
        int from = Math.max(d.s.first(), d.m.first() - 4);
        for (int k = from; k < d.m.first(); k++) {
            String w = text.norm(k);
            if (w.equals("has") || w.equals("have") || w.equals("is") || w.equals("are")) {
                return true;
            }
            if (w.equals("had") || w.equals("was") || w.equals("were")) {
                return false;
            }
        }
        String v = text.norm(d.m.first());
        return v.endsWith("s") && !v.endsWith("ss") && !v.endsWith("us") && lex.verbWords().contains(v)
                && d.m.first() > d.s.first();
    }

    /** "announced expulsions of their own within hours": the main event's day, told later in the article. */
    private boolean sameDay(Draft d) {
        for (int k = d.s.first(); k + 1 < d.s.last(); k++) {
            String a = text.norm(k);
            String b = text.norm(k + 1);
            if (a.equals("within") && (b.equals("hours") || b.equals("minutes")) || a.equals("hours") && b.equals("later")
                    || a.equals("same") && b.equals("day") || a.equals("that") && b.equals("day")) {
                return true;
            }
        }
        return false;
    }

    /** Facts of one sentence without a date of their own share the date another of its facts has. */
    private void inheritSentenceDates(List<Draft> drafts, WordClasses words) {
        int i = 0;
        while (i < drafts.size()) {
            int j = i;
            Draft dated = null;
            while (j < drafts.size() && drafts.get(j).s == drafts.get(i).s) {
                Draft o = drafts.get(j);
                if (dated == null && o.date.isPresent() && o.type() != FactType.Cyberattack
                        && o.type() != FactType.Hosting) {
                    dated = o;
                }
                j++;
            }
            for (int k = i; k < j && dated != null; k++) {
                Draft d = drafts.get(k);
                // "dismissed on Saturday the FBI's conclusion that ...": the claim was made before the denial
                boolean claimed = d.speakerAnchor >= 0 && words.has(WordClasses.CLAIM, text.norm(d.speakerAnchor));
                if (d.date.isEmpty() && d.type() != FactType.Cyberattack && d.type() != FactType.Hosting && !claimed) {
                    d.date = dated.date;
                    d.datePriority = dated.datePriority;
                }
            }
            i = j;
        }
    }

    /**
     * The article's main event is what its first sentences report: dated by their first recent date, or
     * as today's news by publication. Facts of those sentences without a date of their own take it.
     */
    private void mainEventDates(List<Draft> drafts) {
        if (published.isEmpty()) {
            return;
        }
        LocalDate pub = published.get();
        Optional<PartialDate> main = Optional.empty();
        for (Draft d : drafts) {
            if (d.s.index() >= LEDE || d.type() == FactType.Cyberattack || d.type() == FactType.Hosting) {
                continue;
            }
            if (d.date.isPresent() && d.date.get().precision() == PartialDate.Precision.DAY
                    && !d.date.get().first().isAfter(pub) && !d.date.get().first().isBefore(pub.minusDays(7))) {
                main = d.date;
                break;
            }
        }
        for (Draft d : drafts) {
            if (main.isPresent()) {
                break;
            }
            if (d.s.index() < LEDE && d.date.isEmpty() && d.type() != FactType.Cyberattack
                    && d.type() != FactType.Hosting && todaysNews(d)) {
                main = Optional.of(PartialDate.of(pub));
            }
        }
        if (main.isEmpty()) {
            return;
        }
        for (Draft d : drafts) {
            if (d.date.isEmpty() && (d.s.index() < LEDE || sameDay(d)) && d.type() != FactType.Cyberattack
                    && d.type() != FactType.Hosting) {
                d.date = main;
                d.datePriority = 1;
            }
        }
    }

    // ------------------------------------------------------------------------------ deferred roles

    private void resolveDeferred(Draft d, List<Candidate> sofar) {
        for (Role role : new ArrayList<>(d.deferred.keySet())) {
            for (RoleSource src : d.deferred.get(role)) {
                List<String> keys = switch (src.kind()) {
                    case COTARGET -> coTargets(d, sofar);
                    case PREVTARGET -> prevTarget(d, sofar);
                    case ANSWERED -> answered(d, sofar);
                    default -> List.of();
                };
                List<Filler.Member> members = new ArrayList<>();
                for (String k : keys) {
                    Filler.Member mem = new Filler.Member(List.of(k), EntityType.State, ActorPhrase.Kind.NAME, true,
                            false, "", d.m.first(), false);
                    if (fits(d.type(), role, mem, src.kind())) {
                        members.add(mem);
                    }
                }
                if (!members.isEmpty()) {
                    d.fillers.put(role, new Filler(members, src.toString()));
                    d.how.put(role, src.toString());
                    d.deferred.remove(role);
                    break;
                }
            }
            if (d.deferred.containsKey(role)) {
                note(d.m, "no " + role.jsonName() + " from other facts");
                return;
            }
        }
    }

    private List<String> coTargets(Draft d, List<Candidate> sofar) {
        Set<String> out = new LinkedHashSet<>();
        for (Candidate c : bySentence.getOrDefault(d.s.index(), List.of())) {
            if (c.match() == d.m) {
                continue;
            }
            for (Role r : List.of(Role.TARGET, Role.ACCUSED, Role.OWNER, Role.HOST)) {
                if (c.roles().containsKey(r) && c.type() != FactType.Cyberattack) {
                    out.add(c.roles().get(r));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> prevTarget(Draft d, List<Candidate> sofar) {
        for (int i = sofar.size() - 1; i >= 0 && sofar.size() - i <= 300; i--) {
            Candidate c = sofar.get(i);
            if (c.type() == d.type() && c.match().first() < d.m.first() && c.roles().containsKey(Role.TARGET)) {
                return List.of(c.roles().get(Role.TARGET));
            }
        }
        return List.of();
    }

    /** The accusers of the nearest accusations against the denier: before the denial, else after it. */
    private List<String> answered(Draft d, List<Candidate> sofar) {
        Filler actor = d.fillers.get(Role.ACTOR);
        if (actor == null) {
            return List.of();
        }
        Set<String> deniers = new LinkedHashSet<>();
        for (Filler.Member m : actor.members()) {
            deniers.addAll(m.keys().subList(0, 1));
        }
        if (accusationsAgainst == null) {
            // denials come last, so the accusations are all known: index them once
            accusationsAgainst = new java.util.HashMap<>();
            for (Candidate c : sofar) {
                if (c.type() == FactType.Accusation) {
                    accusationsAgainst.computeIfAbsent(c.roles().get(Role.ACCUSED), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Candidate> against = new ArrayList<>();
        for (String denier : deniers) {
            against.addAll(accusationsAgainst.getOrDefault(denier, List.of()));
        }
        int bestBefore = -1;
        int bestAfter = Integer.MAX_VALUE;
        for (Candidate c : against) {
            int si = c.sentence().index();
            if (si <= d.s.index()) {
                bestBefore = Math.max(bestBefore, si);
            } else {
                bestAfter = Math.min(bestAfter, si);
            }
        }
        int chosen = bestBefore >= 0 ? bestBefore : bestAfter;
        // "rejected the accusations": a plural claim answers every accusation before it, else the nearest
        boolean all = bestBefore >= 0 && pluralClaim(d);
        Set<String> out = new LinkedHashSet<>();
        for (Candidate c : against) {
            int si = c.sentence().index();
            if (all ? si <= d.s.index() : si == chosen) {
                out.add(c.roles().get(Role.ACCUSER));
            }
        }
        return new ArrayList<>(out);
    }

    /** True when the denial names the claims it rejects as "the accusations", "these allegations" (plural, definite). */
    private boolean pluralClaim(Draft d) {
        for (int k = d.m.first(); k < d.m.last(); k++) {
            String w = text.norm(k);
            if ((w.equals("accusations") || w.equals("allegations") || w.equals("claims") || w.equals("charges"))
                    && k > 0 && (text.token(k - 1).is("the") || text.token(k - 1).is("these")
                    || text.token(k - 1).is("such") || text.token(k - 1).is("all"))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------ "did the same"

    /** Phrases that repeat the last act with a new actor: "Kuwait followed suit", "X and Y did the same". */
    private static final List<List<String>> SAME = List.of(List.of("did", "the", "same"),
            List.of("followed", "suit"), List.of("did", "likewise"), List.of("followed", "its", "lead"),
            List.of("followed", "their", "lead"), List.of("did", "so", "too"), List.of("has", "done", "the", "same"),
            List.of("have", "done", "the", "same"), List.of("had", "done", "the", "same"));

    /** The types whose first role acts, so that another actor can do the same. */
    private static final Set<FactType> REPEATABLE = Set.of(FactType.DiplomaticRupture, FactType.Expulsion,
            FactType.Recall, FactType.Sanction, FactType.Condemnation, FactType.Accusation);

    /**
     * "Panama cut ties with it in 2017, and the Dominican Republic and El Salvador did the same the
     * following year": the last fact of this or the previous sentence again, with the new subject as its
     * actor, dated by its own clause ("the following year" after the fact's date).
     */
    private void sameAgain(List<Candidate> out) {
        List<Candidate> more = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = s.first(); i < s.last(); i++) {
                int len = sameAt(i, s);
                if (len == 0) {
                    continue;
                }
                Filler subj = finder.subject(i);
                boolean negated = false;
                for (int k = Math.max(s.first(), i - 4); k < i; k++) {
                    negated |= words.has(WordClasses.NEGATION, text.norm(k)) || words.has(WordClasses.HYPOTHETICAL,
                            text.norm(k)) || words.has(WordClasses.BLOCKER, text.norm(k));
                }
                Candidate last = null;
                for (Candidate c : out) {
                    if (c.match().first() < i && c.sentence().index() >= s.index() - 1 && REPEATABLE.contains(c.type())
                            && (last == null || c.match().first() >= last.match().first())) {
                        last = c;
                    }
                }
                if (subj.isEmpty() || negated || last == null) {
                    continue;
                }
                Role actorRole = last.type().roles().get(0);
                Optional<PartialDate> date = sameDate(last.date(), i + len, s);
                for (Filler.Member m : subj.members()) {
                    if (!fits(last.type(), actorRole, m, RoleSource.Kind.SUBJ)) {
                        continue;
                    }
                    String key = m.keys().get(0);
                    if (last.roles().containsValue(key)) {
                        continue;
                    }
                    Map<Role, String> roles = new EnumMap<>(last.roles());
                    roles.put(actorRole, key);
                    more.add(new Candidate(last.type(), roles, last.about(), s, last.match(), date,
                            date.isPresent() ? 2 : 0, Optional.empty(), Math.round(last.confidence() * 0.8 * 100) / 100.0,
                            "same-again (" + actorRole.jsonName() + ": subject of '" + text.between(i, i + len)
                                    + "', as " + last.rule().split(" ")[0] + ")", last.decision()));
                }
            }
        }
        out.addAll(more);
    }

    private int sameAt(int i, Sentence s) {
        for (List<String> p : SAME) {
            if (i + p.size() > s.last()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < p.size() && match; k++) {
                match = text.norm(i + k).equals(p.get(k));
            }
            if (match) {
                return p.size();
            }
        }
        return 0;
    }

    /** The date of a repeated act: a time in its own clause, or "the following/next year/month" after the first. */
    private Optional<PartialDate> sameDate(Optional<PartialDate> first, int from, Sentence s) {
        int end = Math.min(s.last(), from + 6);
        for (TimeExpression t : times.get(s.index())) {
            if (t.first() >= from && t.first() < end && !t.since()) {
                return Optional.of(t.date());
            }
        }
        for (int k = from; k + 2 < end + 1 && k + 2 < s.last(); k++) {
            if (text.token(k).is("the") && (text.token(k + 1).is("following") || text.token(k + 1).is("next"))
                    && first.isPresent()) {
                LocalDate d = first.get().first();
                if (text.token(k + 2).is("year")) {
                    return Optional.of(PartialDate.of(java.time.Year.of(d.getYear() + 1)));
                }
                if (text.token(k + 2).is("month") && first.get().precision() != PartialDate.Precision.YEAR) {
                    return Optional.of(PartialDate.of(java.time.YearMonth.from(d).plusMonths(1)));
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------ candidates

    /** One candidate per combination of coordinated actors, keys chosen so that no actor faces itself. */
    private List<Candidate> expand(Draft d, List<Candidate> sofar) {
        List<Candidate> out = new ArrayList<>();
        List<Role> roles = d.type().roles();
        List<List<Filler.Member>> lists = new ArrayList<>();
        for (Role r : roles) {
            List<Filler.Member> ms = d.fillers.get(r).members();
            lists.add(ms.size() > 8 ? ms.subList(0, 8) : ms);
        }
        int[] idx = new int[roles.size()];
        while (true) {
            Map<Role, String> keys = choose(roles, lists, idx);
            // actors that are all bare bodies or pronouns resolved from context ("the Treasury said the
            // ministry ...", "according to her, they had ...") say too little
            int weak = 0;
            for (int i = 0; i < roles.size(); i++) {
                Filler.Member mem = lists.get(i).get(idx[i]);
                weak += mem.fromContext() && (mem.kind() == ActorPhrase.Kind.AGENT || mem.pronoun()) ? 1 : 0;
            }
            boolean allContext = roles.size() > 1 && weak == roles.size();
            if (keys != null && allContext) {
                note(d.m, "every actor only resolved from context");
                keys = null;
            } else if (keys == null) {
                note(d.m, "an actor would face itself");
            }
            if (keys != null) {
                double conf = d.m.rule().confidence() * d.factor;
                for (int i = 0; i < roles.size(); i++) {
                    if (lists.get(i).get(idx[i]).fromContext()) {
                        conf *= 0.9;
                    }
                }
                conf = Math.round(conf * 100) / 100.0;
                out.add(new Candidate(d.type(), keys, d.about, d.s, d.m, d.date, d.datePriority, d.since, conf,
                        explain(d), d.type() == FactType.Condemnation && condemnsDecision(d)));
            }
            int k = roles.size() - 1;

            while (k >= 0 && ++idx[k] >= lists.get(k).size()) {
                idx[k] = 0;
                k--;
            }
            if (k < 0) {
                break;
            }
        }
        return out;
    }

    /** "condemned Poland's decision to...": a decision noun right after the condemned actor. */
    private boolean condemnsDecision(Draft d) {
        for (int k = d.m.last(); k < d.s.last() && k - d.m.last() < 8; k++) {
            String w = text.norm(k);
            if (words.has(WordClasses.DECISION_NOUN, w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || words.has(WordClasses.CLAUSE_START, w)) {
                return false;
            }
        }
        return false;
    }

    private static Map<Role, String> choose(List<Role> roles, List<List<Filler.Member>> lists, int[] idx) {
        Map<Role, String> keys = new EnumMap<>(Role.class);
        Set<String> used = new LinkedHashSet<>();
        // named actors first; then those resolved from context take the first candidate that no other
        // role names ("they ... with the island state": the state is none of the subjects)
        // within a pass, a body or person resolved from context goes before a description or pronoun
        // ("ordered Ambassador X to leave the country": the envoy's state first, the country is the other)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(vagueness(lists.get(a).get(idx[a])), vagueness(lists.get(b).get(idx[b]))));
        for (int pass = 0; pass < 2; pass++) {
            for (int i : order) {
                Filler.Member m = lists.get(i).get(idx[i]);
                if (m.fromContext() != (pass == 1)) {
                    continue;
                }
                Set<String> avoid = new LinkedHashSet<>(used);
                if (pass == 1) {
                    for (int o = 0; o < roles.size(); o++) {
                        if (o != i) {
                            for (Filler.Member other : lists.get(o)) {
                                if (!other.fromContext()) {
                                    avoid.add(other.keys().get(0));
                                }
                            }
                        }
                    }
                }
                String key = null;
                for (String k : m.keys()) {
                    if (!avoid.contains(k)) {
                        key = k;
                        break;
                    }
                    if (pass == 0) {
                        break;
                    }
                }
                if (key == null) {
                    return null;
                }
                used.add(key);
                keys.put(roles.get(i), key);
            }
        }
        return keys;
    }

    private static int vagueness(Filler.Member m) {
        return m.pronoun() ? 2 : m.kind() == ActorPhrase.Kind.DESCRIPTOR ? 1 : 0;
    }

    private static String explain(Draft d) {
        StringBuilder b = new StringBuilder(d.m.rule().id()).append(" (");
        boolean first = true;
        for (Map.Entry<Role, String> e : d.how.entrySet()) {
            if (!first) {
                b.append(", ");
            }
            b.append(e.getKey().jsonName()).append(": ").append(e.getValue().toLowerCase(Locale.ROOT));
            first = false;
        }
        return b.append(')').toString();
    }
}
