package org.geokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;
import org.geokg.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's checks and the server's defaults, without listening on a port. */
class SparqlServerSettingsTest {

    @TempDir
    static Path dir;
    private static KnowledgeStore store;

    @BeforeAll
    static void open() {
        store = DemoStore.open();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SparqlServer.Builder builder() {
        return SparqlServer.builder(store, DemoStore.files()).port(0);
    }

    private static GeokgException refused(SparqlServer.Builder b) {
        return assertThrows(GeokgException.class, b::build);
    }

    @Test
    void theDefaultsAreSafe() {
        SparqlServer server = SparqlServer.builder(store, DemoStore.files()).build();
        SparqlServer.Settings s = server.settings();
        assertEquals("127.0.0.1", s.host());
        assertTrue(s.loopbackOnly());
        assertFalse(s.writable());
        assertEquals(Duration.ofSeconds(30), s.queryTimeout());
        assertTrue(s.federation().hosts().isEmpty());
        assertEquals(16L << 20, s.maxBody());
        assertEquals(URI.create("http://127.0.0.1:3030/"), server.url());
        assertTrue(server.warnings().isEmpty());
    }

    @Test
    void writersMustBeUsersOfThePasswordFile() {
        PasswordFile users = DemoStore.passwords(dir);
        assertEquals(Set.of("alice", "bob"), users.users());
        GeokgException unknown = refused(builder().users(users).writers(Set.of("alice", "carol")));
        assertEquals(ErrorCode.BAD_ARGUMENT, unknown.code());
        assertTrue(unknown.getMessage().contains("--writers") && unknown.getMessage().contains("carol"));
        GeokgException noUsers = refused(builder().writers(Set.of("alice")));
        assertTrue(noUsers.getMessage().contains("--passwd"), noUsers.getMessage());
        assertEquals("alice", builder().users(users).writers(Set.of("alice")).build().settings().writersDescription());
    }

    @Test
    void aPasswordFileWithoutUsersLeavesWritesOff() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty-passwd"), "# nobody yet\n");
        assertFalse(builder().users(PasswordFile.read(empty)).build().settings().writable());
        assertEquals(ErrorCode.MISSING_FILE,
                assertThrows(GeokgException.class, () -> PasswordFile.read(dir.resolve("missing"))).code());
    }

    @Test
    void badNumbersAreRefusedWithTheOptionName() {
        assertTrue(refused(builder().port(70000)).getMessage().contains("--port"));
        assertTrue(refused(builder().queryTimeout(Duration.ZERO)).getMessage().contains("--timeout"));
        assertTrue(refused(builder().maxBody(0)).getMessage().contains("--max-body"));
        assertTrue(refused(builder().allowFederation(Set.of("http://x/"))).getMessage().contains("--allow-federation"));
    }

    @Test
    void writesOverPlainHttpToTheNetworkAreWarnedAbout() {
        SparqlServer open = builder().host("0.0.0.0").users(DemoStore.passwords(dir)).build();
        assertEquals(1, open.warnings().size());
        assertTrue(open.warnings().get(0).contains("plain HTTP"));
        assertTrue(builder().host("0.0.0.0").build().warnings().isEmpty(), "read-only servers need no warning");
    }

    @Test
    void queryPagesOpenTheUiWithTheQueryFilledIn() {
        URI page = builder().build().queryPage("SELECT * { ?s ?p ?o }");
        assertEquals("http://127.0.0.1:0/#/dataset/geokg/query?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
                page.toString());
    }
}
