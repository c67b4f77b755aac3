package org.geokg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.facts.EntityType;
import org.geokg.vocabulary.GEOKG;

/**
 * Mints geokg's IRIs, all under {@code https://w3id.org/geokg/id/}. They depend only on what they name, so
 * the same input always gives the same IRIs and a state gets the same IRI from every article:
 * <pre>
 *   id/state/ALB                                    an actor: type and key
 *   id/article/albania-iran-2022                    an article, also the name of its graph
 *   id/article/albania-iran-2022/evidence/f1        one sentence of it, evidence for fact f1
 *   id/accusation/ALB-IRN-cyberattack/2022-09-07    a fact: its key and its date
 *   id/hosting/ALB-MEK                              a lasting relation: its key alone
 *   id/embassy/IRN-in-ALB                           an embassy
 *   id/graph/gazetteer                              the graph of all known actors
 *   id/graph/actors                                 the actors the articles name, each described once
 * </pre>
 */
public final class Iris {

    /** The base of every minted IRI. */
    public static final String BASE = GEOKG.ID;

    /** The graph holding the gazetteer's actors with their labels and links to other datasets. */
    public static final Node GAZETTEER_GRAPH = NodeFactory.createURI(BASE + "graph/gazetteer");

    /**
     * The graph holding every actor's description (type, key, labels, identifiers) once, as the articles
     * give them. Loads add to it and never replace it, so article graphs carry only which actors they mention.
     */
    public static final Node ACTORS_GRAPH = NodeFactory.createURI(BASE + "graph/actors");

    /** True for a graph that loads merge into rather than replace. */
    public static boolean isShared(Node graph) {
        return ACTORS_GRAPH.equals(graph);
    }

    /** The graph holding links geokg derives across articles, such as a denial answering another article's accusation. */
    public static final Node LINKS_GRAPH = NodeFactory.createURI(BASE + "graph/links");

    private Iris() {
    }

    /** An actor's IRI. */
    public static Node entity(EntityType type, String key) {
        return NodeFactory.createURI(BASE + type.slug() + "/" + key);
    }

    /** An article's IRI, which also names the graph of its facts. */
    public static Node article(String articleId) {
        return NodeFactory.createURI(BASE + "article/" + articleId);
    }

    /** The evidence node of one fact in one article. */
    public static Node evidence(String articleId, String factId) {
        return NodeFactory.createURI(BASE + "article/" + articleId + "/evidence/" + factId);
    }

    /** The embassy of one state in another. */
    public static Node embassy(String ownerKey, String hostKey) {
        return NodeFactory.createURI(BASE + "embassy/" + ownerKey + "-in-" + hostKey);
    }

    /** A fact's IRI: its key and a date segment from {@link FactIdentity} (none for a Hosting). */
    public static Node fact(FactKey key, String dateSegment) {
        return NodeFactory.createURI(BASE + key.path() + (dateSegment.isEmpty() ? "" : "/" + dateSegment));
    }

    /** The graph a file of plain triples is loaded into when no graph is given. */
    public static Node fileGraph(String fileName) {
        return NodeFactory.createURI(BASE + "graph/file/" + org.geokg.article.Article.idFrom(fileName));
    }

    /**
     * The key part of an actor IRI: the last path segment of a geokg IRI, or a short stable hash of any
     * other IRI, so that facts about actors from other datasets still get deterministic IRIs.
     */
    public static String keyOf(Node actor) {
        String uri = actor.getURI();
        if (uri.startsWith(BASE)) {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
            return "X" + HexFormat.of().withUpperCase().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wikidata's IRI for an entity id such as {@code Q222}. */
    public static Node wikidata(String qid) {
        return NodeFactory.createURI("http://www.wikidata.org/entity/" + qid);
    }

    /** GeoNames' IRI for a feature id such as {@code 783754}. */
    public static Node geonames(String id) {
        return NodeFactory.createURI("https://sws.geonames.org/" + id + "/");
    }

    /** DBpedia's IRI for a resource name (an English Wikipedia title). */
    public static Node dbpedia(String name) {
        StringBuilder sb = new StringBuilder("http://dbpedia.org/resource/");
        for (char c : name.strip().replace(' ', '_').toCharArray()) {
            if ("\"<>{}|\\^`%?#".indexOf(c) >= 0 || c < 0x20) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b));
                }
            } else {
                sb.append(c);
            }
        }
        return NodeFactory.createURI(sb.toString());
    }
}
