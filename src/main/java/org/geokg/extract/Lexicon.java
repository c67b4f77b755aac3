package org.geokg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.ProjectFiles;

/**
 * Everything the extractor knows that is not the gazetteer: the files of {@code data/lexicon/} (word
 * classes, inflections, generic bodies and titles, region words, act words, trigger rules), loaded and
 * checked together. A malformed line is reported with its file and line number.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class Lexicon {

    private final WordClasses words;
    private final Map<String, Set<String>> inflections;
    private final List<Form> bodies;
    private final Map<String, Set<String>> regions;
    private final ActClassifier acts;
    private final TriggerLexicon triggers;
    private final Set<String> verbWords;

    private Lexicon(WordClasses words, Map<String, Set<String>> inflections, List<Form> bodies,
                    Map<String, Set<String>> regions, ActClassifier acts, TriggerLexicon triggers) {
        this.words = words;
        this.inflections = inflections;
        this.bodies = bodies;
        this.regions = regions;
        this.acts = acts;
        this.triggers = triggers;
        Set<String> verbs = new HashSet<>();
        for (TriggerRule r : triggers.rules()) {
            for (TriggerRule.Element e : r.elements()) {
                for (String w : e.words()) {
                    if (inflections.containsKey(w) || inflections.values().stream().anyMatch(f -> f.contains(w))) {
                        verbs.add(w);
                    }
                }
            }
        }
        verbs.removeAll(words.words(WordClasses.SKIP));
        this.verbWords = Set.copyOf(verbs);
    }

    static Lexicon load(ProjectFiles files) {
        WordClasses words = WordClasses.load(files);
        Map<String, Set<String>> inflections = new HashMap<>();
        for (LexiconFile.Row r : LexiconFile.read(files, "inflections.tsv", "lemma", "forms")) {
            String lemma = r.get(0).toLowerCase(Locale.ROOT);
            if (lemma.isEmpty()) {
                throw r.error("empty lemma");
            }
            Set<String> forms = inflections.computeIfAbsent(lemma, k -> new HashSet<>());
            for (String f : r.get(1).split("\\|")) {
                if (!f.isBlank()) {
                    forms.add(f.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Set<String>> frozenInflections = new HashMap<>();
        inflections.forEach((k, v) -> frozenInflections.put(k, Set.copyOf(v)));
        List<Form> bodies = MentionFinder.bodyForms(LexiconFile.read(files, "bodies.tsv", "phrase", "kind", "class"));
        Map<String, Set<String>> regions = new HashMap<>();
        for (LexiconFile.Row r : LexiconFile.read(files, "regions.tsv", "word", "states")) {
            String word = r.get(0).toLowerCase(Locale.ROOT);
            Set<String> states = new HashSet<>();
            for (String k : r.get(1).split("\\|")) {
                if (!k.strip().matches("[A-Z]{3}")) {
                    throw r.error("'" + k + "' is not a state key (ISO alpha-3)");
                }
                states.add(k.strip());
            }
            regions.put(word, Set.copyOf(states));
        }
        ActClassifier acts = ActClassifier.load(files);
        TriggerLexicon triggers = TriggerLexicon.load(files, words, frozenInflections);
        return new Lexicon(words, Map.copyOf(frozenInflections), List.copyOf(bodies), Map.copyOf(regions), acts,
                triggers);
    }

    WordClasses words() {
        return words;
    }

    List<Form> bodies() {
        return bodies;
    }

    Map<String, Set<String>> regions() {
        return regions;
    }

    ActClassifier acts() {
        return acts;
    }

    TriggerLexicon triggers() {
        return triggers;
    }

    /** Inflected trigger words that are verbs, for finding the main verb of a clause. */
    Set<String> verbWords() {
        return verbWords;
    }
}
