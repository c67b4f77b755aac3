package org.geokg.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.ProjectFiles;
import org.geokg.article.ArticleReader;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactsToRdf;

/** The parts a store test needs, from the checkout's project files, without the extractor. */
final class TestPipeline {

    static final ProjectFiles FILES = ProjectFiles.directory(Path.of("."));
    static final Validator VALIDATOR = Validator.of(FILES);

    private TestPipeline() {
    }

    static Sources sources() {
        return new Sources(FactsJson.of(FILES), new FactsToRdf(FactIdentity.standard()), ArticleReader.standard(),
                a -> {
                    throw new GeokgException(ErrorCode.BAD_ARGUMENT, a.id(), "no extractor in this test");
                });
    }

    static KnowledgeStore memoryStore() {
        return KnowledgeStore.inMemory(VALIDATOR, FactIdentity.standard(), List.of());
    }

    /** Every quad in a dataset. */
    static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }
}
