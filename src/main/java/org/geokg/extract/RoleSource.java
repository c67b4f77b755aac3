package org.geokg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a trigger rule finds the actor for a role, relative to the words it matched (see
 * {@code data/lexicon/README.md}).
 *
 * @param kind        the kind of place
 * @param preposition for {@link Kind#PREPOSITION}, the word that introduces the filler ("with")
 */
record RoleSource(Kind kind, String preposition, List<RoleSource> also) {

    RoleSource(Kind kind, String preposition) {
        this(kind, preposition, List.of());
    }

    RoleSource {
        also = List.copyOf(also);
    }

    /** The places a filler can come from. */
    enum Kind {
        /** The subject of the clause: scanning left from the match, through auxiliaries and adverbs. */
        SUBJ,
        /** The noun phrase right after the match ("accused Iran"). */
        OBJ,
        /** The first actor inside the matched words ("expelled 18 Russian diplomats"). */
        GAP,
        /** The actor right before the match ("Iran's involvement", "anti-Russian sanctions"). */
        POSS,
        /** Who says so: the subject of a reporting verb, "according to X", "..., X said". */
        SRC,
        /** The first actor after the match in the same clause. */
        NEXT,
        /** The first actor after a given preposition following the match. */
        PREPOSITION,
        /** For a denial: who made the claim it rejects ("Oslo's allegation", "accusations by the US"). */
        CLAIMANT,
        /** For a denial: the accusers of the nearest accusation against the denier. */
        ANSWERED,
        /** The target of another fact stated in the same sentence ("cut ties with Iran and closed the embassy"). */
        COTARGET,
        /** The target of the most recent earlier fact of the same type ("Kuwait also cut ties"). */
        PREVTARGET,
        /** A state named after "anti-" inside the match ("anti-Russian sanctions"). */
        ANTI,
        /** The actor a description in apposition describes: "Fethullah Gulen, the US-based cleric". */
        APPOS,
        /**
         * The owner of a state institution named without its state: the state that reports it, else the
         * subject ("Berlin said hackers breached the federal agency's network").
         */
        HOME,
        /** The state "there" after the match refers to: the last state named as a place ("close its embassy there"). */
        THERE,
        /** The subject of the sentence's main clause, before the match ("Tehran urged X to withdraw the baseless claims"). */
        MAIN,
        /** For a condemnation: the author of the act condemned ("Baku's move", "the raid" Ecuador carried out). */
        AUTHOR
    }

    /**
     * Parses one source; sources joined by {@code &} ("SUBJ&NEXT") take the actors of all of them: "APT10
     * acted on behalf of the Chinese ministry" blames both.
     */
    static Optional<RoleSource> parse(String s) {
        if (s.contains("&")) {
            String[] parts = s.split("&");
            Optional<RoleSource> first = parseOne(parts[0]);
            List<RoleSource> more = new java.util.ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                Optional<RoleSource> o = parseOne(parts[i]);
                if (o.isEmpty() || !o.get().also().isEmpty()) {
                    return Optional.empty();
                }
                more.add(o.get());
            }
            return first.map(f -> new RoleSource(f.kind(), f.preposition(), more));
        }
        return parseOne(s);
    }

    private static Optional<RoleSource> parseOne(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.equals(s.toLowerCase(Locale.ROOT))) {
            return Optional.of(new RoleSource(Kind.PREPOSITION, s));
        }
        try {
            return Optional.of(new RoleSource(Kind.valueOf(s), ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind == Kind.PREPOSITION ? preposition : kind.name());
        for (RoleSource a : also) {
            b.append('&').append(a);
        }
        return b.toString();
    }
}
