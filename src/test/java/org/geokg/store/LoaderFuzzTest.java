package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.geokg.GeokgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random-mutation fuzzing of the loader: facts documents and RDF from the project's own files are
 * mutated (bytes flipped, ranges deleted or repeated, JSON and Turtle tokens inserted, truncation) and fed
 * through parsing, validation and a store load. Only the documented user errors ({@link GeokgException})
 * may come out. It runs for a bounded time ({@code -Dgeokg.fuzz.seconds}, default 15) and prints how many
 * inputs it tried; a failing input is saved under {@code target/fuzz-failures/}.
 */
class LoaderFuzzTest {

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999",
        "\"\\u0000\"", "\"\\ud800\"", "<", ">", "@prefix", " a ", ";", ".", "_:b", "\"x\"^^<y>", "\n", "\u00e9",
        "\"start\": -5", "\"end\": 2147483647", "\"type\": \"State\"", "\"date\": \"2022-13-01\"", "\"facts\": {}"};

    @TempDir
    Path tmp;

    @Test
    void onlyUserErrorsComeOut() throws Exception {
        long seconds = Long.getLong("geokg.fuzz.seconds", 15);
        long seed = Long.getLong("geokg.fuzz.seed", 20260126L);
        Random random = new Random(seed);
        List<Path> corpus = new ArrayList<>(List.of(Path.of("data/facts/albania-iran-2022.json"),
                Path.of("data/linked/wikidata-excerpt.ttl")));
        try (var golden = Files.list(Path.of("src/test/resources/rdf/golden"))) {
            golden.sorted().forEach(d -> {
                corpus.add(d.resolve("input.facts.json"));
                corpus.add(d.resolve("expected.trig"));
            });
        }
        List<byte[]> originals = new ArrayList<>();
        for (Path p : corpus) {
            originals.add(Files.readAllBytes(p));
        }
        Sources sources = TestPipeline.sources();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int tried = 0;
        int refused = 0;
        while (System.nanoTime() < deadline) {
            int pick = random.nextInt(corpus.size());
            byte[] mutant = mutate(originals.get(pick), random);
            String name = corpus.get(pick).getFileName().toString();
            Path file = tmp.resolve("mutant" + name.substring(name.indexOf('.')));
            Files.write(file, mutant);
            tried++;
            try {
                KnowledgeStore store = TestPipeline.memoryStore();
                store.load(sources.prepare(file));
            } catch (GeokgException e) {
                refused++;
            } catch (RuntimeException | Error e) {
                Path saved = Path.of("target/fuzz-failures").resolve("seed-" + seed + "-input-" + tried + "-" + file.getFileName());
                Files.createDirectories(saved.getParent());
                Files.write(saved, mutant);
                fail("input " + tried + " (saved as " + saved + ") raised " + e, e);
            }
        }
        String summary = "loader fuzz: seed " + seed + ", " + tried + " inputs in " + seconds + " s, " + refused
                + " refused as user errors, " + (tried - refused) + " loaded";
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-loader.txt"), summary + "\n");
        assertTrue(tried > 100, summary);
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds && b.length > 0; r++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b = cut(b, at, Math.min(b.length, at + 1 + random.nextInt(40)));
                case 2 -> b = insert(b, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> {
                    int end = Math.min(b.length, at + 1 + random.nextInt(200));
                    b = insert(b, at, java.util.Arrays.copyOfRange(b, at, end));
                }
                case 4 -> b = java.util.Arrays.copyOf(b, at);
                default -> {
                    int other = random.nextInt(b.length);
                    byte t = b[at];
                    b[at] = b[other];
                    b[other] = t;
                }
            }
        }
        return b;
    }

    private static byte[] cut(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
