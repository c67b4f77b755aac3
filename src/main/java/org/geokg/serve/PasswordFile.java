package org.geokg.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.geokg.ErrorCode;
import org.geokg.GeokgException;

/**
 * The users who may log in to write, from a password file in Jetty's format: one {@code user: password}
 * per line, where the password may also be hashed ({@code MD5:...}, {@code CRYPT:...}) or obfuscated
 * ({@code OBF:...}). The server reads the names here to decide whether writes are on and to check
 * {@code --writers}; Jetty checks the passwords itself and re-reads the file while running.
 *
 * @param path  the file
 * @param users the user names it lists, sorted
 */
public record PasswordFile(Path path, Set<String> users) {

    public PasswordFile {
        Objects.requireNonNull(path, "path");
        users = Set.copyOf(new TreeSet<>(users));
    }

    /**
     * Reads the user names of a password file.
     *
     * @throws GeokgException if the file is missing or unreadable
     */
    public static PasswordFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new GeokgException(ErrorCode.MISSING_FILE, path.toString(), "no such password file; create it "
                    + "with lines such as 'alice: MD5:<md5 hex of the password>' (see docs/serve.md)");
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, path.toString(), "cannot read the password file: "
                    + e.getMessage(), e);
        }
        TreeSet<String> names = new TreeSet<>();
        for (String name : props.stringPropertyNames()) {
            String value = props.getProperty(name).strip();
            if (!name.isBlank() && !value.isEmpty()) {
                names.add(name.strip());
            }
        }
        return new PasswordFile(path, names);
    }

    /** True if the file lists no user, which turns the write endpoints off. */
    public boolean isEmpty() {
        return users.isEmpty();
    }
}
