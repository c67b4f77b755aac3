package org.geokg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.facts.EntityType;

/**
 * The actor phrases of one article with the look-ups role finding needs: the phrase at a token,
 * coordinated groups ("Saudi Arabia, Egypt, Bahrain and the UAE"), sentence subjects, and the recent
 * actors a pronoun or description may refer to.
 */
final class ActorPhrases {

    private final AnalyzedText text;
    private final WordClasses words;
    private final List<ActorPhrase> phrases = new ArrayList<>();
    private final int[] phraseAt;
    /** The subject phrase of each sentence once known: -2 not yet computed, -1 none. */
    private final int[] subjectOf;
    /** Tokens before this one have all their phrases: look-ups there are final and may be cached. */
    private int complete;
    private final Map<String, Integer> subjectCount = new HashMap<>();
    private final Map<String, Integer> subjectLastSeen = new HashMap<>();
    private int countedSentences;
    private String firstSubject;

    /** An empty set of phrases, filled left to right by {@link PhraseBuilder}. */
    ActorPhrases(AnalyzedText text, WordClasses words) {
        this.text = text;
        this.words = words;
        this.phraseAt = new int[text.size()];
        Arrays.fill(phraseAt, -1);
        this.subjectOf = new int[text.sentences().size()];
        Arrays.fill(subjectOf, -2);
    }

    /** Adds the next phrase; its index must be the number of phrases so far. */
    void add(ActorPhrase p) {
        if (p.index() != phrases.size()) {
            throw new IllegalArgumentException("phrase index " + p.index() + ", expected " + phrases.size());
        }
        phrases.add(p);
        for (int i = p.first(); i < p.last(); i++) {
            phraseAt[i] = p.index();
        }
    }

    /** Declares that no phrase will be added before {@code token} any more. */
    void completeUpTo(int token) {
        complete = Math.max(complete, token);
    }

    int size() {
        return phrases.size();
    }

    List<ActorPhrase> all() {
        return java.util.Collections.unmodifiableList(phrases);
    }

    ActorPhrase get(int index) {
        return phrases.get(index);
    }

    /** The phrase covering a token, or null. */
    ActorPhrase at(int token) {
        if (token < 0 || token >= phraseAt.length) {
            return null;
        }
        int p = phraseAt[token];
        return p < 0 ? null : phrases.get(p);
    }

    /** The subject of a sentence: its first actor phrase outside a prepositional phrase, or null. */
    ActorPhrase subjectOf(Sentence s) {
        int cached = subjectOf[s.index()];
        if (cached != -2) {
            return cached < 0 ? null : phrases.get(cached);
        }
        int found = -1;
        for (int i = s.first(); i < s.last(); i++) {
            ActorPhrase p = at(i);
            if (p == null) {
                continue;
            }
            if (!p.dateline() && !p.keys().isEmpty() && !p.possessive() && !inPrepositionalPhrase(p, s)) {
                found = p.index();
                break;
            }
            i = p.last() - 1;
        }
        if (s.last() <= complete) {
            subjectOf[s.index()] = found;
        }
        return found < 0 ? null : phrases.get(found);
    }

    /** Prepositions that also open clauses ("after Oslo expelled them"): they do not make a PP subject. */
    private static final Set<String> CLAUSAL = Set.of("by", "after", "before", "since", "until", "following",
            "despite", "like", "than", "including", "as");

    /** True when a preposition ("with", "according to", "in") comes right before the phrase. */
    boolean inPrepositionalPhrase(ActorPhrase p, Sentence s) {
        int i = p.first() - 1;
        while (i >= s.first() && (text.token(i).is("the") || text.token(i).is("a"))) {
            i--;
        }
        if (i < s.first()) {
            return false;
        }
        String w = text.norm(i);
        return words.has(WordClasses.PREPOSITION, w) && !CLAUSAL.contains(w);
    }

    /**
     * The group a phrase belongs to, left and right: phrases joined by commas, "and", "or" and "as
     * well as", such as "Saudi Arabia, Egypt, Bahrain and the United Arab Emirates". Left of a phrase
     * preceded by a preposition the group stops, so that "ties with Iran, and Albania" is not one group.
     */
    List<ActorPhrase> group(ActorPhrase p) {
        List<ActorPhrase> left = groupLeft(p);
        List<ActorPhrase> right = groupRight(left.get(0));
        return right.size() >= left.size() ? right : left;
    }

    /**
     * The group to the right, for objects: "with Saudi Arabia, Egypt and Bahrain". A list joined by
     * commas counts only up to its "and" or "or": "the Dutch police, Russia tried" is no list.
     */
    List<ActorPhrase> groupRight(ActorPhrase p) {
        List<ActorPhrase> out = new ArrayList<>();
        out.add(p);
        Sentence s = text.sentenceOf(p.first());
        ActorPhrase cur = p;
        int lastConjunction = 0;
        while (true) {
            ActorPhrase next = joinedAfter(cur, s, true);
            if (next == null) {
                break;
            }
            out.add(next);
            if (!separatorBefore(next, s).equals(",")) {
                lastConjunction = out.size() - 1;
            }
            cur = next;
        }
        return new ArrayList<>(out.subList(0, lastConjunction + 1));
    }

