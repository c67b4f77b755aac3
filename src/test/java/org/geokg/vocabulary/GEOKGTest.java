package org.geokg.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The vocabulary class and the ontology name the same terms, and every term is documented. */
class GEOKGTest {

    private final Model ontology = RDFDataMgr.loadModel("ontology/geokg.ttl");

    private Set<String> ontologyTerms() {
        Set<String> terms = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(GEOKG.NS)) {
                terms.add(s.getURI().substring(GEOKG.NS.length()));
            }
        });
        return terms;
    }

    private Set<String> classTerms(Class<?> holder, Class<?> type) throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && type.isAssignableFrom(f.getType())) {
                Object value = f.get(null);
                String uri = value instanceof Resource r ? r.getURI() : ((org.apache.jena.graph.Node) value).getURI();
                assertEquals(GEOKG.NS + f.getName(), uri, "constant " + f.getName() + " names its own local name");
                terms.add(f.getName());
            }
        }
        return terms;
    }

    @Test
    void classAndOntologyAgreeInBothDirections() throws Exception {
        assertEquals(ontologyTerms(), classTerms(GEOKG.class, Resource.class));
        assertEquals(ontologyTerms(), classTerms(GEOKG.Nodes.class, org.apache.jena.graph.Node.class));
    }

    @Test
    void everyTermHasLabelAndCommentAndADeclaredKind() {
        for (String term : ontologyTerms()) {
            Resource r = ontology.getResource(GEOKG.NS + term);
            assertTrue(r.hasProperty(RDFS.label), term + " has an rdfs:label");
            assertTrue(r.hasProperty(RDFS.comment), term + " has an rdfs:comment");
            assertTrue(r.hasProperty(RDF.type, OWL.Class) || r.hasProperty(RDF.type, OWL.ObjectProperty)
                    || r.hasProperty(RDF.type, OWL.DatatypeProperty) || r.hasProperty(RDF.type, OWL.NamedIndividual),
                    term + " is declared a class, property or individual");
        }
    }

    @Test
    void ontologyHasVersionIriAndAlignsWithoutRedefiningOtherVocabularies() {
        Resource onto = ontology.getResource(GEOKG.ONTOLOGY);
        assertTrue(onto.hasProperty(OWL.versionIRI));
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && !s.getURI().startsWith(GEOKG.NS) && !s.getURI().equals(GEOKG.ONTOLOGY)) {
                throw new AssertionError("the ontology must not describe other vocabularies' terms: " + s);
            }
        });
        Property subClassOf = RDFS.subClassOf;
        assertTrue(GEOKG.Accusation.inModel(ontology).hasProperty(subClassOf, GEOKG.Claim));
    }
}
