package org.geokg.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.geokg.store.Export;
import org.geokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code geokg export}: the whole store, graph by graph, as TriG, N-Quads or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store, with its named graphs, as TriG, N-Quads or JSON-LD.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-f", "--format"}, defaultValue = "trig",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Export.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = storeOptions.pipeline();
        try (KnowledgeStore store = storeOptions.open(pipeline)) {
            Export export = new Export(pipeline.files());
            if (output != null) {
                try (OutputStream out = Files.newOutputStream(output)) {
                    export.write(store.dataset(), format, out);
                }
            } else {
                var writer = spec.commandLine().getOut();
                OutputStream out = WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8)
                        .get();
                export.write(store.dataset(), format, out);
                out.flush();
                writer.flush();
            }
        }
        return ExitCodes.OK;
    }
}
