package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geokg.ProjectFiles;
import org.geokg.query.QueryCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geokg serve} as a separate process, the way analysts run it, with {@code geokg load} in this one:
 * the server starts on an empty store with the demo data, a direct load into its locked store is refused
 * with a pointer to {@code --server}, and a load through the server lands, reconciled with what was there.
 */
class ServeCommandIT {

    private static final Path HOME = Path.of("").toAbsolutePath();

    private record Run(int exit, String out, String err) {
    }

    private static Run geokg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GeokgCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The command that runs geokg in a new JVM: the shaded jar when failsafe built it, else this classpath. */
    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dgeokg.home=" + HOME));
        String jar = System.getProperty("geokg.jar");
        if (jar != null && Files.isRegularFile(Path.of(jar))) {
            cmd.addAll(List.of("-jar", jar));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void analystsLoadThroughTheRunningServer(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path passwd = Files.writeString(dir.resolve("passwd"), "alice: alice-pw\nbob: bob-pw\n");
        Path alicePw = Files.writeString(dir.resolve("alice.pw"), "alice-pw\n");
        Path bobPw = Files.writeString(dir.resolve("bob.pw"), "bob-pw\n");
        long launched = System.nanoTime();
        Process serve = new ProcessBuilder(java("serve", "--store", store.toString(), "--port", "0",
                "--passwd", passwd.toString(), "--writers", "alice"))
                .redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            URI url = awaitUrl(serve, lines);
            HttpClient http = HttpClient.newHttpClient();
            String attribution = QueryCatalog.of(ProjectFiles.directory(HOME)).named("attribution").orElseThrow().sparql();
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(url.resolve("geokg/sparql?query="
                            + URLEncoder.encode(attribution, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf("geokg serve answered its first query %d ms after launch%n",
                    Duration.ofNanos(System.nanoTime() - launched).toMillis());
            assertEquals(200, first.statusCode(), first.body());
            assertTrue(first.body().contains("ALB,IRN,Albania,Iran"), "the demo data was loaded: " + first.body());
            String printed = String.join("\n", lines);
            assertTrue(printed.contains("loaded the demo data"), printed);
            assertTrue(printed.contains("writes     ON") && printed.contains("for alice"), printed);
            assertTrue(printed.contains(url + "#/dataset/geokg/query?query="), printed);
            assertTrue(printed.contains("attribution"), printed);

            Run locked = geokg("load", "--store", store.toString(), "src/test/resources/serve/second-source.facts.json");
            assertEquals(ExitCodes.USER_ERROR, locked.exit());
            assertTrue(locked.err().startsWith("geokg: STORE_LOCKED: " + store), locked.err());
            assertTrue(locked.err().contains("--server"), locked.err());

            Run forbidden = geokg("load", "--server", url.toString(), "--user", "bob", "--password-file",
                    bobPw.toString(), "src/test/resources/serve/second-source.facts.json");
            assertEquals(ExitCodes.USER_ERROR, forbidden.exit());
            assertTrue(forbidden.err().contains("user bob may not write"), forbidden.err());

            Run sent = geokg("load", "--server", url.toString(), "--user", "alice", "--password-file",
                    alicePw.toString(), "src/test/resources/serve/second-source.facts.json");
            assertEquals(ExitCodes.OK, sent.exit(), sent.err());
            assertTrue(sent.out().startsWith("sent 1 input to " + url + "geokg/data: 2 graphs"), sent.out());

            // JSON-LD whose @context would make the server fetch a URL is refused.
            HttpResponse<String> jsonld = http.send(HttpRequest.newBuilder(url.resolve("geokg/data?graph=urn:x:jsonld"))
                    .header("Content-Type", "application/ld+json").header("Authorization", "Basic "
                            + java.util.Base64.getEncoder().encodeToString("alice:alice-pw".getBytes(StandardCharsets.UTF_8)))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"@context\": \"http://127.0.0.1:1/ctx.jsonld\", "
                            + "\"@id\": \"urn:x:a\", \"name\": \"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, jsonld.statusCode(), jsonld.body());
            assertTrue(jsonld.body().contains("refused"), jsonld.body());

            // The second article's accusation joined the one extracted from the demo article: two sources now.
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(url.resolve("geokg/sparql?query="
                            + URLEncoder.encode(attribution, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(after.body().lines().anyMatch(l -> l.startsWith("ALB,IRN,Albania,Iran,")
                    && l.contains(",2,https://w3id.org/geokg/id/accusation/ALB-IRN-cyberattack/")), after.body());
        } finally {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static URI awaitUrl(Process serve, List<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            synchronized (lines) {
                for (String line : lines) {
                    if (line.startsWith("geokg serve: http://")) {
                        // The banner is complete when the stop hint follows it.
                        if (lines.stream().anyMatch(l -> l.startsWith("Press Ctrl-C"))) {
                            return URI.create(line.substring("geokg serve: ".length()).split("\\s+")[0]);
                        }
                    }
                }
            }
            if (!serve.isAlive()) {
                throw new AssertionError("geokg serve exited with " + serve.exitValue() + ":\n" + String.join("\n", lines));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("geokg serve printed no URL within 90 s:\n" + String.join("\n", lines));
    }
}
