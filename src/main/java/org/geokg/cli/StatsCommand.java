package org.geokg.cli;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.store.KnowledgeStore;
import org.geokg.vocabulary.GEOKG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg stats}: how much the store holds, per class and per graph. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the store's instances per class and quads per named graph.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--graphs", paramLabel = "N", defaultValue = "20",
            description = "Show the N largest graphs (default: ${DEFAULT-VALUE}; 0 for all).")
    int graphs;

    @Override
    public Integer call() {
        Pipeline pipeline = storeOptions.pipeline();
        try (KnowledgeStore store = storeOptions.open(pipeline)) {
            KnowledgeStore.Stats stats = store.stats();
            var out = spec.commandLine().getOut();
            out.printf("%d quads in %d named graphs%n%nInstances per class:%n", stats.quads(), stats.graphs().size());
            stats.classes().forEach((cls, n) -> out.printf("  %8d  %s%n", n, shorten(cls)));
            out.printf("%nQuads per graph%s:%n", graphs > 0 && stats.graphs().size() > graphs
                    ? " (the " + graphs + " largest of " + stats.graphs().size() + ")" : "");
            stats.graphs().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(graphs > 0 ? graphs : Long.MAX_VALUE)
                    .forEach(e -> out.printf("  %8d  %s%n", e.getValue(), e.getKey()));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static String shorten(String iri) {
        return iri.startsWith(GEOKG.NS) ? "geokg:" + iri.substring(GEOKG.NS.length()) : iri;
    }
}
