package org.geokg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's own editable files (ontology, shapes, queries, gazetteer, lexicons, demo articles), found
 * either in a project directory or, failing that, inside the jar.
 *
 * <p>The launcher {@code ./geokg} sets the system property {@code geokg.home} to the checkout, so an
 * analyst who edits {@code data/lexicon/*.tsv} sees the change on the next run without a rebuild. A jar
 * run on its own reads the copies packaged under {@code /geokg/} on the classpath.
 *
 * <pre>
 *   ProjectFiles files = ProjectFiles.standard();
 *   try (InputStream in = files.open("ontology/geokg.ttl")) { ... }
 * </pre>
 */
public final class ProjectFiles {

    /** The system property naming the project directory. */
    public static final String HOME_PROPERTY = "geokg.home";

    private static final String CLASSPATH_ROOT = "geokg/";

    private final Optional<Path> home;

    private ProjectFiles(Optional<Path> home) {
        this.home = Objects.requireNonNull(home, "home");
    }

    /** Files from {@code geokg.home} when it is set, else from the classpath. */
    public static ProjectFiles standard() {
        String dir = System.getProperty(HOME_PROPERTY);
        return dir == null || dir.isBlank() ? classpath() : directory(Path.of(dir));
    }

    /** Files from a project directory, falling back to the classpath for anything missing there. */
    public static ProjectFiles directory(Path dir) {
        return new ProjectFiles(Optional.of(Objects.requireNonNull(dir, "dir")));
    }

    /** Files packaged in the jar only. */
    public static ProjectFiles classpath() {
        return new ProjectFiles(Optional.empty());
    }

    /** The project directory, if these files come from one. */
    public Optional<Path> home() {
        return home;
    }

    /** True if the relative path names a file that exists. */
    public boolean exists(String relative) {
        return file(relative).isPresent() || resource(relative) != null;
    }

    /**
     * Opens a file given by its path relative to the project root, such as {@code queries/attribution.rq}.
     *
     * @throws GeokgException if the file is in neither place
     */
    public InputStream open(String relative) {
        Optional<Path> file = file(relative);
        try {
            if (file.isPresent()) {
                return Files.newInputStream(file.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputStream in = resource(relative);
        if (in == null) {
            throw new GeokgException(ErrorCode.MISSING_FILE, relative,
                    "project file not found; run from the geokg checkout or rebuild the jar");
        }
        return in;
    }

    /** Reads a whole project file as UTF-8 text. */
    public String read(String relative) {
        try (InputStream in = open(relative)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names of the files directly inside a project directory such as {@code queries}, sorted. Files on
     * disk under {@code geokg.home} win; the jar's copy is listed when that directory does not exist.
     */
    public java.util.List<String> list(String relativeDir) {
        Optional<Path> dir = home.map(h -> h.resolve(relativeDir)).filter(Files::isDirectory);
        try {
            if (dir.isPresent()) {
                try (var files = Files.list(dir.get())) {
                    return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
                }
            }
            java.net.URL url = ProjectFiles.class.getClassLoader().getResource(CLASSPATH_ROOT + relativeDir);
            if (url == null) {
                return java.util.List.of();
            }
            java.net.URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (var fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
                     var files = Files.list(fs.provider().getPath(uri))) {
                    return files.map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    try (var files = Files.list(java.nio.file.FileSystems.getFileSystem(uri).provider().getPath(uri))) {
                        return files.map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
                    }
                }
            }
            try (var files = Files.list(Path.of(uri))) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new GeokgException(ErrorCode.MISSING_FILE, relativeDir, "cannot list project directory: " + e.getMessage());
        }
    }

    /** The file on disk for a relative path, when these files come from a directory that has it. */
    public Optional<Path> file(String relative) {
        return home.map(h -> h.resolve(relative)).filter(Files::isRegularFile);
    }

    private static InputStream resource(String relative) {
        return ProjectFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative);
    }
}
