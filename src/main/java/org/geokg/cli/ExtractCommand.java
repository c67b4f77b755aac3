package org.geokg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.rdf.FactIdentity;
import org.geokg.rdf.FactsToRdf;
import org.geokg.rdf.Prefixes;
import org.geokg.store.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code geokg extract}: facts from news articles, as facts JSON or RDF. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read facts from news articles (.txt, .html, .json, .jsonl, or directories of them).",
            "Prints one facts document (json, the default for one article), one per line (jsonl, the default "
                    + "for several), or RDF (ttl or trig)."})
final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, jsonl, ttl, trig }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ArticleOptions articleOptions;

    @Option(names = {"-f", "--format"}, description = "json, jsonl, ttl or trig.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles or directories of articles.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = GeokgCommand.pipeline(FactIdentity.DEFAULT_WINDOW_DAYS);
        ArticleReader reader = articleOptions.reader(spec.commandLine());
        List<Article> articles = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : Sources.expand(input)) {
                Sources.Kind kind = Sources.kind(file).orElseThrow();
                if (kind == Sources.Kind.JSONL) {
                    articles.addAll(reader.readLines(file));
                } else if (kind == Sources.Kind.RDF) {
                    throw new org.geokg.GeokgException(org.geokg.ErrorCode.UNKNOWN_FORMAT, file.toString(),
                            "is RDF, not an article; load it with geokg load");
                } else {
                    articles.add(reader.read(file));
                }
            }
        }
        Format chosen = format != null ? format : articles.size() == 1 ? Format.json : Format.jsonl;
        if (chosen == Format.json && articles.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format json writes one document; use jsonl, ttl or trig for " + articles.size() + " articles");
        }
        var extractor = pipeline.extractor();
        FactsJson json = pipeline.factsJson();
        FactsToRdf mapping = pipeline.mapping();
        PrintWriter writer = output != null
                ? new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))
                : spec.commandLine().getOut();
        try {
            switch (chosen) {
                case json -> {
                    json.write(extractor.apply(articles.get(0)), writer);
                    writer.println();
                }
                case jsonl -> {
                    for (Article a : articles) {
                        writer.println(json.writeLine(extractor.apply(a)));
                    }
                }
                case ttl, trig -> {
                    OutputStream out = WriterOutputStream.builder().setWriter(writer)
                            .setCharset(StandardCharsets.UTF_8).get();
                    StreamRDF rdf = StreamRDFWriter.getWriterStream(out,
                            chosen == Format.ttl ? RDFFormat.TURTLE_BLOCKS : RDFFormat.TRIG_BLOCKS);
                    rdf.start();
                    Prefixes.emit(rdf);
                    for (Article a : articles) {
                        FactsDocument doc = extractor.apply(a);
                        if (chosen == Format.ttl) {
                            mapping.emitQuads(doc, new org.apache.jena.riot.system.StreamRDFWrapper(rdf) {
                                @Override
                                public void quad(org.apache.jena.sparql.core.Quad quad) {
                                    super.triple(quad.asTriple());
                                }
                            });
                        } else {
                            mapping.emitQuads(doc, rdf);
                        }
                    }
                    rdf.finish();
                    out.flush();
                }
            }
        } finally {
            writer.flush();
            if (output != null) {
                writer.close();
            }
        }
        return ExitCodes.OK;
    }
}
