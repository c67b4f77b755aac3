package org.geokg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.facts.EntityType;

/**
 * Turns mentions into actor phrases, left to right through the article, keeping what the article has
 * said so far: a body or title takes the state next to it ("Russia's foreign ministry", "Foreign
 * Ministry of China", "Polish PM Tusk"), or else the state the article last tied to that kind of
 * body; a person's surname stands for the person's state once the full name has been seen; "the
 * country", "the Baltic nation" and "these terrorists" are resolved to earlier actors.
 *
 * <p>Immutable; all per-article state lives in one {@link #build} call.
 */
final class PhraseBuilder {

    private static final Set<String> DESCRIPTOR_DETERMINERS = Set.of("the", "this", "that", "his", "her", "its",
            "their");
    /** Descriptions that name another state than the owner: "its western neighbour". */
    private static final Set<String> COUNTERPART = Set.of("neighbour", "neighbor", "rival", "adversary", "foe");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "ibn", "de", "del", "van", "von", "da",
            "le", "la", "el", "abu", "ben", "-", "'", ".");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sheikh", "lord", "sir");

    private final WordClasses words;
    private final Map<String, Set<String>> regions;

    PhraseBuilder(WordClasses words, Map<String, Set<String>> regions) {
        this.words = words;
        this.regions = regions;
    }

    ActorPhrases build(AnalyzedText text, List<Mention> mentions) {
        return new Run(text, mentions).run();
    }

    /** One article's pass. */
    private final class Run {
        final AnalyzedText text;
        final Mention[] mentionAt;
        final ActorPhrases out;
        final Map<String, String> surnames = new HashMap<>();
        final Map<String, EntityType> surnameTypes = new HashMap<>();
        final Map<String, String> classState = new HashMap<>();
        /** The token being processed: phrases before it are final. */
        int position;

        Run(AnalyzedText text, List<Mention> mentions) {
            this.text = text;
            this.mentionAt = new Mention[text.size() + 1];
            this.out = new ActorPhrases(text, words);
            for (Mention m : mentions) {
                mentionAt[m.first()] = m;
            }
        }

        ActorPhrases run() {
            int n = text.size();
            int i = 0;
            while (i < n) {
                position = i;
                int next;
                if (mentionAt[i] != null) {
                    next = mention(mentionAt[i]);
                } else {
                    next = other(i);
                }
                i = Math.max(next, i + 1);
            }
            out.completeUpTo(n);
            return out;
        }

        // ------------------------------------------------------------------ mentions

        int mention(Mention m) {
            Form f = m.form();
            Sentence s = text.sentenceOf(m.first());
            switch (f.kind()) {
                case NAME, CAPITAL, DEMONYM -> {
                    if (f.type() != EntityType.State) {
                        add(m.first(), m.last(), ActorPhrase.Kind.NAME, f.type(), keys(m), -1, "", false);
                        return m.last();
                    }
                    int j = m.last();
                    if (j < s.last() && (text.token(j).is("'s") || text.token(j).is("'"))) {
                        j++;
                        // "Peru's interim caretaker Prime Minister": a few lower-case words may come between
                        int k = j;
                        while (k < s.last() && k - j < 4 && mentionAt[k] == null && text.token(k).isWord()
                                && !text.token(k).capitalized()) {
                            k++;
                        }
                        if (k < s.last() && mentionAt[k] != null && mentionAt[k].form().kind() == Form.Kind.TITLE) {
                            j = k;
                        }
                    }
                    Mention body = j < s.last() ? mentionAt[j] : null;
                    if (body != null && (body.form().generic() || body.form().kind() == Form.Kind.BODY
                            && body.form().key().equals(f.key()))) {
                        return agent(m.first(), f.key(), j);
                    }
                    if (f.kind() == Form.Kind.DEMONYM && j < s.last()
                            && (text.token(j).is("and") || text.token(j).is("or") || text.token(j).is(","))) {
                        // "the Polish and Lithuanian intelligence services": both adjectives take the body
                        Mention other = j + 1 < s.last() ? mentionAt[j + 1] : null;
                        Mention b = other != null && other.form().kind() == Form.Kind.DEMONYM
                                && other.form().type() == EntityType.State && other.last() < s.last()
                                ? mentionAt[other.last()] : null;
                        if (b != null && b.form().generic() && b.form().kind() != Form.Kind.TITLE) {
                            out.add(new ActorPhrase(out.size(), m.first(), m.last(), ActorPhrase.Kind.AGENT,
                                    EntityType.State, keys(m), -1, b.form().bodyClass(), false, false, false));
                            return m.last();
                        }
                    }
                    if (f.kind() == Form.Kind.DEMONYM) {
                        add(m.first(), m.last(), ActorPhrase.Kind.DEMONYM, EntityType.State, keys(m),
                                m.last() < s.last() ? m.last() : -1, "", false);
                        return m.last();
                    }
                    ActorPhrase.Kind kind = f.kind() == Form.Kind.CAPITAL ? ActorPhrase.Kind.CAPITAL
                            : ActorPhrase.Kind.NAME;
                    // "the Tokyo Olympics", "the Moscow Exchange": the place is part of another name, no actor
                    boolean dateline = dateline(m, s) || partOfName(m, s);
                    add(m.first(), m.last(), kind, EntityType.State, keys(m), -1, "", dateline);
                    return m.last();
                }
                case GENERIC_BODY, TITLE -> {
                    return agent(m.first(), null, m.first());
                }
                case BODY, OFFICIAL -> {
                    return agent(m.first(), f.key(), m.first());
                }
                case LEADER -> {
                    String last = text.norm(m.last() - 1);
                    surnames.put(last, f.key());
                    surnameTypes.put(last, f.type());
                    add(m.first(), m.last(), ActorPhrase.Kind.LEADER, f.type(), keys(m), -1, "", false);
                    return m.last();
                }
                default -> throw new IllegalStateException(f.kind().toString());
            }
        }

        /** Builds an agent phrase from {@code start}: bodies, titles and a person's name from {@code pos}. */
        int agent(int start, String key, int pos) {
            Sentence s = text.sentenceOf(start);
            String bodyClass = null;
            Set<String> classes = new LinkedHashSet<>();
            boolean sawTitle = false;
            boolean person = false;
            int end = s.last();
            while (pos < end) {
                Mention mm = mentionAt[pos];
                if (mm != null && mm.form().generic()) {
                    if (bodyClass == null) {
                        bodyClass = mm.form().bodyClass();
                    }
                    classes.add(mm.form().bodyClass());
                    sawTitle |= mm.form().kind() == Form.Kind.TITLE;
                    pos = mm.last();
                    continue;
                }
                if (mm != null && mm.form().kind() == Form.Kind.BODY && (key == null || key.equals(mm.form().key()))) {
                    key = mm.form().key();
                    classes.addAll(classesOf(mm.form().text()));
                    if (bodyClass == null) {
                        bodyClass = classes.isEmpty() ? "body" : classes.iterator().next();
                    }
                    pos = mm.last();
                    continue;
                }
                if (mm != null && mm.form().kind() == Form.Kind.OFFICIAL) {
                    if (key == null) {
                        key = mm.form().key();
                    }
                    person = true;
                    pos = mm.last();
                    break;
                }
                if (sawTitle && mm == null && nameStart(pos)) {
                    int k = pos;
                    int lastWord = -1;
                    while (k < end && k - pos < 6 && mentionAt[k] == null) {
                        Token t = text.token(k);
                        if (t.isWord() && t.capitalized() && !words.has(WordClasses.SKIP, t.norm())
                                && !words.has(WordClasses.REPORTING, t.norm())) {
                            lastWord = k;
                            k++;
                        } else if (NAME_PARTICLES.contains(t.norm()) && k + 1 < end
                                && (text.token(k + 1).capitalized() || text.token(k + 1).is("-") && k + 2 < end
                                && text.token(k + 2).capitalized()) && t.end() == text.token(k + 1).start()) {
                            k++;
                        } else if (NAME_PARTICLES.contains(t.norm()) && k + 1 < end && text.token(k + 1).capitalized()
                                && t.isWord()) {
                            k++;
                        } else {
                            break;
                        }
                    }
                    if (lastWord >= 0) {
                        person = true;
                        pos = lastWord + 1;
                    }
                }
                break;
            }
            // "the minister, Sergei Lavrov": a bare title named in apposition
            if (key == null && sawTitle && !person && pos + 1 < end && text.token(pos).is(",")
                    && mentionAt[pos + 1] != null && mentionAt[pos + 1].form().kind() == Form.Kind.OFFICIAL) {
                key = mentionAt[pos + 1].form().key();
                person = true;
                pos = mentionAt[pos + 1].last();
            }
            // "the junta in Niger", "the government in Kabul": a ruling body sits in its own state (an
            // embassy or envoy "in" a place does not, nor need officials)
            if (key == null && !sawTitle && pos + 1 < end && text.token(pos).is("in") && bodyClass != null
                    && (bodyClass.equals("government") || bodyClass.equals("military"))) {
                Mention st = mentionAt[pos + 1];
                if (st != null && st.form().type() == EntityType.State
                        && (st.form().kind() == Form.Kind.NAME || st.form().kind() == Form.Kind.CAPITAL)) {
                    key = st.form().key();
                    pos = st.last();
                }
            }
            // "a spokesman for the MEK", "a spokesman for the group": a title of a group speaks for the group
            if (key == null && sawTitle && !person && pos + 1 < end
                    && (text.token(pos).is("for") || text.token(pos).is("of"))) {
                int k = pos + 1;
                if (text.token(k).is("the") && k + 1 < end) {
                    k++;
                }
                Mention g = mentionAt[k];
                EntityType gt = null;
                List<String> gk = null;
                int gEnd = -1;
                if (g != null && (g.form().type() == EntityType.ExileGroup || g.form().type() == EntityType.Organization
                        || g.form().type() == EntityType.ThreatActor)) {
                    gt = g.form().type();
                    gk = keys(g);
                    gEnd = g.last();
                } else if (g == null && words.has(WordClasses.GROUP_ANAPHOR, text.norm(k))) {
                    for (ActorPhrase p : view().before(start, 8)) {
                        if (p.type() == EntityType.ExileGroup || p.type() == EntityType.ThreatActor) {
                            gt = p.type();
                            gk = p.keys();
                            gEnd = k + 1;
                            break;
                        }
                    }
                }
                if (gt != null && !gk.isEmpty()) {
                    boolean poss = gEnd < end && text.token(gEnd).is("'s");
                    out.add(new ActorPhrase(out.size(), start, gEnd, ActorPhrase.Kind.AGENT, gt, gk, -1, "group",
                            poss, false, false));
                    return gEnd;
                }
            }
            // "Foreign Ministry of Russia", "the Embassy of the Islamic Republic of Iran"
            if (pos + 1 < end && text.token(pos).is("of")) {
                int k = pos + 1;
                if (text.token(k).is("the") && k + 1 < end) {
                    k++;
                }
                Mention st = mentionAt[k];
                if (st != null && st.form().type() == EntityType.State
                        && (st.form().kind() == Form.Kind.NAME || st.form().kind() == Form.Kind.CAPITAL)) {
                    if (key == null) {
                        key = st.form().key();
                    }
                    pos = st.last();
                } else if (st == null && text.token(k).capitalized() && text.token(k).isWord()) {
                    // "Ministry of Digital Affairs": a body's own name
                    while (k < end && mentionAt[k] == null && (text.token(k).capitalized() && text.token(k).isWord()
                            || text.token(k).is("and") && k + 1 < end && text.token(k + 1).capitalized())) {
                        k++;
                    }
                    pos = k;
                }
            }
            boolean fromContext = false;
            List<String> keys;
            if (key != null) {
                keys = List.of(key);
                for (String c : classes) {
                    classState.put(c, key);
                }
            } else {
                Set<String> cands = new LinkedHashSet<>();
                if (bodyClass != null && classState.containsKey(bodyClass)) {
                    cands.add(classState.get(bodyClass));
                }
                cands.addAll(view().frequentSubjects(start));
                cands.addAll(view().recentStates(start, true));
                keys = new ArrayList<>(cands);
                fromContext = true;
                // "the statement ... the statement said": one body, resolved once
                if (bodyClass != null && !keys.isEmpty() && !classState.containsKey(bodyClass) && !person) {
                    classState.put(bodyClass, keys.get(0));
                }
            }
            if (person && !keys.isEmpty()) {
                int lastName = pos - 1;
                while (lastName > start && !text.token(lastName).isWord()) {
                    lastName--;
                }
                surnames.put(text.norm(lastName), keys.get(0));
                surnameTypes.put(text.norm(lastName), EntityType.State);
            }
            boolean possessive = pos < end && text.token(pos).is("'s");
            String cls = person ? "person" : bodyClass == null ? "body" : bodyClass;
            out.add(new ActorPhrase(out.size(), start, pos, ActorPhrase.Kind.AGENT, EntityType.State, keys, -1,
                    cls, possessive, fromContext, false));
            return pos;
        }

        /** The body families a named body belongs to: "Ministry of Intelligence and Security" is both. */
        Set<String> classesOf(String bodyName) {
            Set<String> out = new LinkedHashSet<>();
            String n = bodyName.toLowerCase(java.util.Locale.ROOT);
            if (n.contains("intelligence") || n.contains("security") || n.contains("agency") || n.contains("service")) {
                out.add("intelligence");
            }
            if (n.contains("ministry") || n.contains("department") || n.contains("office")) {
                out.add("ministry");
            }
            if (n.contains("treasury")) {
                out.add("treasury");
            }
            if (n.contains("army") || n.contains("forces") || n.contains("military") || n.contains("navy")) {
                out.add("military");
            }
            if (n.contains("house") || n.contains("kremlin") || n.contains("palace") || n.contains("presiden")) {
                out.add("government");
            }
            return out;
        }

        boolean nameStart(int pos) {
            Token t = text.token(pos);
            if (HONORIFICS.contains(t.norm())) {
                return pos + 1 < text.size() && text.token(pos + 1).capitalized();
            }
            return t.isWord() && t.capitalized() && !words.has(WordClasses.SKIP, t.norm())
                    && !words.has(WordClasses.REPORTING, t.norm()) && !words.has(WordClasses.DETERMINER, t.norm());
        }

        // ------------------------------------------------------------------ other tokens

        int other(int i) {
            Token t = text.token(i);
            if (!t.isWord()) {
                return i + 1;
            }
            Sentence s = text.sentenceOf(i);
            // a surname seen with its title before, unless it is the end of another capitalised name
            boolean partOfName = i - 1 > s.first() && text.token(i - 1).capitalized() && mentionAt[i - 1] == null
                    && text.token(i - 1).isWord() && !HONORIFICS.contains(text.norm(i - 1));
            if (t.capitalized() && surnames.containsKey(t.norm()) && !partOfName) {
                String key = surnames.get(t.norm());
                EntityType type = surnameTypes.get(t.norm());
                boolean possessive = i + 1 < s.last() && text.token(i + 1).is("'s");
                if (type == EntityType.State) {
                    out.add(new ActorPhrase(out.size(), i, i + 1, ActorPhrase.Kind.AGENT, type, List.of(key), -1,
                            "person", possessive, false, false));
                } else {
                    add(i, i + 1, ActorPhrase.Kind.LEADER, type, List.of(key), -1, "", false);
                }
                return i + 1;
            }
            if (DESCRIPTOR_DETERMINERS.contains(t.norm())) {
                int end = descriptor(i, s);
                if (end > 0) {
                    return end;
                }
            }
            if (t.is("the") || t.is("these") || t.is("those") || t.is("this")) {
                int end = groupAnaphor(i, s);
                if (end > 0) {
                    return end;
                }
            }
            return i + 1;
        }

        /** "the country", "the Baltic nation", "his country": a state from context; returns its end or -1. */
        int descriptor(int i, Sentence s) {
            int j = i + 1;
            Set<String> region = null;
            while (j < s.last() && j - i <= 4) {
                Token t = text.token(j);
                if (mentionAt[j] != null || !t.isWord()) {
                    return -1;
                }
                Set<String> r = regions.get(t.norm());
                if (r != null) {
                    region = region == null ? r : intersect(region, r);
                }
                if (words.has(WordClasses.DESCRIPTOR_HEAD, t.norm())) {
                    break;
                }
                if (words.has(WordClasses.SKIP, t.norm()) || words.has(WordClasses.PREPOSITION, t.norm())
                        || words.has(WordClasses.REPORTING, t.norm())) {
                    return -1;
                }
                j++;
            }
            if (j >= s.last() || j - i > 4 || !words.has(WordClasses.DESCRIPTOR_HEAD, text.norm(j))) {
                return -1;
            }
            if ((text.token(i).is("its") || text.token(i).is("their")) && !COUNTERPART.contains(text.norm(j))) {
                return -1;   // "its country" is no description of another state; "its neighbour" is
            }
            int end = j + 1;
            if (end < s.last()) {
                Token after = text.token(end);
                boolean endsPhrase = !after.isWord() || after.is("'s") || after.is("and") || after.is("or")
                        || words.has(WordClasses.SKIP, after.norm()) || words.has(WordClasses.REPORTING, after.norm())
                        || words.has(WordClasses.PREPOSITION, after.norm()) && (!after.is("of") || j > i + 1
                        || text.norm(end + 1).endsWith("ing"))
                        || words.has(WordClasses.CLAUSE_START, after.norm()) || after.norm().endsWith("ed")
                        || COUNTERPART.contains(text.norm(j));   // "accusing its neighbour of ..." 
                if (!endsPhrase) {
                    return -1;
                }
            }
            List<String> cands;
            String det = text.norm(i);
            if (det.equals("his") || det.equals("her")) {
                ActorPhrase p = view().recentPerson(i);
                cands = p == null ? List.of() : List.of(p.key());
            } else if (region != null) {
                List<String> recent = view().recentStates(i, false);
                List<String> in = new ArrayList<>();
                for (String k : recent) {
                    if (region.contains(k)) {
                        in.add(k);
                    }
                }
                cands = in;
            } else {
                // "its neighbour" is another state than the subject: the nearest one named
                cands = view().recentStates(i, !COUNTERPART.contains(text.norm(j)));
            }
            if (cands.isEmpty()) {
                return -1;
            }
            boolean possessive = end < s.last() && text.token(end).is("'s");
            out.add(new ActorPhrase(out.size(), i, end, ActorPhrase.Kind.DESCRIPTOR, EntityType.State, cands, -1,
                    "", possessive, true, false));
            return end;
        }

        /** "these terrorists", "the group": the last exile group or hacker group named; returns end or -1. */
        int groupAnaphor(int i, Sentence s) {
            int j = i + 1;
            while (j < s.last() && j - i <= 3) {
                Token t = text.token(j);
                if (mentionAt[j] != null || !t.isWord()) {
                    return -1;
                }
                if (words.has(WordClasses.GROUP_ANAPHOR, t.norm())) {
                    break;
                }
                j++;
            }
            if (j >= s.last() || j - i > 3 || !words.has(WordClasses.GROUP_ANAPHOR, text.norm(j))) {
                return -1;
            }
            if (j + 1 < s.last() && (text.token(j + 1).is("of") || mentionAt[j + 1] != null)) {
                return -1;
            }
            for (ActorPhrase p : view().before(i, 8)) {
                if (p.type() == EntityType.ExileGroup || p.type() == EntityType.ThreatActor) {
                    out.add(new ActorPhrase(out.size(), i, j + 1, ActorPhrase.Kind.DESCRIPTOR, p.type(), p.keys(), -1,
                            "", false, true, false));
                    return j + 1;
                }
            }
            return -1;
        }

        // ------------------------------------------------------------------ helpers

        void add(int first, int last, ActorPhrase.Kind kind, EntityType type, List<String> keys, int head,
                 String cls, boolean dateline) {
            Sentence s = text.sentenceOf(first);
            boolean possessive = last < s.last() && (text.token(last).is("'s") || text.token(last).is("'"));
            out.add(new ActorPhrase(out.size(), first, last, kind, type, keys, head, cls, possessive, false, dateline));
        }

        List<String> keys(Mention m) {
            Set<String> keys = new LinkedHashSet<>();
            for (Form f : m.forms()) {
                if (f.type() == m.form().type() && !f.key().isEmpty()) {
                    keys.add(f.key());
                }
            }
            return new ArrayList<>(keys);
        }

        boolean dateline(Mention m, Sentence s) {
            Token first = text.token(m.first());
            boolean caps = first.text().length() >= 3 && first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT));
            if (m.first() == s.first() && caps && first.newlineBefore() || m.first() == 0 && caps) {
                return true;
            }
            // "OSLO, Norway (AP) —": the country after a dateline capital
            if (m.first() - 2 >= s.first() && text.token(m.first() - 1).is(",")) {
                ActorPhrase prev = out.size() == 0 ? null : out.get(out.size() - 1);
                return prev != null && prev.dateline() && prev.last() == m.first() - 1;
            }
            return false;
        }

        /** True when a capitalised word that names nothing follows the mention: "Tokyo Olympics". */
        boolean partOfName(Mention m, Sentence s) {
            int k = m.last();
            if (k >= s.last() || mentionAt[k] != null || m.first() == s.first() && m.last() == s.last()) {
                return false;
            }
            Token t = text.token(k);
            if (CALENDAR.contains(t.norm())) {
                return false;   // "Iran Sunday rejected ..."
            }
            return t.isWord() && t.capitalized() && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
                    && !words.has(WordClasses.SKIP, t.norm()) && !words.has(WordClasses.DETERMINER, t.norm())
                    && !words.has(WordClasses.REPORTING, t.norm()) && !t.newlineBefore();
        }

        /** The phrases so far, for context look-ups before the current token. */
        ActorPhrases view() {
            out.completeUpTo(position);
            return out;
        }
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
