package org.geokg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.ProjectFiles;
import org.geokg.facts.ActKind;
import org.geokg.facts.FactType;
import org.geokg.facts.Role;

/**
 * The trigger rules of {@code data/lexicon/triggers.tsv}, indexed by the words their patterns start
 * with, so that a sentence is scanned with one hash look-up per token. See the file's README for the
 * pattern language.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class TriggerLexicon {

    /** The pseudo word class of the act words in {@code acts.tsv}, usable in {@code need=}. */
    static final String ACT_CLASS = "act";

    private final List<TriggerRule> rules;
    private final Map<String, List<TriggerRule>> byFirstWord;

    private TriggerLexicon(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<TriggerRule>> index = new HashMap<>();
        for (TriggerRule r : this.rules) {
            for (String w : r.elements().get(0).words()) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<TriggerRule>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byFirstWord = Map.copyOf(frozen);
    }

    List<TriggerRule> rules() {
        return rules;
    }

    static TriggerLexicon load(ProjectFiles files, WordClasses words, Map<String, Set<String>> inflections) {
        List<TriggerRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (LexiconFile.Row r : LexiconFile.read(files, "triggers.tsv", "id", "type", "pattern", "roles", "options")) {
            String id = r.get(0);
            if (id.isEmpty() || !ids.add(id)) {
                throw r.error(id.isEmpty() ? "empty id" : "duplicate id '" + id + "'");
            }
            FactType type = FactType.named(r.get(1)).orElseThrow(() -> r.error("unknown fact type '" + r.get(1) + "'"));
            List<TriggerRule.Element> elements = pattern(r, r.get(2), words, inflections);
            Map<Role, List<RoleSource>> roles = roles(r, type, r.get(3));
            Optional<ActKind> about = Optional.empty();
            double conf = 0.8;
            String need = "";
            String unless = "";
            boolean hedgeable = false;
            boolean cyber = false;
            boolean passive = false;
            boolean verb = false;
            for (String opt : r.get(4).split("\\s+")) {
                if (opt.isEmpty()) {
                    continue;
                }
                String[] kv = opt.split("=", 2);
                switch (kv[0]) {
                    case "about" -> {
                        if (type != FactType.Accusation) {
                            throw r.error("'about' is for Accusation rules only");
                        }
                        if (!value(r, kv).equals("ACT")) {
                            about = Optional.of(ActKind.named(value(r, kv))
                                    .orElseThrow(() -> r.error("unknown about '" + kv[1] + "'")));
                        }
                    }
                    case "conf" -> {
                        try {
                            conf = Double.parseDouble(value(r, kv));
                        } catch (NumberFormatException e) {
                            throw r.error("conf must be a number, not '" + kv[1] + "'");
                        }
                        if (!(conf > 0 && conf <= 1)) {
                            throw r.error("conf must be within (0, 1]");
                        }
                    }
                    case "need" -> need = wordClass(r, value(r, kv), words, true);
                    case "unless" -> unless = wordClass(r, value(r, kv), words, false);
                    case "hedgeable" -> hedgeable = true;
                    case "cyber" -> cyber = true;
                    case "passive" -> passive = true;
                    case "verb" -> verb = true;
                    default -> throw r.error("unknown option '" + kv[0]
                            + "'; known: about, conf, need, unless, hedgeable, cyber, passive, verb");
                }
            }
            rules.add(new TriggerRule(id, type, elements, roles, about, conf, need, unless, hedgeable, cyber, passive, verb, r.line()));
        }
        return new TriggerLexicon(rules);
    }

    private static String value(LexiconFile.Row r, String[] kv) {
        if (kv.length < 2 || kv[1].isEmpty()) {
            throw r.error("option '" + kv[0] + "' needs a value");
        }
        return kv[1];
    }

    private static String wordClass(LexiconFile.Row r, String name, WordClasses words, boolean allowAct) {
        if (allowAct && name.equals(ACT_CLASS) || words.exists(name)) {
            return name;
        }
        throw r.error("unknown word class '" + name + "' (see words.tsv)");
    }

    private static List<TriggerRule.Element> pattern(LexiconFile.Row r, String pattern, WordClasses words,
                                                     Map<String, Set<String>> inflections) {
        List<TriggerRule.Element> out = new ArrayList<>();
        for (String e : pattern.split("\\s+")) {
            if (e.isEmpty()) {
                continue;
            }
            if (e.matches("\\*\\d+")) {
                int gap = Integer.parseInt(e.substring(1));
                if (gap < 1 || gap > 20) {
                    throw r.error("a gap must be *1 to *20, not " + e);
                }
                out.add(new TriggerRule.Element(Set.of(), false, gap));
                continue;
            }
            boolean optional = e.endsWith("?") && e.length() > 1;
            String body = optional ? e.substring(0, e.length() - 1) : e;
            Set<String> set = new HashSet<>();
            for (String alt : body.split("\\|")) {
                if (alt.isEmpty()) {
                    throw r.error("empty alternative in '" + e + "'");
                }
                if (alt.startsWith("~")) {
                    String lemma = alt.substring(1).toLowerCase(Locale.ROOT);
                    Set<String> forms = inflections.get(lemma);
                    if (forms == null) {
                        throw r.error("no inflections for '" + lemma + "' (add it to inflections.tsv)");
                    }
                    set.add(lemma);
                    set.addAll(forms);
                } else if (alt.startsWith("$")) {
                    String cls = alt.substring(1);
                    if (!words.exists(cls)) {
                        throw r.error("unknown word class '" + cls + "' (see words.tsv)");
                    }
                    set.addAll(words.words(cls));
                } else {
                    List<String> toks = Tokenizer.norms(alt);
                    if (toks.size() != 1) {
                        throw r.error("'" + alt + "' is " + toks.size() + " tokens; write one element per token");
                    }
                    set.add(toks.get(0));
                }
            }
            out.add(new TriggerRule.Element(Set.copyOf(set), optional, 0));
        }
        if (out.isEmpty()) {
            throw r.error("empty pattern");
        }
        TriggerRule.Element first = out.get(0);
        TriggerRule.Element last = out.get(out.size() - 1);
        if (first.isGap() || first.optional() || last.isGap()) {
            throw r.error("a pattern must start with a required word and end with a word");
        }
        return out;
    }

    private static Map<Role, List<RoleSource>> roles(LexiconFile.Row r, FactType type, String spec) {
        Map<Role, List<RoleSource>> out = new EnumMap<>(Role.class);
        for (String part : spec.split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            Role role = Role.ofJsonName(kv[0]).filter(type.roles()::contains)
                    .orElseThrow(() -> r.error("'" + kv[0] + "' is not a role of " + type));
            if (kv.length < 2 || kv[1].isEmpty()) {
                throw r.error("role '" + kv[0] + "' needs sources");
            }
            List<RoleSource> sources = new ArrayList<>();
            for (String s : kv[1].split("\\|")) {
                sources.add(RoleSource.parse(s).orElseThrow(() -> r.error("unknown role source '" + s + "'")));
            }
            out.put(role, sources);
        }
        for (Role role : type.roles()) {
            if (!out.containsKey(role)) {
                throw r.error(type + " needs the role '" + role.jsonName() + "'");
            }
        }
        return out;
    }

    /**
     * Every rule match in a sentence, most specific first: longer matches before shorter ones, then in
     * the file's order. The extractor keeps, of overlapping matches of one type, the first that yields a
     * fact.
     */
    List<TriggerMatch> match(AnalyzedText text, Sentence s) {
        List<TriggerMatch> found = new ArrayList<>();
        for (int i = s.first(); i < s.last(); i++) {
            List<TriggerRule> candidates = byFirstWord.get(text.token(i).norm());
            if (candidates == null) {
                continue;
            }
            for (TriggerRule rule : candidates) {
                int end = matchFrom(text, s, rule.elements(), 1, i + 1);
                if (end > 0) {
                    found.add(new TriggerMatch(rule, i, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(TriggerMatch::length).reversed()
                .thenComparingInt(m -> m.rule().line()).thenComparingInt(TriggerMatch::first));
        return found;
    }

    /** Matches elements from {@code k} at token {@code pos}; the end of the match or -1. */
    private static int matchFrom(AnalyzedText text, Sentence s, List<TriggerRule.Element> elements, int k, int pos) {
        if (k == elements.size()) {
            return pos;
        }
        TriggerRule.Element e = elements.get(k);
        if (e.isGap()) {
            int p = pos;
            for (int g = 0; g <= e.gap(); g++) {
                int r = matchFrom(text, s, elements, k + 1, p);
                if (r > 0) {
                    return r;
                }
                p = stepOver(text, s, p);
                if (p < 0) {
                    return -1;
                }
            }
            return -1;
        }
        if (pos < s.last() && e.words().contains(text.token(pos).norm())) {
            int r = matchFrom(text, s, elements, k + 1, pos + 1);
            if (r > 0) {
                return r;
            }
        }
        return e.optional() ? matchFrom(text, s, elements, k + 1, pos) : -1;
    }

    /** The token after {@code p} for a gap: a bracketed or dashed aside counts as one; -1 at a hard stop. */
    static int stepOver(AnalyzedText text, Sentence s, int p) {
        if (p >= s.last()) {
            return -1;
        }
        Token t = text.token(p);
        if (t.is(";") || t.is(":") || t.is("?") || t.is("!")) {
            return -1;
        }
        if (t.is("(")) {
            for (int q = p + 1; q < s.last() && q - p < 30; q++) {
                if (text.token(q).is(")")) {
                    return q + 1;
                }
            }
        }
        if (t.is(String.valueOf(TextNormalizer.DASH))) {
            for (int q = p + 1; q < s.last() && q - p < 40; q++) {
                if (text.token(q).is(String.valueOf(TextNormalizer.DASH))) {
                    return q + 1;
                }
            }
        }
        return p + 1;
    }
}
