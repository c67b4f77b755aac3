package org.geokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.geokg.ProjectFiles;
import org.geokg.article.Article;
import org.geokg.facts.Entity;
import org.geokg.facts.Fact;
import org.geokg.facts.FactsDocument;
import org.geokg.gazetteer.Gazetteer;

/**
 * Reads geopolitical facts from news text: who accused, denied, expelled, recalled, sanctioned,
 * condemned, cut ties with or hosted whom, and which cyberattacks hit which state, each fact with the
 * sentence that states it, its date when the text gives one, a confidence and the rule that fired.
 *
 * <p>Deterministic and rule-based: the gazetteer ({@code data/gazetteer/}) says who the actors are
 * and the editable lexicons ({@code data/lexicon/}) say which words state which facts. Build it once;
 * it is immutable and safe to share between threads.
 *
 * <pre>
 *   FactExtractor extractor = FactExtractor.load(ProjectFiles.standard());
 *   FactsDocument doc = extractor.extract(article);
 * </pre>
 */
public final class FactExtractor {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final MentionFinder mentions;
    private final PhraseBuilder phrases;

    /** Nouns a year before them dates: "the 2015 hacking" (word classes act-noun and cyber-noun). */
    private final Set<String> eventNouns;

    private FactExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        Set<String> events = new java.util.HashSet<>(lexicon.words().words(WordClasses.ACT_NOUN));
        events.addAll(lexicon.words().words(WordClasses.CYBER_NOUN));
        this.eventNouns = Set.copyOf(events);
        this.mentions = new MentionFinder(gazetteer, lexicon.bodies());
        this.phrases = new PhraseBuilder(lexicon.words(), lexicon.regions());
    }

    /**
     * Loads the gazetteer and the lexicons.
     *
     * @throws org.geokg.GeokgException naming the file and line of the first malformed entry
     */
    public static FactExtractor load(ProjectFiles files) {
        return new FactExtractor(Gazetteer.load(files), Lexicon.load(files));
    }

    /** The facts and entities of one article. */
    public FactsDocument extract(Article article) {
        return run(article, null);
    }

    /**
     * Like {@link #extract}, and adds to {@code trace} one line per trigger that matched but gave no
     * fact, with the reason ("negated by 'not'", "no target"), for rule writers.
     */
    public FactsDocument extract(Article article, List<String> trace) {
        return run(article, Objects.requireNonNull(trace, "trace"));
    }

    private FactsDocument run(Article article, List<String> trace) {
        AnalyzedText text = AnalyzedText.of(article.text());
        if (text.size() == 0) {
            return new FactsDocument(article, List.of(), List.of());
        }
        List<Mention> found = mentions.find(text, article.published());
        ActorPhrases actors = phrases.build(text, found);
        List<List<TimeExpression>> times = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            times.add(TimeExpressions.find(text, s, article.published(), eventNouns));
        }
        List<Candidate> candidates = new ArrayList<>(
                new ArticleExtraction(text, actors, lexicon, times, article.published(), trace).candidates());
        List<Fact> facts = FactAssembler.assemble(text.text(), candidates, article.published());
        Set<String> keys = new LinkedHashSet<>();
        for (Fact f : facts) {
            keys.addAll(f.roles().values());
        }
        List<Entity> entities = EntityCollector.collect(text, found, actors, keys, gazetteer);
        return new FactsDocument(article, entities, facts);
    }
}
