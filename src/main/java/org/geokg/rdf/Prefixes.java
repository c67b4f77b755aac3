package org.geokg.rdf;

import java.util.Map;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.geokg.vocabulary.GEOKG;
import org.geokg.vocabulary.PROV;

/** The prefixes geokg writes and that its queries use. */
public final class Prefixes {

    /** Prefix to namespace, in a fixed order. */
    public static final Map<String, String> ALL = orderedMap(
            GEOKG.PREFIX, GEOKG.NS,
            "id", GEOKG.ID,
            "rdf", RDF.getURI(),
            "rdfs", RDFS.getURI(),
            "owl", OWL.getURI(),
            "xsd", XSD.getURI(),
            "skos", SKOS.getURI(),
            PROV.PREFIX, PROV.NS);

    private Prefixes() {
    }

    /** Sends every prefix to a stream. */
    public static void emit(StreamRDF out) {
        ALL.forEach(out::prefix);
    }

    /** The prefixes as a Jena prefix mapping, for writers. */
    public static PrefixMapping mapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        ALL.forEach(pm::setNsPrefix);
        return pm.lock();
    }

    private static Map<String, String> orderedMap(String... kv) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
