package org.geokg.extract;

import java.util.List;
import org.geokg.ProjectFiles;
import org.geokg.facts.ActKind;

/**
 * Tells what kind of act an accusation is about from the act words of {@code data/lexicon/acts.tsv}:
 * the first act word after the trigger (a longer phrase before a shorter one), else the nearest before
 * it in the sentence. A generic "attack" is a cyberattack in an article that speaks of cyber operations.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class ActClassifier {

    /** One act word or phrase. */
    record Act(ActKind kind, boolean generic) {
    }

    private final PhraseTrie<Act> trie = new PhraseTrie<>();

    private ActClassifier() {
    }

    static ActClassifier load(ProjectFiles files) {
        ActClassifier c = new ActClassifier();
        for (LexiconFile.Row r : LexiconFile.read(files, "acts.tsv", "phrase", "kind", "flag")) {
            if (r.get(0).isEmpty()) {
                throw r.error("empty phrase");
            }
            ActKind kind = ActKind.named(r.get(1)).orElseThrow(() -> r.error("unknown kind '" + r.get(1)
                    + "'; use one of Cyberattack, Assassination, Espionage, Interference, Terrorism, Attack, Other"));
            String flag = r.get(2);
            if (!flag.isEmpty() && !flag.equals("generic")) {
                throw r.error("flag must be 'generic' or empty, not '" + flag + "'");
            }
            c.trie.add(Tokenizer.norms(r.get(0)), new Act(kind, flag.equals("generic")));
        }
        return c;
    }

    /** The act word at a token, or null. */
    PhraseTrie.Match<Act> at(AnalyzedText text, int token, int limit) {
        if (!trie.starts(text.norm(token))) {
            return null;
        }
        List<PhraseTrie.Match<Act>> m = trie.matches(text, token, limit);
        return m.isEmpty() ? null : m.get(0);
    }

    /** True when the text speaks of a cyber operation anywhere. */
    boolean cyberContext(AnalyzedText text) {
        for (int i = 0; i < text.size(); i++) {
            PhraseTrie.Match<Act> m = at(text, i, text.size());
            if (m != null && m.values().get(0).kind() == ActKind.Cyberattack) {
                return true;
            }
        }
        return false;
    }

    /** True when an act word occurs in {@code [from, to)}. */
    boolean any(AnalyzedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (at(text, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of act for a trigger at {@code [first, after)} in sentence {@code s}: the first act word after
     * the trigger, up to the end of its clause (a reporting verb such as "said" ends it, so that the
     * speaker's "intelligence service" is no act), else the nearest one before it; empty if none. Words
     * inside an actor's name ({@code inActor}: "the Iranian intelligence ministry") are no acts.
     */
    java.util.Optional<ActKind> classify(AnalyzedText text, Sentence s, int first, int after, boolean cyber,
                                         WordClasses words, java.util.function.IntPredicate inActor) {
        for (int i = after; i < s.last(); i++) {
            if (words.has(WordClasses.REPORTING, text.norm(i)) || text.token(i).is(";")
                    || text.token(i).is(",") && attributionFollows(text, s, i, words)) {
                break;
            }
            PhraseTrie.Match<Act> m = inActor.test(i) ? null : at(text, i, s.last());
            if (m != null) {
                return java.util.Optional.of(kind(m.values().get(0), cyber));
            }
        }
        ActKind generic = null;
        for (int i = first - 1; i >= s.first(); i--) {
            // "Australian intelligence agencies": a word naming an actor is no act
            PhraseTrie.Match<Act> m = inActor.test(i) ? null : at(text, i, s.last());
            if (m == null) {
                continue;
            }
            ActKind k = kind(m.values().get(0), cyber);
            if (!m.values().get(0).generic() || k != ActKind.Attack) {
                return java.util.Optional.of(k);
            }
            // "the poisoning of ..., an attack that London attributes to": the specific act it stands for
            if (generic == null) {
                generic = k;
            }
        }
        if (generic != null) {
            return java.util.Optional.of(generic);
        }
        return java.util.Optional.empty();
    }

    /** An act word inside a match's gap ("attributed [the attacks] to"), the pattern's own words aside. */
    java.util.Optional<ActKind> inGap(AnalyzedText text, TriggerMatch m, boolean cyber) {
        for (int i = m.first(); i < m.last(); i++) {
            String w = text.norm(i);
            boolean own = false;
            for (TriggerRule.Element e : m.rule().elements()) {
                own |= !e.isGap() && e.words().contains(w);
            }
            if (own) {
                continue;
            }
            PhraseTrie.Match<Act> a = at(text, i, m.last());
            if (a != null) {
                return java.util.Optional.of(kind(a.values().get(0), cyber));
            }
        }
        return java.util.Optional.empty();
    }

    /** True when the comma at {@code i} opens ", X said": a reporting verb within 8 tokens, no comma between. */
    private static boolean attributionFollows(AnalyzedText text, Sentence s, int i, WordClasses words) {
        for (int k = i + 1; k < s.last() && k - i <= 8; k++) {
            if (text.token(k).is(",")) {
                return false;
            }
            if (words.has(WordClasses.REPORTING, text.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The act the article speaks of most (specific kinds only), for an accusation whose sentence names
     * none: a cyber story's blame is about the cyberattack; otherwise Other.
     */
    ActKind dominant(AnalyzedText text, boolean cyber) {
        if (cyber) {
            return ActKind.Cyberattack;
        }
        java.util.EnumMap<ActKind, Integer> count = new java.util.EnumMap<>(ActKind.class);
        for (int i = 0; i < text.size(); i++) {
            PhraseTrie.Match<Act> m = at(text, i, text.size());
            // outside a cyber story a generic "attack" is a physical attack and counts as one
            if (m != null && m.values().get(0).kind() != ActKind.Other) {
                count.merge(m.values().get(0).kind(), 1, Integer::sum);
                i = m.end() - 1;
            }
        }
        return count.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(ActKind.Other);
    }

    private static ActKind kind(Act a, boolean cyber) {
        return a.generic() && cyber ? ActKind.Cyberattack : a.kind();
    }
}
