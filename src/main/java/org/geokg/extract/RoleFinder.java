package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geokg.facts.EntityType;

/**
 * Finds the actors around a trigger with shallow, explainable rules instead of a parser: the subject
 * is found by scanning left through auxiliaries, adverbs and time expressions ("Albania has
 * formally cut..."), through relative pronouns to their antecedent, past an aside between commas,
 * and for a participle clause (", accusing it of...") or a second verb ("... and expelled ...") it is
 * the subject of the main verb. Objects are found to the right, the speaker of reported speech in
 * "X said (that)...", "according to X" or "..., X said". Pronouns and descriptions come back with their
 * candidate antecedents.
 *
 * <p>One instance serves one article.
 */
final class RoleFinder {

    private static final int MAX_DEPTH = 4;

    private final AnalyzedText text;
    private final ActorPhrases phrases;
    private final WordClasses words;
    private final boolean[] timeToken;
    private final Set<String> verbWords;

    RoleFinder(AnalyzedText text, ActorPhrases phrases, WordClasses words, boolean[] timeToken, Set<String> verbWords) {
        this.text = text;
        this.phrases = phrases;
        this.words = words;
        this.timeToken = timeToken;
        this.verbWords = verbWords;
    }

    // ------------------------------------------------------------------------------ subject

    /** The subject of the clause whose verb starts at token {@code t}. */
    Filler subject(int t) {
        return subject(t, 0);
    }

    private Filler subject(int t, int depth) {
        if (depth > MAX_DEPTH) {
            return Filler.NONE;
        }
        Sentence s = text.sentenceOf(t);
        boolean ing = text.norm(t).endsWith("ing");
        // a gerund after a preposition: "accused Iran of being behind" (the object before it),
        // "its role in hosting", "after accusing" (the subject of the main clause)
        if (ing && t - 1 >= s.first() && words.has(WordClasses.PREPOSITION, text.norm(t - 1))
                && !text.norm(t - 1).equals("to")) {
            String prep = text.norm(t - 1);
            if ((prep.equals("of") || prep.equals("for")) && t - 2 >= s.first()) {
                ActorPhrase obj = phrases.at(t - 2);
                if (obj != null && !obj.dateline()) {
                    return fromPhrases(phrases.groupLeft(obj), "object of the main verb");
                }
                if (isPronoun(text.norm(t - 2))) {
                    return pronoun(t - 2, false);
                }
            }
            return mainClauseSubject(s, t - 1, depth + 1);
        }
        int j = t - 1;
        while (j >= s.first()) {
            if (timeToken[j]) {
                j--;
                continue;
            }
            int vague = vagueTimeStart(j, s);
            if (vague >= 0) {
                j = vague - 1;   // "has in the past called", "has for years stolen"
                continue;
            }
            ActorPhrase p = phrases.at(j);
            if (p != null) {
                if (p.dateline()) {
                    return Filler.NONE;
                }
                boolean absolute = ing && p.first() > s.first() && text.token(p.first() - 1).is("with");
                if (workingFor(p, s)) {
                    // "hackers working for the Chinese state had breached": the state they act for
                    return fromPhrases(phrases.groupRight(p), "acting for");
                }
                if (documentBy(p, s)) {
                    // "a joint advisory from the NSA, the FBI and CISA said": the document's authors
                    return fromPhrases(phrases.groupRight(p), "document by");
                }
                if (phrases.inPrepositionalPhrase(p, s) && !absolute && !agentOf(p, s)) {
                    j = p.first() - 1;
                    while (j >= s.first() && !words.has(WordClasses.PREPOSITION, text.norm(j))) {
                        j--;
                    }
                    j--;
                    // "at the request of the United States": the whole adverbial goes
                    if (j - 2 >= s.first() && text.token(j).isWord() && phrases.at(j) == null
                            && words.has(WordClasses.DETERMINER, text.norm(j - 1))
                            && words.has(WordClasses.PREPOSITION, text.norm(j - 2)) && !text.norm(j - 2).equals("by")) {
                        j -= 3;
                    }
                    continue;
                }
                if (p.fromContext() && "statement".equals(p.bodyClass())) {
                    // "Norway issued a statement blaming Iran": the statement's author
                    int v = p.first() - 1;
                    while (v >= s.first() && words.has(WordClasses.DETERMINER, text.norm(v))) {
                        v--;
                    }
                    if (v >= s.first() && text.token(v).isWord() && phrases.at(v) == null
                            && !words.has(WordClasses.PREPOSITION, text.norm(v))) {
                        Filler author = subject(v, depth + 1);
                        if (!author.isEmpty()) {
                            return author;
                        }
                    }
                }
                return fromPhrases(phrases.groupLeft(p), "subject");
            }
            Token tok = text.token(j);
            String w = tok.norm();
            if (w.endsWith("ing") && j - 2 >= s.first() && (text.norm(j - 1).equals("of") || text.norm(j - 1).equals("for"))
                    && phrases.at(j - 2) != null && !phrases.at(j - 2).dateline() && skippableOrDeterminers(j + 1, t)) {
                // "accused Sweden of having become a safe haven": the object of the main verb
                return fromPhrases(phrases.groupLeft(phrases.at(j - 2)), "object of the main verb");
            }
            if (words.has(WordClasses.RELATIVE, w) && (onlySkippable(j + 1, t) || asideSpeaker(j + 1, t))) {
                int k = j - 1;
                while (k >= s.first() && (text.token(k).is(",") || text.token(k).is("\""))) {
                    k--;
                }
                ActorPhrase a = antecedent(k, s);
                if (a != null && !a.dateline()) {
                    return fromPhrases(phrases.groupLeft(a), "relative " + w);
                }
                if (k >= s.first() && words.has(WordClasses.DOCUMENT, text.norm(k))) {
                    // "issued statements that blamed ...": the documents' authors
                    for (int v = k - 1; v >= s.first() && k - v <= 4; v--) {
                        if (verbish(v)) {
                            return subject(v, depth + 1);
                        }
                        if (!text.token(v).isWord() || phrases.at(v) != null) {
                            break;
                        }
                    }
                }
                return Filler.NONE;
            }
            if (isPronoun(w) && j - 1 >= s.first() && words.has(WordClasses.PREPOSITION, text.norm(j - 1))
                    && !text.norm(j - 1).equals("by")) {
                j -= 2;   // "forty of them were hacked": the pronoun is not the head
                continue;
            }
            if (isPronoun(w) || (w.equals("its") || w.equals("their")) && onlySkippable(j + 1, t)) {
                return pronoun(j, true);
            }
            boolean infinitive = t - 1 >= s.first() && text.token(t - 1).is("to");
            if (w.equals(":") && infinitive) {
                j--;   // "a decision by Rome: to admit ..."
                continue;
            }
            if (infinitive && tok.isWord() && j - 2 >= s.first() && text.token(j - 1).is("'s")
                    && phrases.at(j - 2) != null && !verbish(j)) {
                // "Albania's decision to", "Russia's ability to spy"
                return fromPhrases(phrases.groupLeft(phrases.at(j - 2)), "decision of");
            }
            if (infinitive && words.has(WordClasses.DECISION_NOUN, w) && phrases.at(j) == null) {
                // "announcing measures to hold Iran responsible": the subject of the governing verb
                for (int k = j - 1; k >= s.first() && j - k <= 8; k--) {
                    if (verbish(k)) {
                        return subject(k, depth + 1);
                    }
                }
            }
            if (w.equals(",") && j + 1 < t && AUX_OR_MODAL.contains(text.norm(j + 1)) && onlySkippable(j + 1, t)
                    && asideOpening(j, s) < 0 && namedInAside(j, s).isEmpty()) {
                // "it was terminating relations with Managua, would close its embassy": the earlier subject
                return mainClauseSubject(s, j, depth + 1);
            }
            if (w.equals(",")) {
                if (ing && onlySkippable(j + 1, t)) {
                    Filler f = mainClauseSubject(s, j, depth + 1);
                    return words.has(WordClasses.SPEECH_PARTICIPLE, text.norm(t)) ? speaker(f, s, depth) : f;
                }
                List<ActorPhrase> named = namedInAside(j, s);
                if (!named.isEmpty()) {
                    // "Fourteen EU members, among them Germany, France and Poland, announced ..."
                    return fromPhrases(named, "subject listed");
                }
                int open = asideOpening(j, s);
                if (open >= 0) {
                    j = open - 1;
                    continue;
                }
                j--;
                continue;
            }
            if ((w.equals("and") || w.equals("or")) && infinitive && j + 1 == t - 1) {
                // "to spy on Americans and to conduct ...": the subject of the first infinitive
                for (int k = j - 2; k >= s.first() && j - k <= 12; k--) {
                    if (text.token(k).is("to") && text.token(k + 1).isWord() && phrases.at(k + 1) == null
                            && !words.has(WordClasses.DETERMINER, text.norm(k + 1))) {
                        return subject(k + 1, depth + 1);
                    }
                }
            }
            if ((w.equals("and") || w.equals("but")) && onlySkippable(j + 1, t)) {
                return mainClauseSubject(s, j, depth + 1);
            }
            if (skippable(w) || w.equals("\"") || w.equals("'")) {
                j--;
                continue;
            }
            if (words.has(WordClasses.DETERMINER, w) && !words.has(WordClasses.PRONOUN_HE, w)) {
                // "ordered [an immediate] recall": the subject of the verb that governs the noun
                j--;
                continue;
            }
            if (j < t - 1 && verbish(j)) {
                if (words.has(WordClasses.REPORTING, w)) {
                    // "a group which it said had carried out ...": the speaker is an aside
                    int k = j - 1;
                    ActorPhrase sp = phrases.at(k);
                    k = sp != null ? sp.first() - 1 : isPronoun(text.norm(k)) ? k - 1 : k;
                    if (k >= s.first() && words.has(WordClasses.RELATIVE, text.norm(k))) {
                        j = k;
                        continue;
                    }
                }
                return subject(j, depth + 1);
            }
            if (tok.isWord() && (w.equals("allies") || w.equals("partners")) && j - 2 >= s.first()
                    && text.norm(j - 1).equals("and") && phrases.at(j - 2) != null) {
                return fromPhrases(phrases.groupLeft(phrases.at(j - 2)), "subject");   // "US and allies accuse"
            }
            if (tok.isWord() && j - 3 >= s.first() && (text.norm(j - 1).equals("its") || text.norm(j - 1).equals("their"))
                    && text.norm(j - 2).equals("and") && phrases.at(j - 3) != null) {
                // "Japan and its allies accused ...": the actor the allies go with
                return fromPhrases(phrases.groupLeft(phrases.at(j - 3)), "subject");
            }
            if (w.equals(")")) {
                // "Peru on Monday (May 6, 2019) ordered": skip the bracket
                int k = j - 1;
                while (k >= s.first() && !text.token(k).is("(") && j - k < 30) {
                    k--;
                }
                if (k >= s.first() && text.token(k).is("(")) {
                    j = k - 1;
                    continue;
                }
            }
            if (tok.isWord() && w.endsWith("ing") && j - 1 >= s.first() && text.token(j - 1).isWord()
                    && !verbWords.contains(w) && !words.has(WordClasses.REPORTING, w)
                    && (phrases.at(j - 1) != null || words.has(WordClasses.STATE_AGENT_HEAD, text.norm(j - 1)))) {
                j--;   // "EU leaders meeting in Brussels condemned": the participle modifies the subject
                continue;
            }
            if (tok.isWord()) {
                // the head noun of a subject such as "Russian hackers" or "18 Russian diplomats"
                ActorPhrase d = demonymBefore(j, s);
                if (d == null && (words.has(WordClasses.PERPETRATOR_HEAD, w) || words.has(WordClasses.STATE_AGENT_HEAD, w))) {
                    // "Iranian military intelligence officers": a state phrase modifying a perpetrator noun
                    // "the DarkSide ransomware group", "the SVR's hacking unit"
                    ActorPhrase m = modifierBefore(j, s);
                    d = m != null && (m.type() == EntityType.State && (!m.possessive() || possessedNoun(m, j))
                            || m.type() == EntityType.ThreatActor || m.type() == EntityType.ExileGroup) ? m : null;
                }
                if (d == null && words.has(WordClasses.STATE_AGENT_HEAD, w)) {
                    // "European Union leaders", "NATO officials"
                    ActorPhrase m = modifierBefore(j, s);
                    d = m != null && m.type() == EntityType.Organization && possessedNoun(m, j) ? m : null;
                }
                if (d != null) {
                    return fromPhrases(phrases.groupLeft(d), "subject");
                }
                if (ing) {
                    // "a statement blaming Russia", "signed a decree introducing sanctions"
                    return mainClauseSubject(s, j + 1, depth + 1);
                }
            }
            return Filler.NONE;
        }
        return Filler.NONE;
    }

