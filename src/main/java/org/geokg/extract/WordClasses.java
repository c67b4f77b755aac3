package org.geokg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.ProjectFiles;

/**
 * Named classes of single words from {@code data/lexicon/words.tsv} (negations, reporting verbs,
 * diplomat nouns...). The rules name a class; the file says which words belong to it.
 */
final class WordClasses {

    static final String SKIP = "skip";
    static final String NEGATION = "negation";
    static final String HYPOTHETICAL = "hypothetical";
    static final String CONDITIONAL = "conditional";
    static final String BLOCKER = "blocker";
    static final String REPORTING = "reporting";
    static final String CLAIM = "claim";
    static final String FALSE_CLAIM = "false-claim";
    static final String DIPLOMAT = "diplomat";
    static final String PERPETRATOR_HEAD = "perpetrator-head";
    static final String PRIVATE_HEAD = "private-head";
    static final String STATE_AGENT_HEAD = "state-agent-head";
    static final String AGENT_LINK = "agent-link";
    static final String PLACE_SUFFIX = "place-suffix";
    static final String STATE_INSTITUTION = "state-institution";
    static final String DOCUMENT = "document";
    static final String SPEECH_PARTICIPLE = "speech-participle";
    static final String ACT_NOUN = "act-noun";
    static final String CLAIM_VERB = "claim-verb";
    static final String HOSTILE_VERB = "hostile-verb";
    static final String PLACE_HEAD = "place-head";
    static final String INSTITUTION_HEAD = "institution-head";
    static final String RELATIVE = "relative";
    static final String CLAUSE_START = "clause-start";
    static final String PREPOSITION = "preposition";
    static final String DETERMINER = "determiner";
    static final String PRONOUN_IT = "pronoun-it";
    static final String PRONOUN_THEY = "pronoun-they";
    static final String PRONOUN_HE = "pronoun-he";
    static final String PRONOUN_WE = "pronoun-we";
    static final String DECISION_NOUN = "decision-noun";
    static final String GROUP_ANAPHOR = "group-anaphor";
    static final String DESCRIPTOR_HEAD = "descriptor-head";
    static final String HEDGE = "hedge";
    static final String FUTURE = "future";
    static final String DENIAL_VERB = "denial-verb";
    static final String PHYSICAL = "physical";
    static final String CYBER_NOUN = "cyber-noun";
    static final String LINKED_HEAD = "linked-head";
    static final String SANCTION_WORD = "sanction-word";
    static final String TIE = "tie";
    static final String GROUP_NOUN = "group-noun";

    /** The classes the code itself relies on; the file must define each. */
    static final List<String> REQUIRED = List.of(SKIP, NEGATION, HYPOTHETICAL, CONDITIONAL, BLOCKER, REPORTING,
            CLAIM, FALSE_CLAIM, DIPLOMAT, PERPETRATOR_HEAD, PRIVATE_HEAD, STATE_AGENT_HEAD, AGENT_LINK, PLACE_SUFFIX, STATE_INSTITUTION, DOCUMENT, SPEECH_PARTICIPLE, ACT_NOUN, CLAIM_VERB, HOSTILE_VERB, PLACE_HEAD, INSTITUTION_HEAD, RELATIVE, CLAUSE_START,
            PREPOSITION, DETERMINER, PRONOUN_IT, PRONOUN_THEY, PRONOUN_HE, PRONOUN_WE, DECISION_NOUN,
            GROUP_ANAPHOR, DESCRIPTOR_HEAD, HEDGE, FUTURE, DENIAL_VERB, PHYSICAL, CYBER_NOUN, LINKED_HEAD, SANCTION_WORD, TIE,
            GROUP_NOUN);

    private final Map<String, Set<String>> classes;

    private WordClasses(Map<String, Set<String>> classes) {
        this.classes = classes;
    }

    static WordClasses load(ProjectFiles files) {
        Map<String, Set<String>> classes = new HashMap<>();
        LexiconFile.Row last = null;
        for (LexiconFile.Row r : LexiconFile.read(files, "words.tsv", "class", "words")) {
            String name = r.get(0);
            if (name.isEmpty()) {
                throw r.error("empty class name");
            }
            Set<String> words = classes.computeIfAbsent(name, k -> new HashSet<>());
            for (String w : r.get(1).split("\\|")) {
                String word = w.strip().toLowerCase(Locale.ROOT);
                if (word.isEmpty()) {
                    throw r.error("empty word in class '" + name + "'");
                }
                words.add(word);
            }
            last = r;
        }
        for (String required : REQUIRED) {
            if (!classes.containsKey(required)) {
                throw (last == null ? new LexiconFile.Row(LexiconFile.DIR + "/words.tsv", 1, List.of()) : last)
                        .error("the class '" + required + "' is missing; the extractor needs it");
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        classes.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordClasses(Map.copyOf(frozen));
    }

    boolean exists(String name) {
        return classes.containsKey(name);
    }

    /** True when the lower-case word belongs to the class. */
    boolean has(String name, String norm) {
        Set<String> words = classes.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word class " + name);
        }
        return words.contains(norm);
    }

    Set<String> words(String name) {
        Set<String> words = classes.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word class " + name);
        }
        return words;
    }
}