    /** The group to the left, for subjects found by scanning leftwards; commas need an "and" after them. */
    List<ActorPhrase> groupLeft(ActorPhrase p) {
        List<ActorPhrase> out = new ArrayList<>();
        out.add(p);
        Sentence s = text.sentenceOf(p.first());
        ActorPhrase cur = p;
        boolean conjunction = false;
        while (true) {
            ActorPhrase prev = joinedBefore(cur, s);
            if (prev == null) {
                break;
            }
            boolean comma = separatorBefore(cur, s).equals(",");
            if (comma && !conjunction) {
                break;
            }
            conjunction |= !comma;
            out.add(0, prev);
            cur = prev;
        }
        return out;
    }

    /** The separator before a phrase in a list: "," alone, or "and" for "and", "or", ", and", "as well as". */
    private String separatorBefore(ActorPhrase p, Sentence s) {
        int i = p.first() - 1;
        while (i >= s.first() && (text.token(i).is("the") || text.token(i).is("its"))) {
            i--;
        }
        return i >= s.first() && text.token(i).is(",") ? "," : "and";
    }

    private ActorPhrase joinedBefore(ActorPhrase p, Sentence s) {
        int i = p.first() - 1;
        while (i >= s.first() && (text.token(i).is("the") || text.token(i).is("its"))) {
            i--;
        }
        if (i < s.first()) {
            return null;
        }
        boolean joined = false;
        if (text.token(i).is("and") || text.token(i).is("or") || text.token(i).is("&")) {
            joined = true;
            i--;
            if (i >= s.first() && text.token(i).is(",")) {
                i--;
            }
        } else if (text.token(i).is(",")) {
            joined = true;
            i--;
        } else if (text.token(i).is("as") && i - 2 >= s.first() && text.token(i - 1).is("well")
                && text.token(i - 2).is("as")) {
            joined = true;
            i -= 3;
        }
        if (!joined || i < s.first()) {
            return null;
        }
        ActorPhrase prev = at(i);
        if (prev == null || prev.last() != i + 1 || prev.possessive() || !compatible(prev, p)) {
            return null;
        }
        if (inPrepositionalPhrase(prev, s) && !inPrepositionalPhrase(p, s) && text.token(i + 1).is(",")) {
            return null;   // "the raid on the embassy, and Brazil called it ...": a new clause's subject
        }
        return prev;
    }

    /**
     * The phrase joined to the right of {@code p}; with {@code mixed}, a state and a group may be joined
     * ("accused the GRU and its Sandworm unit"), as objects are; subjects keep to one kind.
     */
    private ActorPhrase joinedAfter(ActorPhrase p, Sentence s, boolean mixed) {
        int i = p.last();
        if (p.possessive() || i >= s.last()) {
            return null;
        }
        boolean joined = false;
        boolean commaAnd = false;
        if (text.token(i).is(",")) {
            joined = true;
            i++;
            if (i < s.last() && (text.token(i).is("and") || text.token(i).is("or"))) {
                i++;
                commaAnd = true;
            }
        } else if (text.token(i).is("and") || text.token(i).is("or") || text.token(i).is("&")) {
            joined = true;
            i++;
        } else if (text.token(i).is("as") && i + 2 < s.last() && text.token(i + 1).is("well")
                && text.token(i + 2).is("as")) {
            joined = true;
            i += 3;
        }
        if (!joined) {
            return null;
        }
        while (i < s.last() && (text.token(i).is("the") || text.token(i).is("its"))) {
            i++;
        }
        ActorPhrase next = at(i);
        if (next == null || next.first() != i || !(compatible(p, next) || mixed && mixable(p, next))) {
            return null;
        }
        if (commaAnd && mixed && opensClause(next, s)) {
            return null;   // "sanctioned APT31, and Germany accused ...": a new clause with its own subject
        }
        return next;
    }

    /** True when a finite verb follows the phrase, so that it is the subject of a clause of its own. */
    boolean opensClause(ActorPhrase p, Sentence s) {
        int k = p.last();
        if (k >= s.last() || !text.token(k).isWord() || at(k) != null) {
            return false;
        }
        String w = text.norm(k);
        return w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("has")
                || w.equals("have") || w.equals("had") || w.equals("will") || w.equals("would") || w.equals("also")
                || words.has(WordClasses.REPORTING, w) || w.endsWith("ed") && !words.has(WordClasses.PLACE_SUFFIX, w);
    }

    private static boolean mixable(ActorPhrase a, ActorPhrase b) {
        return a.kind() != ActorPhrase.Kind.DEMONYM && b.kind() != ActorPhrase.Kind.DEMONYM;
    }

    private static boolean compatible(ActorPhrase a, ActorPhrase b) {
        boolean aState = a.type() == EntityType.State || a.type() == EntityType.Organization;
        boolean bState = b.type() == EntityType.State || b.type() == EntityType.Organization;
        return aState == bState && a.kind() != ActorPhrase.Kind.DEMONYM && b.kind() != ActorPhrase.Kind.DEMONYM
                || a.kind() == ActorPhrase.Kind.DEMONYM && b.kind() == ActorPhrase.Kind.DEMONYM;
    }

