package org.geokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.geokg.facts.EntityType;
import org.geokg.gazetteer.Gazetteer;
import org.geokg.gazetteer.Official;
import org.geokg.gazetteer.SurfaceForm;

/**
 * Finds the gazetteer's actors and the lexicon's generic bodies and titles in an article, in one pass
 * over its tokens with a {@link PhraseTrie}: at each token the longest form wins. Forms are matched on
 * normalised tokens, so "Iran's", "Tirana’s" and "U.S.-based" all reveal their actor. All-capital forms
 * ("US", "GRU") match only as written, so "us" is never the United States; capitalised words of a form
 * must be capitalised in the text, so "turkey" is no state. An official counts only when the article's
 * year falls within the gazetteer's term of office.
 *
 * <p>Immutable and thread-safe once built.
 */
final class MentionFinder {

    private final PhraseTrie<Form> trie = new PhraseTrie<>();
    private final Map<String, List<Official>> officials = new HashMap<>();

    MentionFinder(Gazetteer gazetteer, List<Form> lexiconForms) {
        for (SurfaceForm f : gazetteer.surfaceForms()) {
            Form.Kind kind = switch (f.kind()) {
                case NAME, ALIAS -> Form.Kind.NAME;
                case DEMONYM -> Form.Kind.DEMONYM;
                case CAPITAL -> Form.Kind.CAPITAL;
                case BODY -> Form.Kind.BODY;
                case OFFICIAL -> Form.Kind.OFFICIAL;
                case LEADER -> Form.Kind.LEADER;
            };
            add(new Form(f.text(), Tokenizer.texts(f.text()), f.key(), f.type(), kind, f.caseSensitive(), ""));
        }
        for (Form f : lexiconForms) {
            add(f);
        }
        for (Official o : gazetteer.officials()) {
            officials.computeIfAbsent(o.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
            for (String a : o.aliases()) {
                officials.computeIfAbsent(a.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
            }
        }
    }

    private void add(Form f) {
        trie.add(Tokenizer.norms(f.text()), f);
    }

    /** The mentions of an article, left to right, none overlapping. */
    List<Mention> find(AnalyzedText text, Optional<LocalDate> published) {
        List<Mention> out = new ArrayList<>();
        int n = text.size();
        int i = 0;
        while (i < n) {
            Token t = text.token(i);
            if (t.isPunct() || !trie.starts(t.norm())) {
                i++;
                continue;
            }
            Mention found = null;
            for (PhraseTrie.Match<Form> m : trie.matches(text, i, n)) {
                List<Form> valid = new ArrayList<>(1);
                for (Form f : m.values()) {
                    if (written(text, i, f) && inOffice(f, published)) {
                        valid.add(f);
                    }
                }
                if (!valid.isEmpty()) {
                    valid.sort(Comparator.comparing(Form::kind).thenComparing(Form::key));
                    found = new Mention(i, m.end(), valid);
                    break;
                }
            }
            if (found == null || crossesSentence(text, found)) {
                i++;
            } else {
                out.add(found);
                i = found.last();
            }
        }
        return out;
    }

    private static boolean crossesSentence(AnalyzedText text, Mention m) {
        return text.sentenceOf(m.first()).index() != text.sentenceOf(m.last() - 1).index();
    }

    /** True when the text at {@code start} is written as the form requires. */
    private static boolean written(AnalyzedText text, int start, Form f) {
        List<String> w = f.written();
        for (int k = 0; k < w.size(); k++) {
            Token t = text.token(start + k);
            String form = w.get(k);
            if (f.caseSensitive()) {
                if (!t.text().equals(form)) {
                    return false;
                }
            } else if (!form.isEmpty() && Character.isUpperCase(form.charAt(0)) && !t.capitalized()) {
                return false;
            }
        }
        return true;
    }

    private boolean inOffice(Form f, Optional<LocalDate> published) {
        if (f.kind() != Form.Kind.OFFICIAL || published.isEmpty()) {
            return true;
        }
        List<Official> os = officials.get(f.text().toLowerCase(Locale.ROOT));
        if (os == null) {
            return true;
        }
        int year = published.get().getYear();
        return os.stream().anyMatch(o -> o.state().equals(f.key()) && o.inOffice(year));
    }

    /** The generic bodies and titles of {@code data/lexicon/bodies.tsv} as forms. */
    static List<Form> bodyForms(List<LexiconFile.Row> rows) {
        List<Form> out = new ArrayList<>();
        for (LexiconFile.Row r : rows) {
            String phrase = r.get(0);
            String kind = r.get(1);
            if (phrase.isEmpty()) {
                throw r.error("empty phrase");
            }
            Form.Kind k = switch (kind) {
                case "body" -> Form.Kind.GENERIC_BODY;
                case "title" -> Form.Kind.TITLE;
                default -> throw r.error("kind must be body or title, not '" + kind + "'");
            };
            String cls = r.get(2);
            if (cls.isEmpty()) {
                throw r.error("empty class");
            }
            out.add(new Form(phrase, Tokenizer.texts(phrase.toLowerCase(Locale.ROOT)), "", EntityType.State, k,
                    false, cls));
        }
        return out;
    }
}