    private static final Set<String> AGENT_NOUNS = Set.of("leaders", "leader", "leadership", "officials",
            "authorities", "government", "president", "head", "spokesman", "spokeswoman", "spokesperson", "minister",
            "ministers", "representatives", "representative", "envoy", "ambassador", "rulers", "regime", "king",
            "emir", "prime");

    /** "the leaders of the Islamic Republic": a state after "of" that follows a noun for its leaders. */
    private boolean agentOf(ActorPhrase p, Sentence s) {
        int i = p.first() - 1;
        while (i >= s.first() && (text.token(i).is("the") || text.token(i).is("a"))) {
            i--;
        }
        return i - 1 >= s.first() && text.token(i).is("of") && AGENT_NOUNS.contains(text.norm(i - 1));
    }

    /** Vague time phrases that stand between a subject and its verb: "in the past", "for years". */
    private static final List<List<String>> VAGUE_TIME = List.of(List.of("in", "the", "past"),
            List.of("for", "years"), List.of("for", "decades"), List.of("for", "months"), List.of("for", "weeks"),
            List.of("in", "recent", "years"), List.of("in", "recent", "months"), List.of("in", "recent", "weeks"),
            List.of("at", "the", "time"), List.of("so", "far"), List.of("to", "date"), List.of("by", "then"),
            List.of("at", "first"), List.of("in", "turn"), List.of("in", "response"), List.of("in", "return"),
            List.of("in", "retaliation"), List.of("in", "kind"), List.of("at", "the", "weekend"),
            List.of("over", "the", "years"), List.of("once", "again"), List.of("again", "and", "again"));

    /** The first token of a vague time phrase ending at {@code j}, or -1. */
    private int vagueTimeStart(int j, Sentence s) {
        for (List<String> v : VAGUE_TIME) {
            int start = j - v.size() + 1;
            if (start < s.first()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < v.size() && match; i++) {
                match = text.norm(start + i).equals(v.get(i));
            }
            if (match) {
                return start;
            }
        }
        return -1;
    }

    /** Past participles of trigger verbs that do not end in "-ed". */
    private static final Set<String> PARTICIPLES = Set.of("hit", "held", "cut", "shut", "broken", "thrown", "taken",
            "given", "withdrawn", "led", "run", "sent", "brought", "set", "struck", "stolen", "sought", "done",
            "made", "found", "known", "told", "put", "paid", "drawn", "undertaken", "overseen", "kept");

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * Whether the verb matched at {@code [first, last)} is a passive participle: -2 when not, else the
     * token of the "by" that names its doer, or -1 without one. A participle after a form of "be"
     * ("had been directed") or right before "by" ("a campaign directed by the GRU") is passive.
     */
    int passiveBy(int first, int last) {
        Sentence s = text.sentenceOf(first);
        String v = text.norm(first);
        if (!(v.endsWith("ed") && v.length() > 4 || PARTICIPLES.contains(v))) {
            return -2;
        }
        int by = -1;
        for (int k = last; k < s.last() && k - last <= 2; k++) {
            if (text.token(k).is("by")) {
                by = k;
                break;
            }
            if (!text.token(k).isWord() || !adverbial(text.norm(k)) && !text.token(k).is("out")) {
                break;
            }
        }
        int j = first - 1;
        while (j >= s.first() && first - j <= 4 && (adverbial(text.norm(j)) && !BE.contains(text.norm(j))
                || words.has(WordClasses.HEDGE, text.norm(j)) || text.token(j).is("\""))) {
            j--;
        }
        boolean be = j >= s.first() && BE.contains(text.norm(j));
        return be || by >= 0 ? by : -2;
    }

    /**
     * True when the word at {@code k} is used as a finite verb: after an auxiliary, its subject (an actor,
     * a pronoun or a noun) or an adverb, not after a determiner, a preposition, a comma or "and".
     */
    boolean usedAsVerb(int k) {
        Sentence s = text.sentenceOf(k);
        int j = k - 1;
        while (j >= s.first() && (words.has(WordClasses.HEDGE, text.norm(j)) || words.has(WordClasses.NEGATION,
                text.norm(j)) || adverbial(text.norm(j)) && !BE.contains(text.norm(j)) && !AUX.contains(text.norm(j)))) {
            j--;
        }
        if (j < s.first()) {
            return false;
        }
        String w = text.norm(j);
        if (BE.contains(w) || AUX.contains(w) || phrases.at(j) != null && !phrases.at(j).possessive()
                || isPronoun(w)) {
            return true;
        }
        Token t = text.token(j);
        return t.isWord() && !words.has(WordClasses.DETERMINER, w) && !words.has(WordClasses.PREPOSITION, w)
                && !w.equals("and") && !w.equals("or") && !words.has(WordClasses.RELATIVE, w) && !verbish(j);
    }

    private static final Set<String> AUX = Set.of("has", "have", "had", "will", "would", "did", "does", "do");

    private static final Set<String> AUX_OR_MODAL = Set.of("has", "have", "had", "will", "would", "shall");

    /** The state "there" refers to: the last state named as a place before it ("its embassy there"). */
    Filler there(int first, int last) {
        Sentence s = text.sentenceOf(first);
        int k = -1;
        for (int j = last; j < s.last() && j - last <= 3; j++) {
            if (text.token(j).is("there")) {
                k = j;
                break;
            }
        }
        if (k < 0) {
            return Filler.NONE;
        }
        for (ActorPhrase p : phrases.before(first, 1)) {
            if (ActorPhrases.stateLike(p) && phrases.inPrepositionalPhrase(p, text.sentenceOf(p.first()))) {
                return fromPhrases(List.of(p), "there");
            }
        }
        return Filler.NONE;
    }

    /** True when the phrase only says where the noun after it is: "US-based", "Iranian-born". */
    boolean placeModifier(ActorPhrase p, Sentence s) {
        int k = p.last();
        return k + 1 < s.last() && text.token(k).is("-") && words.has(WordClasses.PLACE_SUFFIX, text.norm(k + 1));
    }

    // ------------------------------------------------------------------------------ authors of acts

    /**
     * The author of the act a condemnation names after its verb at {@code [first, last)}: a possessive
     * or nationality adjective in the noun phrase ("Baku's move", "the Ecuadorian raid"), "by X" after
     * it ("remarks by French officials"), else the author the article states for that act: the same noun
     * with an author earlier, or the subject of the nearest earlier clause whose verb is a hostile act
     * ("Ecuadorean police stormed the embassy" for "the raid"). "it" and "this" stand for the act named
     * last; an object moved before the subject ("the offensive, which France condemned") is read there.
     * Nothing when the act's author is not a state told as fact (a gunman, or only someone's claim).
     */
    Filler actAuthor(int first, int last) {
        Sentence s = text.sentenceOf(first);
        int k = last;
        while (k < s.last() && (text.token(k).is("\"") || text.token(k).is("'"))) {
            k++;
        }
        if (k < s.last() && (text.token(k).is("it") || text.token(k).is("this")) && phrases.at(k) == null) {
            int head = lastActNoun(k);
            return head < 0 ? Filler.NONE : authorOf(head);
        }
        int head = -1;
        for (int j = k; j < s.last() && j - k <= 8; j++) {
            Token t = text.token(j);
            ActorPhrase p = phrases.at(j);
            if (p != null) {
                j = p.last() - 1;
                continue;
            }
            if (t.is("\"") || t.is("'") || t.is("-") || t.is("'s")) {
                continue;
            }
            String w = t.norm();
            if (!t.isWord() || words.has(WordClasses.PREPOSITION, w) || words.has(WordClasses.CLAUSE_START, w)
                    || words.has(WordClasses.REPORTING, w) || w.equals("as")) {
                break;
            }
            if (words.has(WordClasses.ACT_NOUN, w)) {
                head = j;
                if (j + 1 < s.last() && words.has(WordClasses.ACT_NOUN, text.norm(j + 1))) {
                    continue;   // "the forced landing"
                }
                break;
            }
        }
        if (head < 0 && (k >= s.last() || !text.token(k).isWord() || text.token(k).is("as"))) {
            head = objectBeforeSubject(first);   // "Azerbaijan's offensive, which France condemned"
        }
        return head < 0 ? Filler.NONE : authorOf(head);
    }

