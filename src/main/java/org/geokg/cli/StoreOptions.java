package org.geokg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.Iris;
import org.geokg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** The options that choose the store: {@code --store} and the merge window. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + FactIdentity.DEFAULT_WINDOW_DAYS,
            description = "How many days before an article's publication an undated fact may join a dated one "
                    + "(default: ${DEFAULT-VALUE}).")
    int windowDays;

    Pipeline pipeline() {
        return GeokgCommand.pipeline(windowDays);
    }

    /** Opens the store with the reference graphs every store carries. */
    KnowledgeStore open(Pipeline pipeline) {
        return KnowledgeStore.open(store, pipeline.validator(), pipeline.identity(), references(pipeline));
    }

    /** The ontology (and, once built, the gazetteer) as graphs kept in the store. */
    static List<KnowledgeStore.Reference> references(Pipeline pipeline) {
        List<KnowledgeStore.Reference> refs = new ArrayList<>();
        String ontology = pipeline.files().read("ontology/geokg.ttl");
        refs.add(new KnowledgeStore.Reference(NodeFactory.createURI(Iris.BASE + "graph/ontology"), hash(ontology),
                () -> pipeline.validator().ontology()));
        StringBuilder gazetteerText = new StringBuilder();
        for (String name : pipeline.files().list(org.geokg.gazetteer.Gazetteer.DIR)) {
            if (name.endsWith(".tsv")) {
                gazetteerText.append(name).append('\n').append(pipeline.files().read(org.geokg.gazetteer.Gazetteer.DIR
                        + "/" + name));
            }
        }
        refs.add(new KnowledgeStore.Reference(Iris.GAZETTEER_GRAPH, hash(gazetteerText.toString()),
                () -> new org.geokg.rdf.GazetteerToRdf(pipeline.gazetteer()).graph()));
        return refs;
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
