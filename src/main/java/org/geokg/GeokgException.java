package org.geokg;

import java.util.Objects;

/**
 * A problem the user can fix: bad input, a missing file, a locked store. It carries what went wrong
 * ({@link #code()}), where ({@link #location()}: a file with line and column or a JSON pointer) and why,
 * and is reported by the command line as one line with exit code 1. Anything else that escapes is a bug.
 */
public class GeokgException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String location;
    private final String reason;

    public GeokgException(ErrorCode code, String location, String reason) {
        this(code, location, reason, null);
    }

    public GeokgException(ErrorCode code, String location, String reason, Throwable cause) {
        super(format(code, location, reason), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.location = location == null ? "" : location;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** What kind of problem this is. */
    public ErrorCode code() {
        return code;
    }

    /** Where it is, such as {@code data/facts/x.json at /facts/3/accuser} or {@code x.ttl:12:4}; may be empty. */
    public String location() {
        return location;
    }

    /** The cause in words, without the location. */
    public String reason() {
        return reason;
    }

    /** The same problem placed in a file, for errors raised before the file name was known. */
    public GeokgException in(String file) {
        String where = location.isEmpty() ? file : file + " " + location;
        return new GeokgException(code, where, reason, getCause());
    }

    private static String format(ErrorCode code, String location, String reason) {
        return code + ": " + (location == null || location.isEmpty() ? "" : location + ": ") + reason;
    }
}
