package org.geokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.store.KnowledgeStore;
import org.geokg.store.Sources;
import org.geokg.store.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg validate}: check files, or the whole store, against the schema and the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check inputs against the facts schema and the SHACL shapes without loading them,",
            "or, with no inputs, check every graph in the store."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ArticleOptions articleOptions;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Inputs to check.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Pipeline pipeline = storeOptions.pipeline();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int problems = 0;
        if (inputs == null || inputs.isEmpty()) {
            try (KnowledgeStore store = storeOptions.open(pipeline)) {
                var report = store.validateAll();
                for (var entry : report.entrySet()) {
                    for (Validator.Violation v : entry.getValue()) {
                        err.println("geokg: SHACL: " + entry.getKey() + ": " + v);
                        problems++;
                    }
                }
            }
        } else {
            Sources sources = pipeline.sources(articleOptions.reader(spec.commandLine()));
            Validator validator = pipeline.validator();
            for (Path input : inputs) {
                for (Path file : Sources.expand(input)) {
                    for (Sources.Prepared p : sources.prepare(file)) {
                        for (var graph : p.graphNames()) {
                            for (Validator.Violation v : validator.validate(p.graphs().getGraph(graph), p::typesOf)) {
                                err.println("geokg: SHACL: " + p.source() + ": " + v);
                                problems++;
                            }
                        }
                    }
                }
            }
        }
        err.flush();
        if (problems > 0) {
            out.println(problems + " problem" + (problems == 1 ? "" : "s"));
            out.flush();
            return ExitCodes.USER_ERROR;
        }
        out.println("valid");
        out.flush();
        return ExitCodes.OK;
    }

}
