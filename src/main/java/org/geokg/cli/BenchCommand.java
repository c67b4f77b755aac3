package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.article.JsonInput;
import org.geokg.bench.CorpusGenerator;
import org.geokg.facts.FactsDocument;
import org.geokg.facts.FactsJson;
import org.geokg.query.NamedQuery;
import org.geokg.query.QueryCatalog;
import org.geokg.query.QueryRunner;
import org.geokg.query.ResultFormat;
import org.geokg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geokg bench}: the measurements of {@code docs/benchmarks.md} that need to run inside geokg's own JVM.
 * Load and server benchmarks time whole processes and live in {@code scripts/bench-*.sh}; these subcommands
 * give them their input (a synthetic corpus) and measure what a process clock cannot (extraction throughput
 * after warm-up, warm query latency). Nothing here runs in {@code mvn verify}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: write a synthetic corpus, time extraction and queries (see docs/benchmarks.md).",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.Extract.class, BenchCommand.Queries.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a bench command is required");
    }

    /** {@code geokg bench corpus}: synthetic articles and the facts they state, as JSON Lines. */
    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = {"Write synthetic news articles and their facts documents (deterministic for a seed).",
                "Stops after --articles articles or once the facts map to --triples quads, whichever comes first."})
    static final class Corpus implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--articles", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
                description = "How many articles at most.")
        long maxArticles;

        @Option(names = "--triples", paramLabel = "N", defaultValue = "" + Long.MAX_VALUE,
                description = "Stop once the facts documents map to this many quads.")
        long maxQuads;

        @Option(names = "--facts-out", paramLabel = "FILE", description = "The facts documents (.jsonl).")
        Path factsOut;

        @Option(names = "--articles-out", paramLabel = "FILE",
                description = "The articles as {id,url,source,published,title,text} (.jsonl).")
        Path articlesOut;

        @Override
        public Integer call() throws IOException {
            if (maxArticles == Long.MAX_VALUE && maxQuads == Long.MAX_VALUE) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --articles or --triples");
            }
            Pipeline pipeline = GeokgCommand.pipeline(org.geokg.rdf.FactIdentity.DEFAULT_WINDOW_DAYS);
            CorpusGenerator corpus = new CorpusGenerator(pipeline.gazetteer(), seed);
            FactsJson json = pipeline.factsJson();
            var mapping = pipeline.mapping();
            ObjectMapper mapper = JsonInput.mapper();
            long[] quads = new long[1];
            StreamRDFBase counter = new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads[0]++;
                }
            };
            long articles = 0;
            long facts = 0;
            long textBytes = 0;
            try (BufferedWriter factsWriter = writer(factsOut); BufferedWriter articleWriter = writer(articlesOut)) {
                while (articles < maxArticles && quads[0] < maxQuads) {
                    FactsDocument doc = corpus.next();
                    mapping.emitQuads(doc, counter);
                    articles++;
                    facts += doc.facts().size();
                    textBytes += doc.article().text().getBytes(StandardCharsets.UTF_8).length;
                    if (factsWriter != null) {
                        factsWriter.write(json.writeLine(doc));
                        factsWriter.newLine();
                    }
                    if (articleWriter != null) {
                        articleWriter.write(mapper.writer().without(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(articleJson(mapper, doc.article())));
                        articleWriter.newLine();
                    }
                }
            }
            var out = spec.commandLine().getOut();
            out.printf("articles=%d facts=%d quads=%d text_bytes=%d avg_text_bytes=%d seed=%d%n", articles, facts,
                    quads[0], textBytes, articles == 0 ? 0 : textBytes / articles, seed);
            out.flush();
            return ExitCodes.OK;
        }

        private static BufferedWriter writer(Path file) throws IOException {
            if (file == null) {
                return null;
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        private static ObjectNode articleJson(ObjectMapper mapper, Article a) {
            ObjectNode n = mapper.createObjectNode();
            n.put("id", a.id());
            a.url().ifPresent(v -> n.put("url", v));
            a.source().ifPresent(v -> n.put("source", v));
            a.published().ifPresent(v -> n.put("published", v.toString()));
            a.title().ifPresent(v -> n.put("title", v));
            n.put("text", a.text());
            return n;
        }
    }

    /** {@code geokg bench extract}: articles per second and MB per second of the extractor, after warm-up. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Time the extractor over articles held in memory: warm-up, then a timed run.",
                "Reports articles/s, MB/s of article text (UTF-8) and the peak heap use of the whole run."})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--input", required = true, paramLabel = "FILE", description = "Articles (.jsonl).")
        Path input;

        @Option(names = "--threads", defaultValue = "1",
                description = "Threads, each with its own extractor; 0 means one per core (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--warmup", defaultValue = "20", paramLabel = "SECONDS",
                description = "Warm-up time (default: ${DEFAULT-VALUE} s).")
        double warmupSeconds;

        @Option(names = "--seconds", defaultValue = "30", description = "Timed run (default: ${DEFAULT-VALUE} s).")
        double seconds;

        @Override
        public Integer call() throws InterruptedException {
            int n = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
            List<Article> articles = ArticleReader.standard().readLines(input);
            if (articles.isEmpty()) {
                throw new GeokgException(ErrorCode.ARTICLE_FORMAT, input.toString(), "no articles");
            }
            long[] bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
            Pipeline pipeline = GeokgCommand.pipeline(org.geokg.rdf.FactIdentity.DEFAULT_WINDOW_DAYS);
            List<Function<Article, FactsDocument>> extractors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                extractors.add(pipeline.extractor());
            }
            resetPeaks();
            Round warm = round(articles, bytes, extractors, warmupSeconds);
            Round timed = round(articles, bytes, extractors, seconds);
            var out = spec.commandLine().getOut();
            out.printf("threads=%d articles_in_input=%d warmup_articles=%d timed_s=%.1f articles=%d facts=%d "
                            + "articles_per_s=%.1f mb_per_s=%.3f peak_heap_mb=%d max_heap_mb=%d%n",
                    n, articles.size(), warm.articles(), timed.seconds(), timed.articles(), timed.facts(),
                    timed.articles() / timed.seconds(), timed.bytes() / 1e6 / timed.seconds(), peakHeapBytes() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return ExitCodes.OK;
        }

        /** What one timed round did. */
        private record Round(long articles, long bytes, long facts, double seconds) {
        }

        private static Round round(List<Article> articles, long[] bytes, List<Function<Article, FactsDocument>> extractors,
                                   double seconds) throws InterruptedException {
            LongAdder done = new LongAdder();
            LongAdder doneBytes = new LongAdder();
            LongAdder facts = new LongAdder();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> workers = new ArrayList<>();
            List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            for (int t = 0; t < extractors.size(); t++) {
                int first = t;
                Function<Article, FactsDocument> extractor = extractors.get(t);
                Thread worker = new Thread(() -> {
                    try {
                        for (int i = first; !stop.get(); i = (i + extractors.size()) % articles.size()) {
                            facts.add(extractor.apply(articles.get(i)).facts().size());
                            done.increment();
                            doneBytes.add(bytes[i]);
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                        stop.set(true);
                    }
                }, "bench-extract-" + t);
                workers.add(worker);
                worker.start();
            }
            Thread.sleep((long) (seconds * 1000));
            stop.set(true);
            for (Thread w : workers) {
                w.join();
            }
            double took = (System.nanoTime() - start) / 1e9;
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            return new Round(done.sum(), doneBytes.sum(), facts.sum(), took);
        }
    }

    /** {@code geokg bench query}: warm p50 and p99 latency of every canned query over a store. */
    @Command(name = "query", mixinStandardHelpOptions = true,
            description = {"Run every canned query (or those named with --query) over the store: warm-up runs, then "
                    + "timed runs in the same JVM; prints rows, p50 and p99 in milliseconds.",
                "--param NAME=VALUE binds the variable in each query whose header declares it."})
    static final class Queries implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value, such as accusedKey=RUS.")
        Map<String, String> params = new LinkedHashMap<>();

        @Option(names = "--query", paramLabel = "NAME", description = "Only these queries (default: all).")
        List<String> only = new ArrayList<>();

        @Option(names = "--warmup", defaultValue = "5", description = "Warm-up runs per query (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--runs", defaultValue = "50", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--budget", defaultValue = "60", paramLabel = "SECONDS",
                description = "Stop a query's timed runs after this long, if it has done at least 5 (default: ${DEFAULT-VALUE}).")
        double budgetSeconds;

        @Override
        public Integer call() {
            Pipeline pipeline = storeOptions.pipeline();
            QueryCatalog catalog = QueryCatalog.of(pipeline.files());
            var out = spec.commandLine().getOut();
            try (KnowledgeStore store = storeOptions.open(pipeline)) {
                QueryRunner runner = new QueryRunner(store.dataset());
                for (NamedQuery q : catalog.all()) {
                    if (!only.isEmpty() && !only.contains(q.name())) {
                        continue;
                    }
                    Map<String, String> bound = new LinkedHashMap<>();
                    q.parameterNames().forEach(p -> {
                        if (params.containsKey(p)) {
                            bound.put(p, params.get(p));
                        }
                    });
                    long rows = 0;
                    for (int i = 0; i < warmup; i++) {
                        rows = run(runner, q, bound);
                    }
                    List<Double> millis = new ArrayList<>();
                    long budgetEnd = System.nanoTime() + (long) (budgetSeconds * 1e9);
                    for (int i = 0; i < runs && (i < 5 || System.nanoTime() < budgetEnd); i++) {
                        long t0 = System.nanoTime();
                        rows = run(runner, q, bound);
                        millis.add((System.nanoTime() - t0) / 1e6);
                    }
                    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    out.printf("query=%s params=%s rows=%d runs=%d p50_ms=%.1f p99_ms=%.1f min_ms=%.1f max_ms=%.1f%n",
                            q.name(), bound, rows, sorted.length, percentile(sorted, 50), percentile(sorted, 99),
                            sorted[0], sorted[sorted.length - 1]);
                    out.flush();
                }
            }
            return ExitCodes.OK;
        }

        /** Runs a query, writing its results as TSV to nowhere, and returns the number of rows. */
        private static long run(QueryRunner runner, NamedQuery q, Map<String, String> params) {
            long[] lines = new long[1];
            OutputStream sink = new OutputStream() {
                @Override
                public void write(int b) {
                    if (b == '\n') {
                        lines[0]++;
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    for (int i = off; i < off + len; i++) {
                        if (b[i] == '\n') {
                            lines[0]++;
                        }
                    }
                }
            };
            runner.run(q.sparql(), q.name(), params, ResultFormat.tsv, sink);
            return Math.max(0, lines[0] - 1);
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap the run needed. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
