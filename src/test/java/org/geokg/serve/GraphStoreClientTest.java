package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How load --server finds the password and the server's graph store. */
class GraphStoreClientTest {

    @Test
    void thePasswordComesFromTheFileFirstThenTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "s3cret with spaces\nignored\n");
        var fromFile = GraphStoreClient.Credentials.of("alice", Optional.of(file), Map.of("GEOKG_PASSWORD", "env"));
        assertEquals("s3cret with spaces", fromFile.password());
        assertEquals("env", GraphStoreClient.Credentials.of("alice", Optional.empty(),
                Map.of("GEOKG_PASSWORD", "env")).password());
        assertFalse(fromFile.toString().contains("s3cret"));
    }

    @Test
    void withoutAPasswordTheUserIsToldWhereToPutIt(@TempDir Path dir) throws Exception {
        GeokgException none = assertThrows(GeokgException.class,
                () -> GraphStoreClient.Credentials.of("alice", Optional.empty(), Map.of()));
        assertEquals(ErrorCode.BAD_ARGUMENT, none.code());
        assertTrue(none.getMessage().contains("--password-file") && none.getMessage().contains("GEOKG_PASSWORD"));
        Path empty = Files.writeString(dir.resolve("empty"), "");
        assertThrows(GeokgException.class, () -> GraphStoreClient.Credentials.of("alice", Optional.of(empty), Map.of()));
        GeokgException missing = assertThrows(GeokgException.class,
                () -> GraphStoreClient.Credentials.of("alice", Optional.of(dir.resolve("nope")), Map.of()));
        assertEquals(ErrorCode.MISSING_FILE, missing.code());
    }

    @Test
    void theServerUrlMayNameTheServerOrTheDataset() {
        var credentials = new GraphStoreClient.Credentials("alice", "pw");
        for (String url : new String[] {"http://h:3030", "http://h:3030/", "http://h:3030/geokg", "http://h:3030/geokg/"}) {
            assertEquals(URI.create("http://h:3030/geokg/data"),
                    new GraphStoreClient(URI.create(url), credentials, Duration.ofSeconds(1)).endpoint(), url);
        }
        assertThrows(GeokgException.class,
                () -> new GraphStoreClient(URI.create("ftp://h/"), credentials, Duration.ofSeconds(1)));
        assertTrue(new GraphStoreClient(URI.create("http://10.0.0.5:3030/"), credentials, Duration.ofSeconds(1))
                .sendsPasswordInClear());
        assertFalse(new GraphStoreClient(URI.create("http://127.0.0.1:3030/"), credentials, Duration.ofSeconds(1))
                .sendsPasswordInClear());
        assertFalse(new GraphStoreClient(URI.create("https://kg.example.org/"), credentials, Duration.ofSeconds(1))
                .sendsPasswordInClear());
    }

    @Test
    void fusekiErrorBodiesBecomeOneLine() {
        assertEquals("SHACL: urn:x: <a>: An actor has a label.",
                GraphStoreClient.message("Error 422: SHACL: urn:x: <a>: An actor has a label.\n\n"));
        assertEquals("no reason given", GraphStoreClient.message(""));
    }
}
