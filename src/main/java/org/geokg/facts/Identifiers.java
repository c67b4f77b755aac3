package org.geokg.facts;

import java.util.Optional;

/**
 * Identifiers of an actor in other datasets, each present only where a source gave it (never guessed).
 *
 * @param wikidata a Wikidata QID such as {@code Q222}
 * @param geonames a GeoNames feature id such as {@code 783754}
 * @param dbpedia  a DBpedia resource name (an English Wikipedia title with underscores) such as {@code Albania}
 * @param iso2     an ISO 3166-1 alpha-2 code
 * @param iso3     an ISO 3166-1 alpha-3 code
 */
public record Identifiers(
        Optional<String> wikidata,
        Optional<String> geonames,
        Optional<String> dbpedia,
        Optional<String> iso2,
        Optional<String> iso3) {

    /** No identifiers at all. */
    public static final Identifiers NONE =
            new Identifiers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Identifiers {
        wikidata = clean(wikidata);
        geonames = clean(geonames);
        dbpedia = clean(dbpedia);
        iso2 = clean(iso2);
        iso3 = clean(iso3);
    }

    /** Builds identifiers from possibly-null or blank strings. */
    public static Identifiers of(String wikidata, String geonames, String dbpedia, String iso2, String iso3) {
        return new Identifiers(Optional.ofNullable(wikidata), Optional.ofNullable(geonames),
                Optional.ofNullable(dbpedia), Optional.ofNullable(iso2), Optional.ofNullable(iso3));
    }

    /** True when no identifier is known. */
    public boolean isEmpty() {
        return wikidata.isEmpty() && geonames.isEmpty() && dbpedia.isEmpty() && iso2.isEmpty() && iso3.isEmpty();
    }

    private static Optional<String> clean(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