    /** The act noun of an object placed before the subject of the verb at {@code verb}, or -1. */
    private int objectBeforeSubject(int verb) {
        Sentence s = text.sentenceOf(verb);
        int j = verb - 1;
        while (j >= s.first() && (timeToken[j] || skippable(text.norm(j)))) {
            j--;
        }
        ActorPhrase subj = j >= s.first() ? phrases.at(j) : null;
        if (subj == null) {
            return -1;
        }
        int r = phrases.groupLeft(subj).get(0).first() - 1;
        if (r >= s.first() && words.has(WordClasses.RELATIVE, text.norm(r))) {
            r--;
        }
        while (r >= s.first() && text.token(r).is(",")) {
            r--;
        }
        for (int k = r; k >= s.first() && r - k <= 6; k--) {
            if (words.has(WordClasses.ACT_NOUN, text.norm(k)) && phrases.at(k) == null) {
                return k;
            }
            if (text.token(k).is(",") || text.token(k).is(";")) {
                break;
            }
        }
        return -1;
    }

    /** The act noun "it" or "this" at {@code k} stands for: the last one named before it, this sentence or the last. */
    private int lastActNoun(int k) {
        Sentence s = text.sentenceOf(k);
        int from = s.index() > 0 ? text.sentences().get(s.index() - 1).first() : s.first();
        for (int j = k - 1; j >= from; j--) {
            if (phrases.at(j) == null && words.has(WordClasses.ACT_NOUN, text.norm(j)) && !verbish(j)) {
                return j;
            }
        }
        return -1;
    }

    /** The author of the act named by the noun at {@code head}, from its own phrase or what the article told before. */
    private Filler authorOf(int head) {
        Filler own = ownAuthor(head);
        if (!own.isEmpty()) {
            return own;
        }
        Sentence s = text.sentenceOf(head);
        int from = text.sentences().get(Math.max(0, s.index() - 3)).first();
        String noun = text.norm(head);
        for (int i = head - 1; i >= from; i--) {
            if (phrases.at(i) != null) {
                continue;
            }
            String w = text.norm(i);
            if (w.equals(noun)) {
                Filler f = ownAuthor(i);
                if (!f.isEmpty()) {
                    return f;
                }
            }
            // a finite verb: not "to storm", nor ", arrested at the scene," (a participle in an aside)
            if (words.has(WordClasses.HOSTILE_VERB, w) && !text.token(i).capitalized() && !nounPosition(i)
                    && !(i > 0 && (text.token(i - 1).is("to") || text.token(i - 1).is(",")))) {
                Sentence vs = text.sentenceOf(i);
                int by = passiveBy(i, i + 1);
                if (by == -1) {
                    if (inRelativeClause(i)) {
                        continue;   // "..., where a journalist was arrested": a side event
                    }
                    return Filler.NONE;   // "two men were killed": the nearest act names no doer
                }
                Filler subj = by >= 0 ? object(by + 1) : subject(i);
                if (subj.isEmpty() || subj.members().get(0).type() != EntityType.State
                        || subj.members().get(0).fromContext()) {
                    return Filler.NONE;   // the nearest act has no state as its author ("a gunman stormed")
                }
                int subjStart = subj.members().get(0).token();
                for (int r = vs.first(); r < Math.min(i, subjStart); r++) {
                    boolean governs = words.has(WordClasses.REPORTING, text.norm(r)) && phrases.at(r) == null
                            && (text.token(r + 1).is("that") || subjStart - r <= 3);
                    if (governs || text.token(r).is("\"")) {
                        return Filler.NONE;   // only someone's claim, not an openly known author
                    }
                }
                return new Filler(subj.members(), "author");
            }
        }
        return Filler.NONE;
    }

    /** True when a relative word opens the clause of token {@code i}: "where ... was arrested". */
    private boolean inRelativeClause(int i) {
        Sentence s = text.sentenceOf(i);
        for (int k = i - 1; k >= s.first() && i - k <= 8; k--) {
            String w = text.norm(k);
            if (w.equals("where") || w.equals("who") || w.equals("which") || w.equals("when") || w.equals("whom")) {
                return true;
            }
            if (text.token(k).is(",") || text.token(k).is(";")) {
                return false;
            }
        }
        return false;
    }

    /** An author inside the act's own phrase: a possessive or adjective before the noun, "by X" after it. */
    private Filler ownAuthor(int head) {
        Sentence s = text.sentenceOf(head);
        for (int k = head - 1; k >= s.first() && head - k <= 6; k--) {
            ActorPhrase p = phrases.at(k);
            if (p != null) {
                boolean possessive = p.possessive() || p.last() < s.last() && text.token(p.last()).is("'");
                if ((possessive || p.kind() == ActorPhrase.Kind.DEMONYM) && !p.dateline()) {
                    return fromPhrases(List.of(p), "author");
                }
                break;
            }
            Token t = text.token(k);
            if (!(t.isWord() || t.is("-") || t.is("\"") || t.is("'")) || words.has(WordClasses.PREPOSITION, t.norm())
                    || words.has(WordClasses.REPORTING, t.norm())) {
                break;
            }
        }
        if (head + 2 < s.last() && text.token(head + 1).is("by")) {
            Filler by = object(head + 2);
            if (!by.isEmpty()) {
                return new Filler(by.members(), "author");
            }
        }
        return Filler.NONE;
    }

    /** True when the phrase is the author of a document named before it: "a statement from X", "a report by X". */
    private boolean documentBy(ActorPhrase p, Sentence s) {
        int i = p.first() - 1;
        while (i >= s.first() && text.token(i).is("the")) {
            i--;
        }
        return i - 1 >= s.first() && (text.token(i).is("from") || text.token(i).is("by") || text.token(i).is("of"))
                && words.has(WordClasses.DOCUMENT, text.norm(i - 1)) && phrases.at(i - 1) == null;
    }

    /** Words that give another name: "the GRU unit known as APT28", "tracked as APT29 or Cozy Bear". */
    private static final Set<String> NAMING = Set.of("known", "tracked", "dubbed", "nicknamed", "called", "named",
            "codenamed", "designated", "identified");

    /**
     * The actors named as another name of the noun before {@code from}, up to {@code to}: "known as APT28,
     * or Fancy Bear", "tracked as APT29".
     */
    List<ActorPhrase> aliases(int from, int to) {
        List<ActorPhrase> out = new ArrayList<>();
        Sentence s = text.sentenceOf(Math.max(0, from - 1));
        to = Math.min(to, s.last());
        for (int k = from; k < to && k - from <= 6; k++) {
            if (!NAMING.contains(text.norm(k))) {
                if (text.token(k).isWord() && phrases.at(k) == null || text.token(k).is(",")) {
                    continue;
                }
                break;
            }
            int a = k + 1;
            if (a < to && text.token(a).is("as")) {
                a++;
            }
            ActorPhrase p = a < to ? phrases.at(a) : null;
            if (p != null && p.first() == a) {
                out.addAll(phrases.groupRight(p));
            }
            break;
        }
        return out;
    }

    /** Nouns for a part or member of a body, before "of": "the head of", "members of". */
    private static final Set<String> MEMBER_OF = Set.of("head", "chief", "director", "members", "member", "part",
            "arm", "branch", "division", "wing", "employee", "employees", "staff", "operatives", "operative");

    /** Multi-word links of an agent to whom it acts for: "on behalf of", "at the behest of", "in the pay of". */
    private static final Set<String> ON_BEHALF = Set.of("behalf", "behest", "pay", "orders", "payroll", "direction",
            "instructions", "instruction", "command");