    /** The phrases before a token, nearest first, within the given number of earlier sentences. */
    List<ActorPhrase> before(int token, int sentences) {
        List<ActorPhrase> out = new ArrayList<>();
        if (token <= 0) {
            return out;
        }
        int limitSentence = Math.max(0, text.sentenceOf(Math.min(token, text.size() - 1)).index() - sentences);
        int limit = text.sentences().get(limitSentence).first();
        for (int i = Math.min(token, text.size()) - 1; i >= limit; i--) {
            ActorPhrase p = at(i);
            if (p != null) {
                out.add(p);
                i = p.first();
            }
        }
        return out;
    }

    /**
     * The state keys a pronoun or bare description at a token may refer to, in order of preference:
     * the subject of its sentence (when before it), the subject of the previous sentence, then the
     * states named most recently.
     */
    List<String> recentStates(int token, boolean preferSubject) {
        Set<String> out = new LinkedHashSet<>();
        Sentence s = text.sentenceOf(Math.min(token, text.size() - 1));
        if (preferSubject) {
            ActorPhrase subj = subjectOf(s);
            if (subj != null && subj.last() <= token && stateLike(subj)) {
                out.add(subj.key());
            }
            if (s.index() > 0) {
                ActorPhrase prev = subjectOf(text.sentences().get(s.index() - 1));
                if (prev != null && stateLike(prev)) {
                    out.add(prev.key());
                }
            }
        }
        for (ActorPhrase p : before(token, 4)) {
            if (stateLike(p)) {
                out.add(p.key());
            }
        }
        return new ArrayList<>(out);
    }

    /** The most recent coordinated group of two or more states before a token, or an empty list. */
    List<ActorPhrase> recentPluralGroup(int token) {
        for (ActorPhrase p : before(token, 2)) {
            if (!stateLike(p)) {
                continue;
            }
            List<ActorPhrase> g = group(p);
            if (g.size() >= 2) {
                return g;
            }
        }
        return List.of();
    }

    /**
     * State keys in order of how often they were the subject of a sentence before a token (ties: the
     * most recent first): the article's main actors, for a bare "the Treasury" or "the ministry".
     */
    List<String> frequentSubjects(int token) {
        Sentence here = text.sentenceOf(Math.min(token, text.size() - 1));
        // count each finished sentence once, as the builder moves on
        while (countedSentences < here.index() && text.sentences().get(countedSentences).last() <= complete) {
            Sentence s = text.sentences().get(countedSentences);
            ActorPhrase p = subjectOf(s);
            if (p != null && stateLike(p) && !p.fromContext()) {
                subjectCount.merge(p.key(), 1, Integer::sum);
                subjectLastSeen.put(p.key(), s.index());
                if (firstSubject == null) {
                    firstSubject = p.key();
                }
            }
            countedSentences++;
        }
        Map<String, Integer> count;
        Map<String, Integer> lastSeen;
        String first;
        if (countedSentences <= here.index()) {
            count = new HashMap<>(subjectCount);
            lastSeen = new HashMap<>(subjectLastSeen);
            first = firstSubject;
        } else {
            // a look-up behind the running count (after the build): count again up to here
            count = new HashMap<>();
            lastSeen = new HashMap<>();
            first = null;
            for (int m = 0; m < here.index(); m++) {
                ActorPhrase p = subjectOf(text.sentences().get(m));
                if (p != null && stateLike(p) && !p.fromContext()) {
                    count.merge(p.key(), 1, Integer::sum);
                    lastSeen.put(p.key(), m);
                    first = first == null ? p.key() : first;
                }
            }
        }
        ActorPhrase own = subjectOf(here);
        if (own != null && stateLike(own) && !own.fromContext() && own.last() <= token) {
            count.merge(own.key(), 1, Integer::sum);
            lastSeen.put(own.key(), here.index());
            first = first == null ? own.key() : first;
        }
        // the first subject of the article is its main actor: it counts twice
        if (first != null && count.containsKey(first)) {
            count.merge(first, 1, Integer::sum);
        }
        List<String> keys = new ArrayList<>(count.keySet());
        keys.sort((a, b) -> count.get(a).equals(count.get(b))
                ? Integer.compare(lastSeen.get(b), lastSeen.get(a)) != 0
                ? Integer.compare(lastSeen.get(b), lastSeen.get(a)) : a.compareTo(b)
                : Integer.compare(count.get(b), count.get(a)));
        return keys;
    }

    /** The most recent person before a token: an official or titled person, or an exile group's leader. */
    ActorPhrase recentPerson(int token) {
        for (ActorPhrase p : before(token, 6)) {
            if ((p.kind() == ActorPhrase.Kind.AGENT && "person".equals(p.bodyClass())
                    || p.kind() == ActorPhrase.Kind.LEADER) && !p.keys().isEmpty()) {
                return p;
            }
        }
        return null;
    }

    static boolean stateLike(ActorPhrase p) {
        return p.type() == EntityType.State && !p.keys().isEmpty() && !p.dateline();
    }
}
