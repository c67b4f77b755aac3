package org.geokg.extract;

/**
 * Decides whether a matched clause states a fact: not when it is negated ("did not expel"), asked, a
 * threat, demand or wish ("threatened to cut ties", "demanding X withdraw"), conditional ("if") or
 * hypothetical ("may expel"). Announced decisions ("will sever", "decided to expel", "said it would")
 * are facts. Hedges ("allegedly", and for reported blame a modal: "may have been behind") lower the
 * confidence instead.
 */
final class Modality {

    /** The verdict on one clause: blocked with a reason, or a confidence factor. */
    record Verdict(boolean blocked, String reason, double factor) {

        static Verdict block(String reason) {
            return new Verdict(true, reason, 0);
        }
    }

    private final WordClasses words;

    Modality(WordClasses words) {
        this.words = words;
    }

    /**
     * Checks the clause of a match.
     *
     * @param subjectFirst the first token of the subject, or -1
     * @param subjectLast  the token after the subject, or -1 when none was found in the clause
     */
    Verdict check(AnalyzedText text, TriggerMatch m, int subjectFirst, int subjectLast) {
        Sentence s = text.sentenceOf(m.first());
        if (text.token(s.last() - 1).is("?")) {
            return Verdict.block("question");
        }
        boolean hedgeable = m.rule().hedgeable();
        // "urged Washington to withdraw the slanderous accusations": calling a claim false stays a denial
        boolean presupposed = gerundAfterPreposition(text, m) || m.rule().type() == org.geokg.facts.FactType.Denial
                && callsFalse(text, m);
        int from = subjectLast >= 0 && subjectLast <= m.first() ? subjectLast : Math.max(s.first(), m.first() - 5);
        if (subjectLast < 0) {
            // without a subject, look back only within the clause: "..., charges Paris rejects"
            for (int k = m.first() - 1; k >= from; k--) {
                if (text.token(k).is(",") || text.token(k).is(";")) {
                    from = k + 1;
                    break;
                }
            }
        }
        // a second verb phrase starts its own clause: "it was ending relations ..., would close its embassy"
        for (int k = m.first() - 1; k > from; k--) {
            String next = text.norm(k + 1);
            if (text.token(k).is(",") && (next.equals("would") || next.equals("will") || next.equals("and")
                    || next.equals("has") || next.equals("had"))) {
                from = k + 1;
                break;
            }
        }
        double factor = 1;
        for (int k = from; k < m.last(); k++) {
            String w = text.norm(k);
            boolean inMatch = k >= m.first();
            if (inMatch && matchedWord(text, m, k)) {
                continue;
            }
            if (words.has(WordClasses.NEGATION, w)) {
                if (w.equals("not") && text.norm(k + 1).equals("only")) {
                    continue;
                }
                return Verdict.block("negated by '" + w + "'");
            }
            if (inMatch) {
                continue;
            }
            if (w.equals("would")) {
                if (!hedgeable && !reportedBefore(text, s, k)) {
                    return Verdict.block("conditional 'would'");
                }
                factor *= 0.9;
                continue;
            }
            if (w.equals("may") && text.token(k).capitalized() && k > s.first()) {
                continue;   // "in May": the month
            }
            if (words.has(WordClasses.HYPOTHETICAL, w)) {
                if (!hedgeable) {
                    return Verdict.block("hypothetical '" + w + "'");
                }
                factor *= 0.7;
                continue;
            }
            if (words.has(WordClasses.CONDITIONAL, w)) {
                return Verdict.block("conditional '" + w + "'");
            }
            if (words.has(WordClasses.BLOCKER, w) && !presupposed && !namingCall(text, k)) {
                return Verdict.block("not a fact: '" + w + "'");
            }
            if (words.has(WordClasses.HEDGE, w)) {
                factor *= 0.85;
            }
        }
        // "demanding [the island nation] withdraw", "urged [Iran] to expel": a blocker governs the subject
        if (subjectFirst >= 0 && !presupposed) {
            for (int k = Math.max(s.first(), subjectFirst - 3); k < subjectFirst; k++) {
                String w = text.norm(k);
                // "warned that foreign hackers had ...": a report of what happened, not a threat
                boolean reports = words.has(WordClasses.REPORTING, w) && text.norm(k + 1).equals("that");
                if (words.has(WordClasses.BLOCKER, w) && !words.has(WordClasses.SKIP, w) && !reports
                        && !namingCall(text, k)) {
                    return Verdict.block("not a fact: '" + w + "'");
                }
            }
        }
        // "If Iran expels ...": a conditional clause opened before the trigger, with no comma closing it
        for (int k = s.first(); k < m.first(); k++) {
            String w = text.norm(k);
            if (w.equals("if") || w.equals("unless")) {
                boolean closed = false;
                for (int c = k + 1; c < m.first(); c++) {
                    if (text.token(c).is(",")) {
                        closed = true;
                    }
                }
                if (!closed) {
                    return Verdict.block("conditional '" + w + "'");
                }
            }
        }
        for (int k = Math.max(s.first(), m.first() - 4); k < m.first(); k++) {
            if (words.has(WordClasses.HEDGE, text.norm(k)) && k < from) {
                factor *= 0.9;
            }
        }
        return new Verdict(false, "", factor);
    }

    /**
     * True when a form of "call" names rather than demands: "called the shooting a terrorist act", "what
     * it called biased claims"; "called for", "called on X to" demand. Likewise "ruling" blocks only in
     * "ruling out".
     */
    private static boolean namingCall(AnalyzedText text, int k) {
        String w = text.norm(k);
        String next = k + 1 < text.size() ? text.norm(k + 1) : "";
        if (w.equals("rule") || w.equals("ruled") || w.equals("ruling") || w.equals("rules")) {
            return !next.equals("out");   // "the ruling junta" states a fact, "ruled out expelling" does not
        }
        if (!(w.equals("call") || w.equals("called") || w.equals("calls") || w.equals("calling"))) {
            return false;
        }
        return !(next.equals("for") || next.equals("on") || next.equals("upon") || next.equals("off"));
    }

    /** True when the match has a word that calls a claim false ("slanderous", "baseless"). */
    private boolean callsFalse(AnalyzedText text, TriggerMatch m) {
        for (int k = m.first(); k < m.last(); k++) {
            if (words.has(WordClasses.FALSE_CLAIM, text.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when token k is one of the pattern's own words rather than a word in a gap. */
    private static boolean matchedWord(AnalyzedText text, TriggerMatch m, int k) {
        String w = text.norm(k);
        for (TriggerRule.Element e : m.rule().elements()) {
            if (!e.isGap() && e.words().contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean reportedBefore(AnalyzedText text, Sentence s, int k) {
        for (int j = s.first(); j < k; j++) {
            String w = text.norm(j);
            if (words.has(WordClasses.REPORTING, w) || words.has(WordClasses.FUTURE, w) && !w.equals("would")) {
                return true;
            }
        }
        return false;
    }

    /** "its role in hosting": a gerund after a preposition is presupposed, whatever governs it. */
    private static boolean gerundAfterPreposition(AnalyzedText text, TriggerMatch m) {
        int f = m.first();
        String w = text.norm(f);
        String before = text.norm(f - 1);
        return w.endsWith("ing") && (before.equals("in") || before.equals("for") || before.equals("of")
                || before.equals("by") || before.equals("over"));
    }
}