    /**
     * True when the phrase is whom a perpetrator works for: "hackers working for [the Chinese state]",
     * "a group linked to [Russia's GRU]", "agents acting on behalf of [Iran]". The linking words are the
     * class {@code agent-link}, the perpetrator nouns {@code perpetrator-head}.
     */
    boolean workingFor(ActorPhrase p, Sentence s) {
        if (placeModifier(p, s)) {
            return false;   // "hackers working for a Moscow-based company"
        }
        int i = p.first() - 1;
        while (i >= s.first() && (text.token(i).is("the") || text.token(i).is("a"))) {
            i--;
        }
        if (i - 1 < s.first()) {
            return false;
        }
        String prep = text.norm(i);
        int k = i - 1;
        if (prep.equals("of") && (words.has(WordClasses.PERPETRATOR_HEAD, text.norm(k))
                || words.has(WordClasses.STATE_AGENT_HEAD, text.norm(k)) || MEMBER_OF.contains(text.norm(k)))
                && phrases.at(k) == null) {
            return true;   // "an officer of Russian military intelligence", "a unit of the GRU"
        }
        if (prep.equals("of") && ON_BEHALF.contains(text.norm(k))) {
            k--;
            while (k >= s.first() && (text.token(k).is("on") || text.token(k).is("at") || text.token(k).is("in")
                    || text.token(k).is("under") || text.token(k).is("the"))) {
                k--;
            }
            if (k >= s.first() && words.has(WordClasses.AGENT_LINK, text.norm(k))) {
                k--;
            }
        } else if ((prep.equals("for") || prep.equals("to") || prep.equals("with") || prep.equals("by")
                || prep.equals("from")) && words.has(WordClasses.AGENT_LINK, text.norm(k))) {
            k--;
        } else if (prep.equals("from") && words.has(WordClasses.PERPETRATOR_HEAD, text.norm(k))
                && phrases.at(k) == null) {
            return true;   // "hackers from APT28"
        } else {
            return false;
        }
        for (int m = k; m >= s.first() && k - m <= 4; m--) {
            String w = text.norm(m);
            if (words.has(WordClasses.PERPETRATOR_HEAD, w) && phrases.at(m) == null) {
                return true;
            }
            if (!text.token(m).isWord() || phrases.at(m) != null
                    || !(skippable(w) || words.has(WordClasses.HEDGE, w) || w.equals("to") || w.equals("be"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the hacking group APT31", "the state-backed hacking collective Sandworm": the named actor right after a
     * description of up to four lower-case words that ends in a perpetrator or group noun, starting at {@code j}.
     * Only a named non-state actor: "the group Iran blamed" is no description of Iran.
     */
    ActorPhrase namedAfterHead(int j, Sentence s) {
        for (int h = j; h < s.last() && h - j <= 4; h++) {
            Token t = text.token(h);
            String w = text.norm(h);
            if (phrases.at(h) != null || !(t.isWord() || t.is("-")) || words.has(WordClasses.PREPOSITION, w)
                    || words.has(WordClasses.SKIP, w) || words.has(WordClasses.RELATIVE, w)) {
                return null;
            }
            if (words.has(WordClasses.PERPETRATOR_HEAD, w) || words.has(WordClasses.GROUP_ANAPHOR, w)
                    || words.has(WordClasses.GROUP_NOUN, w)) {
                ActorPhrase p = h + 1 < s.last() ? phrases.at(h + 1) : null;
                if (p != null && p.first() == h + 1 && !p.dateline() && p.type() != EntityType.State
                        && p.kind() != ActorPhrase.Kind.DEMONYM) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * "seven individuals linked to [Iran]": the state or exile group that people named only by a noun of
     * {@code linked-head} at {@code j} are tied to, or null. Only a State or an ExileGroup stands for them:
     * "two individuals linked to a hacking group" are persons of their own, not the group.
     */
    ActorPhrase linkedTo(int j, Sentence s) {
        int k = j + 1;
        if (k + 1 >= s.last() || !words.has(WordClasses.TIE, text.norm(k))
                || !(text.token(k + 1).is("to") || text.token(k + 1).is("with"))) {
            return null;
        }
        k += 2;
        while (k < s.last() && words.has(WordClasses.DETERMINER, text.norm(k)) && phrases.at(k) == null) {
            k++;
        }
        ActorPhrase p = k < s.last() ? phrases.at(k) : null;
        if (p == null || p.first() != k || p.dateline() || placeModifier(p, s)
                || !(p.type() == EntityType.State || p.type() == EntityType.ExileGroup)) {
            return null;
        }
        return p;
    }

    /** "hackers working for [Russia]": the actor a perpetrator noun at {@code j} is said to act for, or null. */
    ActorPhrase actingFor(int j, Sentence s) {
        for (int k = j + 1; k < s.last() && k - j <= 9; k++) {
            ActorPhrase p = phrases.at(k);
            if (p != null) {
                return p.first() == k && !p.dateline() && workingFor(p, s) ? p : null;
            }
            Token t = text.token(k);
            if (!t.isWord() || words.has(WordClasses.REPORTING, t.norm()) && !t.is("said")) {
                return null;
            }
        }
        return null;
    }

    /** Words that open an aside naming actors who do the same: ", like London,", ", along with Canada,". */
    private static final Set<String> ALONG = Set.of("like", "alongside", "along", "together", "as");

    /**
     * The actors an aside ending at the comma {@code j} lists as the members of the noun before it:
     * ", among them Germany, France and Poland,", ", including X and Y,". Empty for other asides.
     */
    private List<ActorPhrase> namedInAside(int j, Sentence s) {
        for (int k = j - 1; k > s.first() && j - k <= 16; k--) {
            if (!text.token(k).is(",")) {
                continue;
            }
            int a = k + 1;
            if (text.token(a).is("among") && text.token(a + 1).is("them") || text.token(a).is("including")
                    || text.token(a).is("notably") || text.token(a).is("namely")) {
                a += text.token(a).is("among") ? 2 : 1;
                ActorPhrase p = phrases.at(a);
                if (p == null || p.first() != a) {
                    return List.of();
                }
                List<ActorPhrase> g = phrases.groupRight(p);
                return g.get(g.size() - 1).last() == j ? g : List.of();
            }
        }
        return List.of();
    }

    /**
     * Others said to do what the subject does: ", like London," between the subject and the verb at
     * {@code first}, or ", as did Canada and Ukraine" after the verb phrase ending at {@code last}.
     */
    List<ActorPhrase> alsoDoing(int first, int last) {
        Sentence s = text.sentenceOf(first);
        List<ActorPhrase> out = new ArrayList<>();
        for (int k = first - 1; k > s.first() && first - k <= 12; k--) {
            if (!text.token(k).is(",") || phrases.at(k + 1) != null) {
                continue;
            }
            int a = k + 1;
            String w = text.norm(a);
            if (NAMING.contains(w) || w.equals("also") && NAMING.contains(text.norm(a + 1))) {
                // "the SVR's hacking unit, tracked as APT29,": the same actor by another name
                out.addAll(aliases(w.equals("also") ? a + 1 : a, first));
                break;
            }
            if (!ALONG.contains(w)) {
                continue;
            }
            a += w.equals("along") || w.equals("together") ? (text.token(a + 1).is("with") ? 2 : 99)
                    : w.equals("as") ? (text.token(a + 1).is("well") && text.token(a + 2).is("as") ? 3 : 99) : 1;
            while (a < first && text.token(a).is("the")) {
                a++;
            }
            ActorPhrase p = a < first ? phrases.at(a) : null;
            if (p != null && p.first() == a && p.canAct()) {
                List<ActorPhrase> g = phrases.groupRight(p);
                int end = g.get(g.size() - 1).last();
                if (end < first && text.token(end).is(",")) {
                    out.addAll(g);
                }
            }
            break;
        }
        for (int k = last; k + 2 < s.last() && k - last <= 15; k++) {
            if (text.token(k).is(";") || text.token(k).is(":")) {
                break;
            }
            if (text.token(k).is(",") && text.token(k + 1).is("as") && (text.token(k + 2).is("did")
                    || text.token(k + 2).is("have") || text.token(k + 2).is("has") || text.token(k + 2).is("had")
                    || text.token(k + 2).is("do") || text.token(k + 2).is("does") || text.token(k + 2).is("would")
                    || text.token(k + 2).is("will"))) {
                int a = k + 3;
                while (a < s.last() && text.token(a).is("the")) {
                    a++;
                }
                ActorPhrase p = a < s.last() ? phrases.at(a) : null;
                if (p != null && p.first() == a && p.canAct()) {
                    out.addAll(phrases.groupRight(p));
                }
                break;
            }
        }
        return out;
    }

    /**
     * The actor a relative pronoun after token {@code k} refers to: the phrase ending there, or the head
     * of the noun phrase it sits in ("the Russian embassy in Washington, which ...", "Japan, a close ally
     * of the US, which ...").
     */
    private ActorPhrase antecedent(int k, Sentence s) {
        ActorPhrase a = phrases.at(k);
        if (a == null && k >= s.first() && text.token(k).isWord()) {
            a = modifierBefore(k, s);
        }
        if (a != null && phrases.inPrepositionalPhrase(a, s)) {
            int c = a.first() - 1;
            while (c > s.first() && !text.token(c).is(",") && a.first() - c < 8) {
                c--;
            }
            ActorPhrase head = text.token(c).is(",") ? phrases.at(c - 1) : null;
            if (head == null) {
                // "the Russian embassy in Washington": the noun the place is attached to
                int i = a.first() - 1;
                while (i > s.first() && (text.token(i).is("the") || text.token(i).is("a"))) {
                    i--;
                }
                ActorPhrase before = i - 1 >= s.first() && !text.token(i).is("of") ? phrases.at(i - 1) : null;
                head = before != null && !before.possessive() ? before : null;
            }
            if (head != null) {
                a = head;
            }
        }
        return a;
    }

    /** The subject of the main clause before token {@code j}: that of the nearest verb to its left. */
    private Filler mainClauseSubject(Sentence s, int j, int depth) {
        for (int k = j - 1; k >= s.first(); k--) {
            if (phrases.at(k) != null || timeToken[k]) {
                continue;
            }
            // the nearest finite verb: not an infinitive ("to sever") nor a participle ("calling it")
            if (verbish(k) && !text.norm(k).endsWith("ing") && !(k > s.first() && text.token(k - 1).is("to"))) {
                Filler f = subject(k, depth);
                if (!f.isEmpty()) {
                    return joinedBy(k, f);
                }
            }
        }
        ActorPhrase subj = phrases.subjectOf(s);
        if (subj != null && subj.last() <= j) {
            return fromPhrases(phrases.groupLeft(subj), "main subject");
        }
        return Filler.NONE;
    }

    /**
     * The speaker a clause's subject reports for: in "Aliyev said Tehran bore responsibility, pointing
     * to ...", a participle of speech ("pointing", "accusing", "citing") belongs to Aliyev, not to the
     * subject of the reported clause.
     */
    private Filler speaker(Filler f, Sentence s, int depth) {
        for (int round = 0; round < 3 && !f.isEmpty(); round++) {
            int first = f.members().get(0).token();
            if (first < s.first()) {
                return f;
            }
            Filler up = Filler.NONE;
            for (int r = first - 1; r >= s.first(); r--) {
                if (phrases.at(r) == null && words.has(WordClasses.REPORTING, text.norm(r)) && verbish(r)) {
                    up = subject(r, depth + 1);
                    break;
                }
            }
            if (up.isEmpty()) {
                return f;
            }
            f = up;
        }
        return f;
    }

    /** "Australia joined the UK and the US in blaming Russia": those joined act too. */
    private Filler joinedBy(int verb, Filler subject) {
        String v = text.norm(verb);
        if (!(v.equals("joined") || v.equals("joins") || v.equals("join") || v.equals("joining"))) {
            return subject;
        }
        Filler obj = object(verb + 1);
        if (obj.isEmpty()) {
            return subject;
        }
        List<Filler.Member> all = new ArrayList<>(subject.members());
        all.addAll(obj.members());
        return new Filler(all, subject.how() + " and those joined");
    }

    private boolean verbish(int k) {
        String w = text.norm(k);
        Token t = text.token(k);
        if (!t.isWord() || t.capitalized() && k > text.sentenceOf(k).first()) {
            return false;
        }
        if (nounPosition(k)) {
            return false;
        }
        if (words.has(WordClasses.REPORTING, w) || verbWords.contains(w)) {
            return true;
        }
        return w.length() > 4 && w.endsWith("ed") && k > 0 && (words.has(WordClasses.SKIP, text.norm(k - 1))
                || phrases.at(k - 1) != null);
    }

    /** "the state", "the Chinese state", "Russia's state": a word after a determiner or adjective is a noun. */
    private boolean nounPosition(int k) {
        if (k <= text.sentenceOf(k).first()) {
            return false;
        }
        String prev = text.norm(k - 1);
        ActorPhrase before = phrases.at(k - 1);
        return prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("'s")
                || before != null && before.kind() == ActorPhrase.Kind.DEMONYM;
    }

    /** A comma that opens an aside ("Albania, which ..., accused") ending at the comma {@code j}; or -1. */
    private int asideOpening(int j, Sentence s) {
        for (int k = j - 1; k > s.first() && j - k < 40; k--) {
            if (!text.token(k).is(",")) {
                continue;
            }
            String after = text.norm(k + 1);
            boolean opens = after.equals("which") || after.equals("who") || after.equals("whose")
                    || after.equals("a") || after.equals("an") || after.equals("once") || after.equals("the")
                    || after.equals("long") || after.equals("formerly") || after.equals("previously")
                    || after.equals("itself") || after.equals("along") || after.equals("together")
                    || after.equals("like") || after.equals("unlike") || after.equals("alongside")
                    || NAMING.contains(after) || after.equals("also");
            if (opens && phrases.at(k - 1) != null) {
                return k;
            }
            if (j - k <= 6 && phrases.at(k - 1) != null) {
                boolean plain = true;
                for (int m = k + 1; m < j; m++) {
                    if (phrases.at(m) != null || words.has(WordClasses.REPORTING, text.norm(m)) || verbish(m)) {
                        plain = false;
                        break;
                    }
                }
                if (plain) {
                    return k;   // ", in his turn,"
                }
            }
        }
        return -1;
    }

    /** An actor phrase inside the noun phrase that ends at {@code j}: "MEK members and supporters". */
    private ActorPhrase modifierBefore(int j, Sentence s) {
        for (int k = j - 1; k >= s.first() && j - k <= 4; k--) {
            ActorPhrase p = phrases.at(k);
            if (p != null) {
                return p;
            }
            Token t = text.token(k);
            if (!(t.isWord() || t.is("-")) || words.has(WordClasses.SKIP, t.norm()) && !t.is("'s")
                    || words.has(WordClasses.PREPOSITION, t.norm())) {
                return null;
            }
        }
        return null;
    }

    /** True when a possessive phrase owns the noun at {@code j} through plain words: "the SVR's hacking unit". */
    private boolean possessedNoun(ActorPhrase m, int j) {
        for (int k = m.last(); k < j; k++) {
            Token t = text.token(k);
            if (!(t.isWord() || t.is("-")) || phrases.at(k) != null) {
                return false;
            }
        }
        return true;
    }

    /** A demonym phrase modifying the noun at {@code j} ("Russian hackers", "Russian state-sponsored actors"). */
    private ActorPhrase demonymBefore(int j, Sentence s) {
        for (int k = j - 1; k >= s.first() && j - k <= 4; k--) {
            ActorPhrase p = phrases.at(k);
            if (p != null) {
                return p.kind() == ActorPhrase.Kind.DEMONYM ? p : null;
            }
            Token t = text.token(k);
            if (!(t.isWord() || t.is("-")) || words.has(WordClasses.SKIP, t.norm()) && !t.is("'s")) {
                return null;
            }
        }
        return null;
    }

    /** "which [it said] has": an actor or pronoun and a reporting verb, then only skippable words. */
    private boolean asideSpeaker(int from, int to) {
        int k = from;
        ActorPhrase p = phrases.at(k);
        if (p != null) {
            k = p.last();
        } else if (k < to && isPronoun(text.norm(k))) {
            k++;
        } else {
            return false;
        }
        return k < to && words.has(WordClasses.REPORTING, text.norm(k)) && onlySkippable(k + 1, to);
    }

    private boolean skippableOrDeterminers(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!skippable(text.norm(k)) && !words.has(WordClasses.DETERMINER, text.norm(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean onlySkippable(int from, int to) {
        Sentence s = to > 0 ? text.sentenceOf(to - 1) : null;
        for (int k = to - 1; k >= from; k--) {
            int vague = s == null ? -1 : vagueTimeStart(k, s);
            if (vague >= from) {
                k = vague;
                continue;
            }
            if (!timeToken[k] && !skippable(text.norm(k))) {
                return false;
            }
        }
        return true;
    }

    /** Nouns and adjectives that end like adverbs. */
    private static final Set<String> NOT_ADVERBS = Set.of("supply", "family", "assembly", "anomaly", "monopoly",
            "italy", "bully", "jelly", "belly", "ally", "rally", "reply", "apply", "early", "only", "holy", "daily",
            "weekly", "monthly", "yearly", "friendly", "unfriendly", "elderly", "lonely", "likely", "unlikely");

    /** A word of class {@code skip}, or an adverb in "-ly" ("has consistently denied"). */
    private boolean adverbial(String w) {
        return words.has(WordClasses.SKIP, w) || w.length() > 5 && w.endsWith("ly") && !NOT_ADVERBS.contains(w);
    }

    private boolean skippable(String w) {
        return adverbial(w) || words.has(WordClasses.HEDGE, w) || words.has(WordClasses.NEGATION, w)
                || words.has(WordClasses.HYPOTHETICAL, w) || words.has(WordClasses.BLOCKER, w);
    }

    // ------------------------------------------------------------------------------ pronouns

    private boolean isPronoun(String w) {
        return w.equals("it") || w.equals("they") || w.equals("he") || w.equals("she") || w.equals("we")
                || w.equals("them") || w.equals("him");
    }

    /** The candidates a pronoun at token {@code j} may refer to. */
    Filler pronoun(int j, boolean subjectPosition) {
        String w = text.norm(j);
        Sentence s = text.sentenceOf(j);
        if (w.equals("its") || w.equals("their")) {
            // a possessive usually points to the subject of its clause: "blamed X for the attack on its grid"
            ActorPhrase subj = phrases.subjectOf(s);
            if (!subjectPosition && subj != null && subj.last() <= j && subj.canAct()) {
                return fromPhrases(List.of(subj), "pronoun " + w);
            }
            w = w.equals("its") ? "it" : "they";
        }
        if (words.has(WordClasses.PRONOUN_HE, w)) {
            ActorPhrase p = phrases.recentPerson(j);
            return p == null ? Filler.NONE : fromPhrases(List.of(p), "pronoun " + w).viaPronoun();
        }
        if (words.has(WordClasses.PRONOUN_THEY, w)) {
            // "X announced they would ...": the subject of the reporting verb
            int k = j - 1;
            while (k >= s.first() && (timeToken[k] || text.norm(k).equals("that"))) {
                k--;
            }
            if (subjectPosition && k >= s.first() && (words.has(WordClasses.REPORTING, text.norm(k))
                    || verbWords.contains(text.norm(k)))) {
                Filler f = subject(k, 1);
                if (!f.isEmpty()) {
                    return new Filler(f.members(), "pronoun " + w);
                }
            }
            List<ActorPhrase> g = phrases.recentPluralGroup(j);
            if (!g.isEmpty()) {
                return fromPhrases(g, "pronoun " + w).viaPronoun();
            }
        }
        if (words.has(WordClasses.PRONOUN_WE, w)) {
            ActorPhrase p = phrases.recentPerson(j);
            return p == null ? Filler.NONE : fromPhrases(List.of(p), "pronoun " + w).viaPronoun();
        }
        // "it": the subject of a governing reporting verb, the previous sentence's subject at the start
        // of a sentence, else the most recent actor
        List<String> cands = new ArrayList<>();
        EntityType type = EntityType.State;
        if (subjectPosition) {
            int k = j - 1;
            while (k >= s.first() && (timeToken[k] || text.norm(k).equals("that"))) {
                k--;
            }
            if (k >= s.first() && words.has(WordClasses.REPORTING, text.norm(k))) {
                Filler f = subject(k, 1);
                if (!f.isEmpty() && f.members().size() == 1) {
                    return new Filler(f.members(), "pronoun " + w);
                }
            }
            if (k >= s.first() && text.norm(k + 1).equals("that") || k + 1 < j && text.norm(k + 1).equals("that")) {
                // "The United States said that it condemned ..., and that it had concluded ..."
                for (int r = k; r >= s.first(); r--) {
                    if (phrases.at(r) == null && words.has(WordClasses.REPORTING, text.norm(r))) {
                        Filler f = subject(r, 1);
                        if (!f.isEmpty() && f.members().size() == 1) {
                            return new Filler(f.members(), "pronoun " + w);
                        }
                        break;
                    }
                }
            }
            if (j == s.first() || j == s.first() + 1 && !text.token(s.first()).isWord() || frontedOnly(s, j)) {
                if (s.index() > 0) {
                    Sentence prevSentence = text.sentences().get(s.index() - 1);
                    Filler speaker = quoteOpens(prevSentence) ? postposed(prevSentence, prevSentence.first())
                            : Filler.NONE;
                    if (!speaker.isEmpty()) {
                        cands.addAll(speaker.members().get(0).keys());
                        type = speaker.members().get(0).type();
                    }
                    ActorPhrase prev = phrases.subjectOf(prevSentence);
                    if (prev != null && !prev.keys().isEmpty() && !cands.contains(prev.key())) {
                        if (cands.isEmpty()) {
                            type = prev.type();
                        }
                        cands.add(prev.key());
                    }
                }
            }
        }
        for (ActorPhrase p : phrases.before(j, 3)) {
            if (!p.canAct()) {
                continue;
            }
            if (p.type() == EntityType.State || p.type() == EntityType.Organization) {
                if (!cands.contains(p.key())) {
                    if (cands.isEmpty()) {
                        type = p.type();
                    }
                    cands.add(p.key());
                }
            }
        }
        if (cands.isEmpty()) {
            return Filler.NONE;
        }
        return new Filler(List.of(new Filler.Member(cands, type, ActorPhrase.Kind.DESCRIPTOR, true, true, "", j,
                true)), "pronoun " + w);
    }

    /** True when only a fronted time phrase comes before token {@code j}: "In May it blamed ...". */
    private boolean frontedOnly(Sentence s, int j) {
        boolean any = false;
        for (int k = s.first(); k < j; k++) {
            if (!(timeToken[k] || text.token(k).is(",") || adverbial(text.norm(k)))) {
                return false;
            }
            any |= timeToken[k];
        }
        return any;
    }

    // ------------------------------------------------------------------------------ to the right

    /** The noun phrase right after token {@code after} (determiners skipped): "accused [the Gulf state] of". */
    Filler object(int after) {
        Sentence s = text.sentenceOf(Math.min(after, text.size() - 1));
        int j = after;
        if (j < s.last() && (text.token(j).is("its") || text.token(j).is("their")) && phrases.at(j) == null) {
            return possessivePronoun(j);   // not "its western neighbour", a description of its own
        }
        while (j < s.last() && (words.has(WordClasses.DETERMINER, text.norm(j))
                || text.token(j).kind() == Token.Kind.NUMBER) && phrases.at(j) == null) {
            j++;
        }
        if (j >= s.last()) {
            return Filler.NONE;
        }
        ActorPhrase p = phrases.at(j);
        if (p == null) {
            p = namedAfterHead(j, s);   // "the hacking group APT31"
        }
        if (p != null && p.first() >= after && placeModifier(p, s)) {
            // "the US-based cleric Fethullah Gulen": the place says where, the noun after it is the object
            p = null;
            for (int k = j + 3; k < s.last() && k - j <= 8 && p == null; k++) {
                if (!text.token(k).isWord() && !text.token(k).is("-")) {
                    break;
                }
                p = phrases.at(k);
            }
            if (p == null || p.dateline()) {
                return Filler.NONE;
            }
        }
        if (p != null && p.first() >= after && p.last() + 1 < s.last() && text.token(p.last()).is("-")
                && text.token(p.last() + 1).isWord() && phrases.at(p.last() + 1) == null
                && p.type() == EntityType.State) {
            // "12 Moscow-directed front groups": the state only modifies the noun, as an adjective would
            StringBuilder head = new StringBuilder();
            for (int k = p.last() + 2; k < s.last() && k - p.last() <= 5 && text.token(k).isWord()
                    && phrases.at(k) == null; k++) {
                head.append(text.norm(k)).append(' ');
            }
            return new Filler(List.of(new Filler.Member(p.keys(), p.type(), ActorPhrase.Kind.DEMONYM, false,
                    p.fromContext(), head.toString().strip(), p.first(), false)), "object modifier");
        }
        if (p != null && p.first() >= after) {
            List<ActorPhrase> g = phrases.groupRight(p);
            if (p.kind() == ActorPhrase.Kind.DEMONYM) {
                g = new ArrayList<>(g);
                g.addAll(listedIn(p.last(), s));
            }
            return fromPhrases(g, "object");
        }
        List<ActorPhrase> listed = listedIn(j, s);
        if (!listed.isEmpty()) {
            return fromPhrases(listed, "object listed");
        }
        for (int h = j; h < s.last() && h - j <= 3 && text.token(h).isWord() && phrases.at(h) == null
                && !words.has(WordClasses.PREPOSITION, text.norm(h)) && !words.has(WordClasses.SKIP, text.norm(h)); h++) {
            if (words.has(WordClasses.PERPETRATOR_HEAD, text.norm(h))) {
                ActorPhrase a = actingFor(h, s);
                if (a != null) {
                    return fromPhrases(phrases.groupRight(a), "object acting for");
                }
                break;
            }
            if (words.has(WordClasses.LINKED_HEAD, text.norm(h))) {
                ActorPhrase a = linkedTo(h, s);
                if (a != null) {
                    return fromPhrases(phrases.groupRight(a), "object linked to");
                }
                break;
            }
        }
        String w = text.norm(j);
        if ((w.equals("latter") || w.equals("former")) && j > after) {
            for (ActorPhrase q : phrases.before(after, 1)) {
                if (ActorPhrases.stateLike(q)) {
                    return fromPhrases(List.of(q), "the latter");
                }
            }
        }
        if (w.equals("it") || w.equals("them") || w.equals("him") || w.equals("her")) {
            return pronoun(j, false);
        }
        return Filler.NONE;
    }

    /** The actor groups after token {@code after} in the same clause, nearest first. */
    List<Filler> following(int after, int window) {
        List<Filler> out = new ArrayList<>();
        if (after >= text.size()) {
            return out;
        }
        Sentence s = text.sentenceOf(after);
        for (int j = after; j < s.last() && j - after < window; j++) {
            Token t = text.token(j);
            // the clause ends at ";" and at ", and ...", ", while ...", ", which ..."
            if (t.is(";") || t.is("?") || t.is(",") && (text.norm(j + 1).equals("and")
                    || words.has(WordClasses.CLAUSE_START, text.norm(j + 1)) && !text.norm(j + 1).equals("as"))) {
                break;
            }
            ActorPhrase p = phrases.at(j);
            if (p != null) {
                if (!p.dateline()) {
                    List<ActorPhrase> g = phrases.groupRight(p);
                    out.add(fromPhrases(g, "next"));
                    j = g.get(g.size() - 1).last() - 1;
                }
                continue;
            }
            if (t.is("its") || t.is("their")) {
                Filler f = possessivePronoun(j);
                if (!f.isEmpty()) {
                    out.add(f);
                }
            } else if (t.is("them") || t.is("it")) {
                Filler f = pronoun(j, false);
                if (!f.isEmpty()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The actor group after the preposition {@code prep} following token {@code after}, in its clause. */
    List<Filler> afterPreposition(String prep, int after, int window) {
        List<Filler> out = new ArrayList<>();
        if (after >= text.size()) {
            return out;
        }
        Sentence s = text.sentenceOf(after);
        for (int j = after; j < s.last() && j - after < window; j++) {
            Token t = text.token(j);
            if (t.is(";") || t.is("?") || j > after && !t.is(prep) && words.has(WordClasses.CLAUSE_START, t.norm())
                    && !t.is("as") && !t.is("after") && !t.is("since") || j > after && finiteVerb(j)) {
                break;
            }
            if (j > after && t.is("and") && text.token(j - 1).is(",") && j + 1 < s.last()) {
                ActorPhrase q = phrases.at(j + 1) != null ? phrases.at(j + 1) : phrases.at(j + 2);
                if (q != null && q.first() <= j + 2 && phrases.opensClause(q, s)) {
                    break;   // "sanctions against Belarus, and Canada placed bans on ...": Canada's own clause
                }
            }
            if (!t.is(prep) || phrases.at(j) != null) {
                continue;
            }
            int k = j + 1;
            while (k < s.last() && words.has(WordClasses.DETERMINER, text.norm(k)) && phrases.at(k) == null
                    && !text.token(k).is("its") && !text.token(k).is("their")) {
                k++;
            }
            if (k + 1 < s.last() && text.token(k).is("of") && phrases.at(k) == null) {
                // "sanctions on the head of Russia's military intelligence agency": whom the head works for
                int o = k + 1;
                while (o < s.last() && words.has(WordClasses.DETERMINER, text.norm(o)) && phrases.at(o) == null) {
                    o++;
                }
                ActorPhrase q = o < s.last() ? phrases.at(o) : null;
                if (q != null && q.first() == o && workingFor(q, s)) {
                    k = o;
                }
            }
            ActorPhrase p = k < s.last() ? phrases.at(k) : null;
            if (p == null && k < s.last()) {
                p = namedAfterHead(k, s);   // "sanctions on the hacking group APT31"
            }
            if (p == null) {
                // "sanctions on 12 individuals linked to Iran": the state the people are tied to
                int h = k;
                while (h < s.last() && text.token(h).kind() == Token.Kind.NUMBER && phrases.at(h) == null) {
                    h++;
                }
                if (h < s.last() && words.has(WordClasses.LINKED_HEAD, text.norm(h))) {
                    p = linkedTo(h, s);
                }
            }
            if (p != null && p.first() >= j + 1 && !p.dateline()) {
                List<ActorPhrase> g = phrases.groupRight(p);
                if (p.kind() == ActorPhrase.Kind.DEMONYM) {
                    g = new ArrayList<>(g);
                    g.addAll(listedIn(p.last(), s));
                }
                out.add(fromPhrases(g, prep).at(j));
                // "on NATO ally Albania": the apposed actor after "ally", "member", "partner"
                int a = p.last();
                if (a + 1 < s.last() && (text.token(a).is("ally") || text.token(a).is("member")
                        || text.token(a).is("partner") || text.token(a).is("neighbour")
                        || text.token(a).is("neighbor"))) {
                    ActorPhrase q = phrases.at(a + 1);
                    if (q != null) {
                        out.add(fromPhrases(phrases.groupRight(q), prep));
                    }
                }
            } else if (k < s.last() && !listedIn(k, s).isEmpty()) {
                out.add(fromPhrases(listedIn(k, s), prep + " listed").at(j));
            } else if (k < s.last() && (text.token(k).is("its") || text.token(k).is("their"))) {
                Filler f = possessivePronoun(k);
                if (!f.isEmpty()) {
                    out.add(f.at(j));
                }
            } else if (k < s.last() && (text.token(k).is("it") || text.token(k).is("them"))) {
                Filler f = pronoun(k, false);
                if (!f.isEmpty()) {
                    out.add(f.at(j));
                }
            }
        }
        return out;
    }

    /** A word that looks like the finite verb of another clause: "attacks increased pressure". */
    private boolean finiteVerb(int k) {
        String w = text.norm(k);
        if (w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("has")
                || w.equals("have") || w.equals("had") || w.equals("will") || words.has(WordClasses.REPORTING, w)
                && !w.equals("charges") && !w.equals("claims") && !w.equals("reports") && !w.equals("states")) {
            return true;
        }
        if (!w.endsWith("ed") || k == 0 || phrases.at(k) != null) {
            return false;
        }
        Token prev = text.token(k - 1);
        return prev.isWord() && !words.has(WordClasses.DETERMINER, prev.norm()) && !prev.is("and")
                && !prev.is("or") && phrases.at(k - 1) == null;
    }

    /** The actor right before token {@code first}, through a possessive: "Iran's involvement", "Danish allegations". */
    Filler possessor(int first) {
        Sentence s = text.sentenceOf(first);
        int j = first - 1;
        if (j >= s.first() && (text.token(j).is("'s") || text.token(j).is("'"))) {
            j--;
        }
        int skipped = 0;
        while (j >= s.first() && skipped < 3 && phrases.at(j) == null
                && (words.has(WordClasses.DETERMINER, text.norm(j)) || words.has(WordClasses.HEDGE, text.norm(j))
                || text.token(j).is("-"))) {
            j--;
            skipped++;
        }
        ActorPhrase p = j >= s.first() ? phrases.at(j) : null;
        if (p == null && first - 1 >= s.first() && text.token(first - 1).isWord()) {
            p = demonymBefore(first, s);   // "two Russian intelligence officers"
        }
        if (p == null || p.dateline()) {
            return Filler.NONE;
        }
        return fromPhrases(phrases.groupLeft(p), "possessor");
    }

    /**
     * The first actor inside the matched words, preferring one named over one resolved from context; a
     * bare body made only of the pattern's own words ("closes the embassy") does not count.
     */
    Filler inside(int first, int last, TriggerRule rule) {
        ActorPhrase fallback = null;
        for (int j = first; j < last; j++) {
            ActorPhrase p = phrases.at(j);
            if (p != null && p.fromContext() && onlyPatternWords(p, rule)) {
                j = p.last() - 1;
                continue;
            }
            if (p == null) {
                String w = text.norm(j);
                if ((w.equals("them") || w.equals("it") || words.has(WordClasses.PRONOUN_HE, w)) && fallback == null) {
                    Filler f = pronoun(j, false);
                    if (!f.isEmpty()) {
                        return f;
                    }
                }
                continue;
            }
            if (p.dateline()) {
                continue;
            }
            if (!p.fromContext()) {
                List<ActorPhrase> g = new ArrayList<>(phrases.groupRight(p));
                g.addAll(aliases(g.get(g.size() - 1).last(), last));
                return fromPhrases(g, "inside");
            }
            if (fallback == null) {
                fallback = p;
            }
            j = p.last() - 1;
        }
        return fallback == null ? Filler.NONE : fromPhrases(List.of(fallback), "inside");
    }

    private boolean onlyPatternWords(ActorPhrase p, TriggerRule rule) {
        for (int k = p.first(); k < p.last(); k++) {
            String w = text.norm(k);
            boolean matched = false;
            for (TriggerRule.Element e : rule.elements()) {
                if (!e.isGap() && e.words().contains(w)) {
                    matched = true;
                    break;
                }
            }
            if (!matched && !words.has(WordClasses.DETERMINER, w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "on its power grid": the owner a possessive pronoun stands for, as a modifier of the nouns after it,
     * so that a role can check them ("its power grid" can be hit by a cyberattack, "its NATO ally" cannot).
     */
    private Filler possessivePronoun(int k) {
        Filler f = pronoun(k, false);
        if (f.isEmpty()) {
            return f;
        }
        StringBuilder head = new StringBuilder();
        Sentence s = text.sentenceOf(k);
        for (int m = k + 1; m < s.last() && m - k <= 4 && (phrases.at(m) == null || bareBody(phrases.at(m))); m++) {
            if (!text.token(m).isWord() && !text.token(m).is("-")) {
                break;
            }
            head.append(text.norm(m)).append(' ');
        }
        List<Filler.Member> out = new ArrayList<>();
        for (Filler.Member m : f.members()) {
            out.add(new Filler.Member(m.keys(), m.type(), ActorPhrase.Kind.DEMONYM, false, m.fromContext(),
                    head.toString().strip(), m.token(), true));
        }
        return new Filler(out, f.how(), f.anchor());
    }

    /** A body named without its state ("the ministry"), resolved from context. */
    private static boolean bareBody(ActorPhrase p) {
        return p.fromContext() && p.kind() == ActorPhrase.Kind.AGENT;
    }

    /**
     * True when the words in {@code [from, to)} name a state institution before any private victim:
     * "the government websites", "three regional energy companies", "cut power to homes" (classes
     * {@code institution-head} and {@code private-head}; the first word of either decides).
     */
    boolean institutionIn(int from, int to) {
        return victimWords(from, to) > 0;
    }

    /**
     * 1 when the words in {@code [from, to)} name a state institution, -1 a private victim, else 0. The
     * owner named last decides ("the booking system of a private clinic" is private, "computer systems at
     * public hospitals" is not); within a noun phrase the first word that decides does ("energy
     * companies"); a word of both classes ("servers") decides nothing.
     */
    int victimWords(int from, int to) {
        int end = to;
        for (int k = to - 1; k >= from - 1; k--) {
            if (k >= from && !words.has(WordClasses.PREPOSITION, text.norm(k))) {
                continue;
            }
            for (int m = k + 1; m < end; m++) {
                String w = text.norm(m);
                boolean priv = words.has(WordClasses.PRIVATE_HEAD, w);
                boolean inst = words.has(WordClasses.INSTITUTION_HEAD, w);
                if (priv != inst) {
                    return inst ? 1 : -1;
                }
            }
            end = k;
        }
        return 0;
    }

    /**
     * The owner of a state institution named without its state ("hackers breached the federal mapping
     * agency's network", "the attack on three regional energy companies"): the state that says so about
     * its own institution, else the subject of the clause. Nothing when the words after the match name
     * no institution, or name an actor of their own.
     */
    Filler home(int first, int last) {
        Sentence s = text.sentenceOf(first);
        // a definite or counted noun phrase ("the federal agency's network", "three regional energy
        // companies"), not a bare plural ("federal agencies"), with a word that marks a state institution
        int start = last;
        while (start < s.last() && (text.token(start).is("on") || text.token(start).is("against")
                || text.token(start).is("into") || text.token(start).is("targeting") || text.token(start).is("at")
                || text.token(start).is("least") || text.token(start).is("more") || text.token(start).is("than")
                || text.token(start).is("over") || text.token(start).is("nearly") || text.token(start).is("about"))) {
            start++;
        }
        if (start >= s.last() || !(words.has(WordClasses.DETERMINER, text.norm(start))
                || text.token(start).kind() == Token.Kind.NUMBER)) {
            return Filler.NONE;
        }
        int end = last;
        while (end < s.last() && end - last < 10) {
            Token t = text.token(end);
            ActorPhrase p = phrases.at(end);
            if (p != null && !bareBody(p)) {
                return Filler.NONE;
            }
            if (p == null && (!(t.isWord() || t.is("'s") || t.is("-") || t.kind() == Token.Kind.NUMBER)
                    || words.has(WordClasses.CLAUSE_START, t.norm()) || words.has(WordClasses.REPORTING, t.norm())
                    || words.has(WordClasses.SKIP, t.norm()) && !t.is("'s") && !t.is("in") && !t.is("on"))) {
                break;
            }
            end++;
        }
        boolean marked = false;
        for (int k = start; k < end && !marked; k++) {
            marked = words.has(WordClasses.STATE_INSTITUTION, text.norm(k));
        }
        if (!marked || !institutionIn(last, end)) {
            return Filler.NONE;
        }
        Filler f = source(first, last);
        if (f.isEmpty() || f.members().stream().noneMatch(m -> m.canAct() && m.type() == EntityType.State)) {
            f = subject(first);
        }
        ActorPhrase main = phrases.subjectOf(s);
        if ((f.isEmpty() || f.members().stream().noneMatch(m -> m.canAct() && m.type() == EntityType.State))
                && main != null && main.last() <= first) {
            f = fromPhrases(List.of(main), "sentence subject");   // "X imposed ... a campaign that penetrated ..."
        }
        List<Filler.Member> out = new ArrayList<>();
        for (Filler.Member m : f.members()) {
            if (m.canAct() && m.type() == EntityType.State) {
                out.add(m);
            }
        }
        return out.isEmpty() ? Filler.NONE : new Filler(out, "own institution");
    }

    /** The subject of the sentence's main clause, when it comes before token {@code first}. */
    Filler mainSubject(int first) {
        Sentence s = text.sentenceOf(first);
        ActorPhrase p = phrases.subjectOf(s);
        return p == null || p.last() > first ? Filler.NONE : fromPhrases(phrases.groupLeft(p), "main subject");
    }

    /** "Fethullah Gulen, the US-based cleric": the actor before the comma that opens the apposition. */
    Filler apposed(int first) {
        Sentence s = text.sentenceOf(first);
        for (int k = first - 1; k > s.first() && first - k <= 6; k--) {
            if (text.token(k).is(",")) {
                ActorPhrase p = phrases.at(k - 1);
                if (p == null && text.token(k - 1).is(")")) {
                    // "the Movement for ... Kabylie (MAK), a separatist group": the name before its bracketed acronym
                    int o = k - 2;
                    while (o > s.first() && k - o <= 6 && !text.token(o).is("(")) {
                        o--;
                    }
                    if (text.token(o).is("(")) {
                        p = phrases.at(o + 1) != null ? phrases.at(o + 1) : phrases.at(o - 1);
                    }
                }
                return p == null || p.dateline() ? Filler.NONE : fromPhrases(List.of(p), "apposition");
            }
        }
        return Filler.NONE;
    }

    /** A state after "anti-" inside the match: "anti-Russian sanctions". */
    Filler anti(int first, int last) {
        Sentence s = text.sentenceOf(first);
        for (int j = Math.max(s.first(), first - 3); j < last; j++) {
            if (text.token(j).is("anti") && j + 2 < s.last() && text.token(j + 1).is("-")) {
                ActorPhrase p = phrases.at(j + 2);
                if (p != null) {
                    return fromPhrases(List.of(p), "anti-");
                }
            }
        }
        return Filler.NONE;
    }

    // ------------------------------------------------------------------------------ lists and relatives

    /**
     * The actors a noun phrase starting at {@code k} lists by name: "three hacking groups, including
     * Sandworm and APT28", "groups such as the MEK". Empty when the phrase lists none.
     */
    List<ActorPhrase> listedIn(int k, Sentence s) {
        for (int j = k; j < s.last() && j - k <= 8; j++) {
            Token t = text.token(j);
            int a = -1;
            if (t.is("including") || t.is("notably") || t.is("namely")) {
                a = j + 1;
            } else if (t.is("such") && j + 1 < s.last() && text.token(j + 1).is("as")) {
                a = j + 2;
            } else if (t.is("among") && j + 1 < s.last() && text.token(j + 1).is("them")) {
                a = j + 2;
            }
            if (a >= 0) {
                while (a < s.last() && (text.token(a).is("the") || text.token(a).is(",")) && phrases.at(a) == null) {
                    a++;
                }
                ActorPhrase p = a < s.last() ? phrases.at(a) : null;
                return p == null || p.first() != a || p.dateline() ? List.of() : phrases.groupRight(p);
            }
            if (t.is(",") || t.is("-") || j > k && phrases.at(j) != null) {
                continue;
            }
            if (!t.isWord() || words.has(WordClasses.PREPOSITION, t.norm()) && !t.is("of")
                    || words.has(WordClasses.REPORTING, t.norm()) || words.has(WordClasses.SKIP, t.norm())
                    || words.has(WordClasses.RELATIVE, t.norm())) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The phrase naming the kind of a listed actor: for "Sandworm" in "three Russian hacking groups,
     * including Sandworm", the nationality adjective "Russian" (its head noun says whether it can be
     * accused); or null.
     */
    ActorPhrase listHead(ActorPhrase a, Sentence s) {
        int i = a.first() - 1;
        while (i >= s.first() && text.token(i).is("the")) {
            i--;
        }
        if (i >= s.first() && (text.token(i).is("including") || text.token(i).is("notably"))) {
            i--;
        } else if (i - 1 >= s.first() && text.token(i).is("as") && text.token(i - 1).is("such")) {
            i -= 2;
        } else {
            return null;
        }
        if (i >= s.first() && text.token(i).is(",")) {
            i--;
        }
        for (int k = i; k >= s.first() && i - k <= 5; k--) {
            ActorPhrase p = phrases.at(k);
            if (p != null) {
                return p.kind() == ActorPhrase.Kind.DEMONYM && !p.dateline() ? p : null;
            }
            Token t = text.token(k);
            if (!(t.isWord() || t.is("-")) || words.has(WordClasses.PREPOSITION, t.norm())
                    || words.has(WordClasses.SKIP, t.norm()) || words.has(WordClasses.REPORTING, t.norm())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The antecedent of a relative pronoun that is the object of the verb at {@code t}: in "Sandworm,
     * which Vilnius holds responsible for ..." or "the cleric, whom Ankara blames for ...", the verb's
     * subject comes right after the pronoun, and the object is the noun phrase before it (with the
     * kind of actor a list names it as: "Russian hacking groups, including Sandworm, which ...").
     */
    Filler relativeObject(int t) {
        Sentence s = text.sentenceOf(t);
        int j = t - 1;
        while (j >= s.first() && (timeToken[j] || skippable(text.norm(j)))) {
            j--;
        }
        if (j < s.first()) {
            return Filler.NONE;
        }
        int subjectStart;
        ActorPhrase subj = phrases.at(j);
        if (subj != null && !subj.dateline()) {
            subjectStart = phrases.groupLeft(subj).get(0).first();
        } else if (isPronoun(text.norm(j))) {
            subjectStart = j;
        } else {
            return Filler.NONE;
        }
        int r = subjectStart - 1;
        if (r <= s.first() || !words.has(WordClasses.RELATIVE, text.norm(r))) {
            return Filler.NONE;
        }
        int k = r - 1;
        while (k > s.first() && text.token(k).is(",")) {
            k--;
        }
        ActorPhrase a = antecedent(k, s);
        if (a == null || a.dateline() || a.possessive()) {
            return Filler.NONE;
        }
        List<ActorPhrase> all = new ArrayList<>(phrases.groupLeft(a));
        ActorPhrase head = listHead(all.get(0), s);
        if (head != null) {
            all.add(head);
        }
        return fromPhrases(all, "relative " + text.norm(r));
    }

    // ------------------------------------------------------------------------------ who says so

    /** Who states the clause at {@code [first, last)}: a reporting verb's subject, "according to X", "..., X said". */
    Filler source(int first, int last) {
        Sentence s = text.sentenceOf(first);
        if (insideQuote(s, first)) {
            Filler post = postposed(s, last);
            if (post.isEmpty()) {
                post = quoted(s);
            }
            if (!post.isEmpty()) {
                return post;
            }
        }
        for (int j = first - 1; j >= s.first(); j--) {
            String w = text.norm(j);
            if (w.equals(";")) {
                break;
            }
            if (phrases.at(j) != null || timeToken[j]) {
                continue;
            }
            if (words.has(WordClasses.DENIAL_VERB, w)) {
                return Filler.NONE;
            }
            if (words.has(WordClasses.REPORTING, w) && text.token(j).isWord() && !nounPosition(j)) {
                Filler f = subject(j);
                if (!f.isEmpty()) {
                    return new Filler(f.members(), "said " + w, j);
                }
                Filler after = object(j + 1);
                if (!after.isEmpty() && j + 1 < first) {
                    return new Filler(after.members(), "said " + w, j);
                }
            }
            if (words.has(WordClasses.CLAIM, w)) {
                Filler c = claimantOf(j);
                if (!c.isEmpty()) {
                    return new Filler(c.members(), "claim", j);
                }
            }
        }
        Filler according = according(s);
        if (!according.isEmpty()) {
            return according;
        }
        Filler post = postposed(s, last);
        if (!post.isEmpty()) {
            return post;
        }
        return quoted(s);
    }

    private Filler according(Sentence s) {
        for (int j = s.first(); j + 1 < s.last(); j++) {
            if (text.token(j).is("according") && text.token(j + 1).is("to")) {
                int k = j + 2;
                while (k < s.last() && words.has(WordClasses.DETERMINER, text.norm(k)) && phrases.at(k) == null) {
                    k++;
                }
                ActorPhrase p = k < s.last() ? phrases.at(k) : null;
                if (p != null && p.first() == k) {
                    return fromPhrases(phrases.groupRight(p), "according to").at(j);
                }
                if (k < s.last() && words.has(WordClasses.PRONOUN_HE, text.norm(k))) {
                    return pronoun(k, false).at(j);
                }
            }
        }
        return Filler.NONE;
    }

    /** "..., X said." or "..., said X." after the clause (after the closing quote of a quotation). */
    private Filler postposed(Sentence s, int from) {
        if (quoteOpens(s)) {
            for (int k = s.last() - 1; k > s.first(); k--) {
                if (text.token(k).is("\"") || text.token(k).is("'") && k > from) {
                    from = Math.max(from, k + 1);
                    break;
                }
            }
        }
        for (int j = from; j < s.last(); j++) {
            String w = text.norm(j);
            if (!words.has(WordClasses.REPORTING, w) || !text.token(j).isWord() || phrases.at(j) != null) {
                continue;
            }
            // "X said": the phrase right before the verb, itself after the clause
            int k = j - 1;
            while (k >= from && (timeToken[k] || adverbial(text.norm(k)))) {
                k--;
            }
            ActorPhrase p = k >= from ? phrases.at(k) : null;
            if (p != null && p.first() >= from && !p.dateline()) {
                return fromPhrases(phrases.groupLeft(p), "postposed " + w).at(j);
            }
            if (k >= from && isPronoun(text.norm(k))) {
                Filler f = pronoun(k, true);
                if (!f.isEmpty()) {
                    return f.at(j);
                }
            }
            // "said X"
            int m = j + 1;
            while (m < s.last() && (words.has(WordClasses.DETERMINER, text.norm(m)) && phrases.at(m) == null
                    || timeToken[m])) {
                m++;
            }
            ActorPhrase q = m < s.last() ? phrases.at(m) : null;
            if (q != null && q.first() == m && !q.dateline()) {
                return fromPhrases(phrases.groupRight(q), "postposed " + w).at(j);
            }
        }
        return Filler.NONE;
    }

    /** True when an odd number of double quotes precede the token in its sentence, or the sentence opens one. */
    private boolean insideQuote(Sentence s, int token) {
        int quotes = 0;
        for (int k = s.first(); k < token; k++) {
            if (text.token(k).is("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private boolean quoteOpens(Sentence s) {
        return text.token(s.first()).is("\"") || text.token(s.first()).is("'");
    }

    /** A quoted sentence takes its speaker from an attribution in the same paragraph. */
    private Filler quoted(Sentence s) {
        boolean quote = text.token(s.first()).is("\"") || text.token(s.first()).is("'")
                || text.token(s.last() - 1).is("\"");
        if (!quote) {
            return Filler.NONE;
        }
        List<Sentence> all = text.sentences();
        for (int k = s.index() + 1; k < all.size() && k <= s.index() + 3; k++) {
            Sentence n = all.get(k);
            if (n.paragraph() != s.paragraph()) {
                break;
            }
            Filler f = postposed(n, n.first());
            if (!f.isEmpty()) {
                return f;
            }
        }
        if (s.index() > 0) {
            Sentence prev = all.get(s.index() - 1);
            if (prev.paragraph() == s.paragraph() || text.token(prev.last() - 1).is(":")) {
                for (int j = prev.last() - 1; j >= prev.first(); j--) {
                    if (words.has(WordClasses.REPORTING, text.norm(j))) {
                        Filler f = subject(j);
                        if (!f.isEmpty()) {
                            return f;
                        }
                    }
                }
            }
        }
        return Filler.NONE;
    }

    /** Who made the claim named by the noun at {@code j}: "Oslo's allegation", "accusations by the US". */
    Filler claimantOf(int j) {
        Sentence s = text.sentenceOf(j);
        Filler poss = possessor(j);
        if (!poss.isEmpty()) {
            return new Filler(poss.members(), "claim of");
        }
        // "urged Washington to withdraw the accusations", "Seoul keeps repeating the claims": who makes them
        for (int v = j - 1; v >= s.first() && j - v <= 5; v--) {
            String w = text.norm(v);
            if (words.has(WordClasses.CLAIM_VERB, w)) {
                Filler f = subject(v);
                if (!f.isEmpty()) {
                    return new Filler(f.members(), "claim made by");
                }
                break;
            }
            if (phrases.at(v) != null || !(text.token(v).isWord() || text.token(v).is("\"")
                    || text.token(v).is("'"))) {
                break;
            }
        }
        for (int k = j + 1; k < s.last() && k - j <= 4; k++) {
            if (text.token(k).is("by")) {
                int m = k + 1;
                while (m < s.last() && words.has(WordClasses.DETERMINER, text.norm(m)) && phrases.at(m) == null) {
                    m++;
                }
                ActorPhrase p = m < s.last() ? phrases.at(m) : null;
                if (p != null && p.first() == m) {
                    return fromPhrases(phrases.groupRight(p), "claim by");
                }
                return Filler.NONE;
            }
        }
        return Filler.NONE;
    }

    /** The maker of a claim near the match: the first claim noun in or after it, else before it. */
    Filler claimant(int first, int last) {
        Sentence s = text.sentenceOf(first);
        for (int j = first; j < s.last() && j - last < 12; j++) {
            if (words.has(WordClasses.CLAIM, text.norm(j)) && phrases.at(j) == null) {
                Filler f = claimantOf(j);
                if (!f.isEmpty()) {
                    return f;
                }
            }
        }
        for (int j = first - 1; j >= s.first() && first - j < 10; j--) {
            if (words.has(WordClasses.CLAIM, text.norm(j)) && phrases.at(j) == null) {
                Filler f = claimantOf(j);
                if (!f.isEmpty()) {
                    return f;
                }
            }
        }
        return Filler.NONE;
    }

    // ------------------------------------------------------------------------------ helpers

    Filler fromPhrases(List<ActorPhrase> ps, String how) {
        List<Filler.Member> members = new ArrayList<>();
        for (ActorPhrase p : ps) {
            if (p.keys().isEmpty()) {
                continue;
            }
            members.add(new Filler.Member(p.keys(), p.type(), p.kind(), p.canAct(), p.fromContext(), head(p),
                    p.first(), false));
        }
        return members.isEmpty() ? Filler.NONE : new Filler(members, how);
    }

    /** The words after a nationality adjective, up to four: "hackers", "state sponsored actors". */
    private String head(ActorPhrase p) {
        if (p.kind() != ActorPhrase.Kind.DEMONYM) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        Sentence s = text.sentenceOf(p.first());
        for (int k = p.last(); k < s.last() && k - p.last() < 5; k++) {
            Token t = text.token(k);
            if (!t.isWord() && !t.is("-")) {
                break;
            }
            b.append(t.norm()).append(' ');
        }
        return b.toString().strip();
    }
}
