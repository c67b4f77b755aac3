package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** geokg serve's mistakes of use, reported before it serves anything. */
class ServeCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run geokg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GeokgCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aBadSizeIsAUsageError(@TempDir Path dir) {
        Run run = geokg("serve", "--store", dir.resolve("store").toString(), "--max-body", "12X");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--max-body must be a size"), run.err());
    }

    @Test
    void writersOutsideThePasswordFileStopTheServerBeforeTheStoreChanges(@TempDir Path dir) throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "alice: pw\n");
        Path store = dir.resolve("store");
        Run run = geokg("serve", "--store", store.toString(), "--passwd", passwd.toString(), "--writers", "carol");
        assertEquals(ExitCodes.USER_ERROR, run.exit());
        assertTrue(run.err().startsWith("geokg: BAD_ARGUMENT: --writers: names carol, not in the password file"),
                run.err());
        assertTrue(!run.out().contains("demo"), "nothing was loaded: " + run.out());
        Run stats = geokg("stats", "--store", store.toString());
        assertTrue(stats.out().startsWith("0 quads"), stats.out());
    }

    @Test
    void aTakenPortIsReportedInOneLine(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = geokg("serve", "--store", dir.resolve("store").toString(), "--no-demo",
                    "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCodes.USER_ERROR, run.exit());
            assertTrue(run.err().startsWith("geokg: SERVER: 127.0.0.1:" + taken.getLocalPort() + ": cannot listen"),
                    run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }
}
